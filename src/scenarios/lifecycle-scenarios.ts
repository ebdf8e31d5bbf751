/**
 * The lifecycle scenarios: what a Kustom receiver must *do* after acknowledging IPP callbacks. The
 * Kustom document says that after `ipp.session.finalized` the payment is in Order Management under
 * `order_id`, to "Capture the payment after goods are handed over if not already captured"; each
 * scenario drives the mock into one situation and judges the receiver on what the mock observed.
 *
 * @see seeds: Kustom In-Person Payments, "Receive Callbacks" ("Order Management after completion")
 */
import type { MockControl, SessionView } from './mock-control-client.js';
import { capturedOnceInFull, judge, type ScenarioVerdict } from './scenario-verdicts.js';
import type { Settled } from './settle.js';

/** The stable ids of the scenarios (the `check` of their rows). */
export type ScenarioId =
  | 'lifecycle-capture'
  | 'lifecycle-redelivered-finalized'
  | 'lifecycle-concurrent-finalized'
  | 'lifecycle-capture-503'
  | 'lifecycle-capture-response-lost'
  | 'lifecycle-already-captured'
  | 'lifecycle-out-of-order'
  | 'lifecycle-cancelled'
  | 'lifecycle-slow-order-management';

/** What a scenario gets to run with. */
export interface ScenarioContext {
  control: MockControl;
  /** The order amount of this scenario's session (minor units, distinct per scenario). */
  amount: number;
  /** Waits on the session's view until `until` holds and the receiver is quiet (see `settle`). */
  settle(sessionId: string, until: (view: SessionView) => boolean): Promise<Settled>;
}

/** One scenario. */
export interface ScenarioDefinition {
  id: ScenarioId;
  severity: 'required' | 'advisory';
  expectation: string;
  run(context: ScenarioContext): Promise<ScenarioVerdict>;
}

/** How long a callback may take to be acknowledged while Order Management is slow. */
export const ACK_BOUND_MS = 1_000;
/** How slow Order Management is in the advisory scenario: each call about the order waits this long. */
export const SLOW_ORDER_MANAGEMENT_MS = 1_500;

const CREATED = 'ipp.session.created';
const ACTIVATED = 'ipp.session.activated';
const FINALIZED = 'ipp.session.finalized';

/** A session whose callbacks are held, finalized (its order authorized): ready for callbacks in any order. */
async function heldFinalized(context: ScenarioContext): Promise<{ sessionId: string; orderId: string }> {
  const { session_id } = await context.control.createSession(context.amount, true);
  const { order_id } = await context.control.simulate(session_id, 'finalized');
  return { sessionId: session_id, orderId: order_id ?? '' };
}

async function deliverInOrder(context: ScenarioContext, sessionId: string, types: string[]): Promise<void> {
  for (const type of types) await context.control.deliver(sessionId, type);
}

const captureCheck = (met: boolean): string | null =>
  met ? null : 'expected exactly one capture of the full authorized amount before the settle timeout';

/** A finalized session, its callbacks sent as `deliver` says after `prepare`; judged on one full capture. */
function captureScenario(
  id: ScenarioId,
  expectation: string,
  deliver: (context: ScenarioContext, sessionId: string) => Promise<void>,
  prepare: (context: ScenarioContext, orderId: string) => Promise<unknown> = async () => {},
  extra: (view: SessionView) => boolean = () => true,
  /** `false` when the order needs no capture from the receiver: then the wait is for it to look, and not looking does not fail. */
  captureExpected = true,
): ScenarioDefinition {
  return {
    id,
    severity: 'required',
    expectation,
    async run(context) {
      const { sessionId, orderId } = await heldFinalized(context);
      await prepare(context, orderId);
      await deliver(context, sessionId);
      const { view, met } = await context.settle(sessionId, (v) => capturedOnceInFull(v) && extra(v));
      return judge(view, () => (captureExpected ? captureCheck(met) : capturedOnceInFull(view) ? null : captureCheck(false)));
    },
  };
}

