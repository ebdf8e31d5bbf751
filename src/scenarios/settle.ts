/**
 * Waiting on the mock's state, never on fixed sleeps: a scenario polls its session's view until its
 * condition holds and the receiver has gone quiet, or until the deadline.
 */
import type { MockControl, SessionView } from './mock-control-client.js';

/**
 * The quiet period: a scenario is settled once no Order Management call about its order and no
 * callback delivery happened for this long (on the mock's clock). It is what proves a negative (no
 * second capture, no capture at all) and the only wait that is not on a condition.
 */
export const QUIET_PERIOD_MS = 500;

/** How long a receiver has to reach the expected state (a capture), by default. */
export const DEFAULT_SETTLE_TIMEOUT_MS = 5_000;

/** How often the mock's state is read. */
const POLL_MS = 20;

/** When and how a scenario waits. */
export interface SettleOptions {
  /** The condition must hold within this many ms. */
  timeoutMs: number;
  quietMs: number;
}

/** The view a scenario is judged on, and whether its condition held. */
export interface Settled {
  view: SessionView;
  met: boolean;
}

/** The last time (mock clock) anything happened for the session: a call about its order or a delivery attempt ending. */
export function lastActivity(view: SessionView): number {
  const calls = view.calls.map((c) => c.at);
  const attempts = view.deliveries.flatMap((d) => d.attempts.map((a) => (a.startedAt ?? 0) + a.latencyMs));
  return Math.max(0, ...calls, ...attempts);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls the session until every delivery finished, `until` holds and the receiver was quiet for the
 * quiet period; or, past the timeout, until it was quiet (then `met` is `false`). Gives up at the
 * timeout plus the quiet period in any case.
 *
 * @example
 * const { view, met } = await settle(control, sessionId, (v) => v.order?.status === 'CAPTURED', { timeoutMs: 5000, quietMs: 500 });
 */
export async function settle(
  control: MockControl,
  sessionId: string,
  until: (view: SessionView) => boolean,
  options: SettleOptions,
): Promise<Settled> {
  const started = performance.now();
  for (;;) {
    const view = await control.session(sessionId);
    const elapsed = performance.now() - started;
    const pending = view.deliveries.some((d) => d.outcome === 'pending');
    const quiet = view.now - lastActivity(view) >= options.quietMs;
    const met = until(view);
    if ((!pending && quiet && (met || elapsed >= options.timeoutMs)) || elapsed >= options.timeoutMs + options.quietMs)
      return { view, met };
    await sleep(POLL_MS);
  }
}
