/**
 * hookproof/pact: verify a merchant's webhook receiver against hookproof's Pact contracts with the
 * real Pact verifier, and the checks beyond the happy path. Node only.
 *
 * @example
 * import { verifyReceiver } from 'hookproof/pact';
 * const result = await verifyReceiver({ provider: 'all', url: 'http://127.0.0.1:3000' });
 */

export type { CheckId, ConformanceRow } from '../conformance/conformance-row.js';
export { renderConformanceHtml } from '../conformance/report-html.js';
export { formatConformanceTable } from '../conformance/report-table.js';
export type { ConformanceOptions, ConformanceReport } from '../conformance/run-conformance.js';
export { ReceiverUnreachableError, runConformance } from '../conformance/run-conformance.js';
export type { ScenarioRunOptions } from '../conformance/scenario-rows.js';
export type { ScenarioId } from '../scenarios/lifecycle-scenarios.js';
export { lifecycleScenarios } from '../scenarios/lifecycle-scenarios.js';
export { MockControlError } from '../scenarios/mock-control-client.js';
export type { LifecycleScenarioOptions, ScenarioResult } from '../scenarios/run-scenarios.js';
export { runLifecycleScenarios } from '../scenarios/run-scenarios.js';
export { DEFAULT_SETTLE_TIMEOUT_MS, QUIET_PERIOD_MS } from '../scenarios/settle.js';
export { PactBrokerError } from './broker-error.js';
export type { ConsumerVersionSelector, PactBrokerConnection, PactBrokerOptions } from './broker-options.js';
export { DEFAULT_CONSUMER_VERSION_SELECTORS } from './broker-options.js';
export type { ProviderState } from './contract-conventions.js';
export { CONTRACT_PATHS, contractConsumer, DEFAULT_PACT_PROVIDER, providerStateOf } from './contract-conventions.js';
export { bundledContract } from './contract-files.js';
export type { Exchange } from './exchange.js';
export { pactVersion } from './pact-peer.js';
export type { PublishContractsOptions, PublishedContract } from './publish-contracts.js';
export { publishContracts } from './publish-contracts.js';
export type { ProviderSelection, ReceiverSecrets, ReceiverTarget } from './receiver-target.js';
export type {
  KushkiSmartLinkStateParams,
  ProviderStateParams,
  ReceiverVerification,
  StateHandler,
  StateHandlers,
  VariantVerification,
  VerifyReceiverOptions,
} from './verify-receiver.js';
export { verifyReceiver } from './verify-receiver.js';