/** Every scenario, in report order. */
export const lifecycleScenarios: readonly ScenarioDefinition[] = [
  {
    id: 'lifecycle-capture',
    severity: 'required',
    expectation:
      'after ipp.session.finalized the order is captured exactly once, for the full remaining authorized amount, with Basic auth, within the settle timeout',
    async run(context) {
      const { session_id } = await context.control.createSession(context.amount, false);
      await context.control.simulate(session_id, 'finalized');
      const { view, met } = await context.settle(session_id, capturedOnceInFull);
      return judge(view, () => captureCheck(met));
    },
  },
  captureScenario(
    'lifecycle-redelivered-finalized',
    'the same finalized delivery sent twice (same webhook-id) is acknowledged twice and still captured once, no capture request refused',
    async (context, sessionId) => {
      await deliverInOrder(context, sessionId, [CREATED, ACTIVATED]);
      await context.control.deliver(sessionId, FINALIZED, 2, false);
    },
  ),
  captureScenario(
    'lifecycle-concurrent-finalized',
    'the same finalized delivery sent twice at the same time is acknowledged twice and still captured once, no capture request refused',
    async (context, sessionId) => {
      await deliverInOrder(context, sessionId, [CREATED, ACTIVATED]);
      await context.control.deliver(sessionId, FINALIZED, 2, true);
    },
  ),
  captureScenario(
    'lifecycle-capture-503',
    'the first capture call is answered 503: the receiver retries and the order ends captured once',
    (context, sessionId) => deliverInOrder(context, sessionId, [CREATED, ACTIVATED, FINALIZED]),
    (context, orderId) => context.control.injectFault(orderId, { kind: 'status', status: 503, operation: 'capture' }),
  ),
  captureScenario(
    'lifecycle-capture-response-lost',
    'the first capture is applied but its response is lost (connection dropped): the receiver finds out (retries with the same Klarna-Idempotency-Key or reads the order) and the order ends captured once, no capture request refused',
    (context, sessionId) => deliverInOrder(context, sessionId, [CREATED, ACTIVATED, FINALIZED]),
    (context, orderId) => context.control.injectFault(orderId, { kind: 'lost', operation: 'capture' }),
    // The receiver must call again after the lost response: without that, it cannot know the outcome.
    (view) => {
      const lost = view.calls.find((c) => c.fault === 'lost');
      return lost !== undefined && view.calls.some((c) => c.seq > lost.seq);
    },
  ),
  captureScenario(
    'lifecycle-already-captured',
    'the order was captured (for example in the Portal) before finalized arrives: "if not already captured", so no capture request refused and no 5xx to the callback',
    (context, sessionId) => deliverInOrder(context, sessionId, [CREATED, ACTIVATED, FINALIZED]),
    (context, orderId) => context.control.captureOutside(orderId),
    // Wait for the receiver to look at the order (or the timeout), so that a late capture attempt is seen.
    (view) => view.calls.length > 0,
    false,
  ),
  captureScenario(
    'lifecycle-out-of-order',
    'callbacks out of order (finalized before activated, activated after finalized, a duplicate created after finalized) are all acknowledged, and the order is captured once',
    (context, sessionId) => deliverInOrder(context, sessionId, [CREATED, FINALIZED, ACTIVATED, CREATED]),
  ),
  {
    id: 'lifecycle-cancelled',
    severity: 'required',
    expectation: 'after ipp.session.cancelled (no order) nothing is captured and no Order Management write is made',
    async run(context) {
      const started = await context.control.callsSince(0);
      const { session_id } = await context.control.createSession(context.amount, false);
      await context.control.simulate(session_id, 'cancelled');
      const { view } = await context.settle(session_id, () => true);
      // A cancelled session has no order: a write for it names no order (null) or the session id.
      const { calls } = await context.control.callsSince(started.calls.at(-1)?.seq ?? 0);
      const stray = calls.filter(
        (c) => c.method !== 'GET' && c.orderId !== null && ['null', 'undefined', '', session_id].includes(c.orderId),
      );
      return judge({ ...view, calls: [...view.calls, ...stray] }, () =>
        stray.length ? `Order Management writes after a cancelled session: ${stray.map((c) => `${c.method} ${c.path}`).join(', ')}` : null,
      );
    },
  },
  {
    id: 'lifecycle-slow-order-management',
    severity: 'advisory',
    expectation: `the finalized callback is acknowledged within ${ACK_BOUND_MS} ms while every Order Management call takes ${SLOW_ORDER_MANAGEMENT_MS} ms: capture after answering, not before (a receiver that captures first holds the provider's connection)`,
    async run(context) {
      const { sessionId, orderId } = await heldFinalized(context);
      await context.control.injectFault(orderId, { kind: 'delay', ms: SLOW_ORDER_MANAGEMENT_MS, operation: 'any', times: 0 });
      const { deliveries } = await context.control.deliver(sessionId, FINALIZED);
      const attempt = deliveries[0]?.attempts[0];
      const latency = attempt?.latencyMs ?? Number.POSITIVE_INFINITY;
      const acked = deliveries[0]?.outcome === 'delivered' && latency <= ACK_BOUND_MS;
      const reason = attempt
        ? `the first attempt was answered ${attempt.status ?? attempt.error} after ${Math.round(latency)} ms`
        : 'no delivery attempt recorded';
      return {
        passed: acked,
        status: attempt?.status ?? null,
        reason: acked ? reason : `${reason}; expected 2xx within ${ACK_BOUND_MS} ms`,
      };
    },
  },
];
