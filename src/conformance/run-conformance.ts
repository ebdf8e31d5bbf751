/**
 * The conformance run behind `hookproof verify` and `npm start`: every variant's contract through the
 * real Pact verifier and, meanwhile, the checks beyond the happy path, as one report.
 */

import { type Provider, variants } from '../catalogue/variant-catalogue.js';
import { tcpUnreachableReason } from '../net/tcp-reachability.js';
import { checkBrokerAccess } from '../pact/broker-access.js';
import { endpointOf, secretsOf, selectedProviders } from '../pact/receiver-target.js';
import { type VerifyReceiverOptions, verifyReceiver } from '../pact/verify-receiver.js';
import type { ConformanceRow } from './conformance-row.js';
import { runReceiverChecks } from './receiver-checks.js';
import { runScenarioRows, type ScenarioRunOptions } from './scenario-rows.js';

/** Options of `runConformance`: those of `verifyReceiver`, and which checks count. */
export interface ConformanceOptions extends VerifyReceiverOptions {
  /** Skip the checks beyond the contracts. */
  happyOnly?: boolean | undefined;
  /** Advisory rows fail the run too. */
  strict?: boolean | undefined;
  /** Called with a short line as each stage starts. */
  onProgress?: ((message: string) => void) | undefined;
  /** Also run the Kustom lifecycle scenarios through this `hookproof mock` (Kustom must be verified). */
  scenarios?: ScenarioRunOptions | undefined;
}

/** The outcome of a conformance run: every row, the verdict and the counts. */
export interface ConformanceReport {
  receiver: string;
  rows: ConformanceRow[];
  passed: boolean;
  /** `pending`: failed contract rows of pacts pending in the broker (not failures). */
  counts: { passed: number; failed: number; warnings: number; pending?: number };
  durationMs: number;
  /** The Pact verifier's own report. */
  verifierOutput: string;
}

/** The receiver could not be reached at all: a usage problem, not a failed check. */
export class ReceiverUnreachableError extends Error {
  override readonly name = 'ReceiverUnreachableError';
}

async function assertReachable(url: URL, timeoutMs: number): Promise<void> {
  const reason = await tcpUnreachableReason(url, timeoutMs);
  if (reason) throw new ReceiverUnreachableError(`receiver unreachable at ${url.origin}: ${reason}`);
}

/** The checks beyond the happy path, one provider after the other. */
async function runChecks(
  options: ConformanceOptions,
  providers: Provider[],
  timeoutMs: number,
  progress: (message: string) => void,
): Promise<ConformanceRow[]> {
  const rows: ConformanceRow[] = [];
  for (const provider of providers) {
    progress(`running ${provider} checks beyond the happy path...`);
    const endpoint = endpointOf(options, provider, providers.length === 1);
    rows.push(...(await runReceiverChecks({ provider, endpoint, secrets: secretsOf(options), timeoutMs })));
  }
  return rows;
}

const catalogueIndex = (row: ConformanceRow) => {
  const index = variants.findIndex((v) => v.id === row.variant);
  return index < 0 ? variants.length : index;
};

/**
 * Runs the contracts and the checks against a receiver.
 *
 * @example
 * const report = await runConformance({ provider: 'all', url: 'http://127.0.0.1:3000' });
 * process.exitCode = report.passed ? 0 : 1;
 */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => {});
  let base: URL;
  try {
    base = new URL(options.url);
  } catch {
    throw new ReceiverUnreachableError(`not a URL: ${JSON.stringify(options.url)}`);
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new ReceiverUnreachableError(`not an http(s) URL: ${options.url}`);
  const timeoutMs = options.timeoutMs ?? 10_000;
  await assertReachable(base, Math.min(timeoutMs, 5_000));
  // A broker that refuses the credentials stops the run before any delivery is sent.
  if (options.broker) await checkBrokerAccess(options.broker);

  const providers = selectedProviders(options.provider);
  if (options.scenarios) {
    if (!providers.includes('kustom')) throw new TypeError('scenarios need the Kustom provider (provider kustom or all)');
    const mock = new URL(options.scenarios.mock);
    const reason = await tcpUnreachableReason(mock, Math.min(timeoutMs, 5_000));
    if (reason) throw new ReceiverUnreachableError(`hookproof mock unreachable at ${mock.origin}: ${reason}`);
  }
  progress(`verifying ${providers.join(' and ')} contracts with the Pact verifier...`);
  // The checks post fresh events (new ids, no provider state), so they run while the verifier's
  // process starts and replays the contracts: the run takes about as long as the verification
  // alone instead of the sum of both (see `npm run bench`). Their rows still come after the contracts.
  const checking = options.happyOnly ? Promise.resolve([]) : runChecks(options, providers, timeoutMs, progress);
  checking.catch(() => {}); // rethrown by the `await` below, once the verification has settled
  const scenarios = options.scenarios ? runScenarioRows(options, providers.length === 1, options.scenarios) : Promise.resolve([]);
  scenarios.catch(() => {});
  const verification = await verifyReceiver(options);
  const rows: ConformanceRow[] = verification.variants.map((v) => ({
    provider: v.provider,
    check: 'contract',
    variant: v.variant,
    description: v.description,
    expectation: v.variant
      ? 'the documented payload, correctly signed, is acknowledged with 200'
      : 'the interaction, correctly signed, gets the response the contract expects',
    severity: 'required',
    passed: v.passed,
    ...(v.pending ? { pending: true } : {}),
    ...(v.contractVersion ? { contractVersion: v.contractVersion } : {}),
    status: v.status,
    reason: v.passed ? `answered ${v.status ?? 'as expected'}` : `${v.pending ? 'pending: ' : ''}${v.mismatches.join('; ')}`,
    exchanges: v.exchange ? [v.exchange] : [],
  }));
  rows.sort((a, b) => catalogueIndex(a) - catalogueIndex(b));

  rows.push(...(await checking));
  rows.push(...(await scenarios));

  const counts = {
    passed: rows.filter((r) => r.passed).length,
    failed: rows.filter((r) => !r.passed && !r.pending && (r.severity === 'required' || options.strict)).length,
    warnings: rows.filter((r) => !r.passed && r.severity === 'advisory' && !options.strict).length,
    ...(rows.some((r) => r.pending && !r.passed) ? { pending: rows.filter((r) => r.pending && !r.passed).length } : {}),
  };
  return {
    receiver: base.origin,
    rows,
    passed: counts.failed === 0 && rows.length > 0,
    counts,
    durationMs: Math.round(performance.now() - started),
    verifierOutput: verification.verifierOutput,
  };
}
