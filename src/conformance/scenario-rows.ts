/** The lifecycle scenarios as rows of the conformance report. */
import { endpointOf, type ReceiverTarget, secretsOf } from '../pact/receiver-target.js';
import { runLifecycleScenarios } from '../scenarios/run-scenarios.js';
import type { KustomSecret } from '../signatures/kustom-secret.js';
import type { ConformanceRow } from './conformance-row.js';

/** `runConformance({ scenarios })`: where the mock is, and how long the receiver has. */
export interface ScenarioRunOptions {
  /** The base URL of a running `hookproof mock`; the receiver must use it as its Kustom API base URL. */
  mock: string;
  /** How long the receiver has to reach each expected state (a capture), in ms. Default 5 000. */
  settleTimeoutMs?: number | undefined;
}

/** A secret as the mock's control API takes it: bytes become the `whsec_` form of the same key. */
const asText = (secret: KustomSecret): string => (typeof secret === 'string' ? secret : `whsec_${Buffer.from(secret).toString('base64')}`);

/** Runs the scenarios against the receiver's Kustom endpoint, signed with its Kustom secret(s). */
export async function runScenarioRows(target: ReceiverTarget, single: boolean, options: ScenarioRunOptions): Promise<ConformanceRow[]> {
  const secrets = secretsOf(target).kustom;
  const results = await runLifecycleScenarios({
    mock: options.mock,
    receiverUrl: endpointOf(target, 'kustom', single).href,
    secret: (Array.isArray(secrets) ? secrets : [secrets as KustomSecret]).map(asText),
    ...(options.settleTimeoutMs === undefined ? {} : { settleTimeoutMs: options.settleTimeoutMs }),
  });
  return results.map((r) => ({
    provider: 'kustom',
    check: r.id,
    variant: null,
    expectation: r.expectation,
    severity: r.severity,
    passed: r.passed,
    status: r.status,
    reason: r.reason,
    exchanges: [],
  }));
}
