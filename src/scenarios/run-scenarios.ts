/**
 * Runs the lifecycle scenarios against a receiver through a `hookproof mock`: registers the
 * receiver's Kustom webhook URL and secret with the mock, then runs every scenario at once, each on
 * its own session and order.
 */
import { lifecycleScenarios, type ScenarioDefinition, type ScenarioId } from './lifecycle-scenarios.js';
import { mockControl } from './mock-control-client.js';
import type { ScenarioVerdict } from './scenario-verdicts.js';
import { DEFAULT_SETTLE_TIMEOUT_MS, QUIET_PERIOD_MS, settle } from './settle.js';

/** Options of {@link runLifecycleScenarios}. */
export interface LifecycleScenarioOptions {
  /** The base URL of a running `hookproof mock`, which the receiver uses as its Kustom API base URL. */
  mock: string;
  /** The receiver's Kustom webhook URL (the callbacks go there). */
  receiverUrl: string;
  /** The Kustom signing secret(s) the callbacks are signed with. Default: the mock's own (its `--kustom-secret`, else the test secret). */
  secret?: string | readonly string[] | undefined;
  /** How long the receiver has to reach each expected state, in ms. Default 5 000. */
  settleTimeoutMs?: number | undefined;
  /** The quiet period, in ms. Default 500. */
  quietMs?: number | undefined;
  /** Run only these scenarios. Default: all. */
  only?: readonly ScenarioId[] | undefined;
}

/** One scenario's outcome. */
export interface ScenarioResult extends ScenarioVerdict {
  id: ScenarioId;
  severity: ScenarioDefinition['severity'];
  expectation: string;
  durationMs: number;
}

/**
 * Runs the scenarios concurrently and resolves with one result per scenario, in report order.
 * Rejects with a `MockControlError` when the mock cannot be reached or refuses the registration.
 *
 * @example
 * const results = await runLifecycleScenarios({ mock: 'http://127.0.0.1:4010', receiverUrl: 'http://127.0.0.1:3000/webhooks/kustom' });
 * console.log(results.filter((r) => !r.passed).map((r) => `${r.id}: ${r.reason}`));
 */
export async function runLifecycleScenarios(options: LifecycleScenarioOptions): Promise<ScenarioResult[]> {
  const control = mockControl(options.mock);
  const secret = options.secret === undefined || typeof options.secret === 'string' ? options.secret : [...options.secret];
  await control.setReceiver(options.receiverUrl, secret);
  const timing = { timeoutMs: options.settleTimeoutMs ?? DEFAULT_SETTLE_TIMEOUT_MS, quietMs: options.quietMs ?? QUIET_PERIOD_MS };
  const chosen = lifecycleScenarios.filter((s) => !options.only || options.only.includes(s.id));
  // Distinct amounts per scenario, so that an amount taken from another order shows.
  const base = 1_000 + Math.floor(Math.random() * 50_000);
  return Promise.all(
    chosen.map(async (scenario, index): Promise<ScenarioResult> => {
      const started = performance.now();
      const verdict = await scenario
        .run({ control, amount: base + index * 1_013, settle: (sessionId, until) => settle(control, sessionId, until, timing) })
        .catch(
          (error: unknown): ScenarioVerdict => ({
            passed: false,
            status: null,
            reason: `the scenario could not run: ${error instanceof Error ? error.message : String(error)}`,
          }),
        );
      return {
        id: scenario.id,
        severity: scenario.severity,
        expectation: scenario.expectation,
        ...verdict,
        durationMs: Math.round(performance.now() - started),
      };
    }),
  );
}
