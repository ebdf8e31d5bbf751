/**
 * hookproof/pact: verify a merchant's webhook receiver against hookproof's Pact contracts with the
 * real Pact verifier, and the checks beyond the happy path. Node only.
 *
 * @example
 * import { verifyReceiver } from 'hookproof/pact';
 * const result = await verifyReceiver({ provider: 'all', url: 'http://127.0.0.1:3000' });
 */
export { verifyReceiver } from './verify-receiver.js';
export type { VerifyReceiverOptions, VariantVerification, ReceiverVerification, StateHandler } from './verify-receiver.js';
export type { ReceiverTarget, ReceiverSecrets, ProviderSelection } from './receiver-target.js';
export type { Exchange } from './exchange.js';
export { bundledContract } from './contract-files.js';
export { CONTRACT_PATHS, DEFAULT_PACT_PROVIDER, contractConsumer, providerStateOf } from './contract-conventions.js';
export type { ProviderState } from './contract-conventions.js';
export { runConformance, ReceiverUnreachableError } from '../conformance/run-conformance.js';
export type { ConformanceOptions, ConformanceReport } from '../conformance/run-conformance.js';
export type { ConformanceRow, CheckId } from '../conformance/conformance-row.js';
export { formatConformanceTable } from '../conformance/report-table.js';
export { renderConformanceHtml } from '../conformance/report-html.js';
