/** What the lifecycle scenarios read off a session view: captures, refusals, acknowledgements, and a line saying what the mock saw. */
import type { ObservedCall, SessionView } from './mock-control-client.js';

/** A scenario's result: the verdict, the callback status, and what the mock saw. */
export interface ScenarioVerdict {
  passed: boolean;
  /** The status the receiver answered the last callback delivery with, `null` when none. */
  status: number | null;
  reason: string;
}

const label = (c: ObservedCall): string => {
  const what = c.kind === 'capture' ? 'POST capture' : `${c.method} ${c.kind === 'read' ? 'order' : (c.path.split('/').pop() ?? '')}`;
  return `${what} ${c.fault === 'lost' ? 'lost' : (c.status ?? '-')}${c.fault === 'status' ? ' (injected)' : ''}`;
};

/** One line: the calls about the order and the order's state. */
export function observed(view: SessionView): string {
  const calls = view.calls.length ? view.calls.map(label).join(', ') : 'no Order Management call';
  const order = view.order;
  if (!order) return `mock saw: ${calls}`;
  const captures = order.captures.map((c) => c.captured_amount).join(' + ') || 'none';
  return `mock saw: ${calls}; order ${order.status}, captures: ${captures} of ${order.order_amount}`;
}

/** Capture calls the mock refused with a 4xx (an injected 5xx is not a refusal). */
export const refusedCaptures = (view: SessionView): ObservedCall[] =>
  view.calls.filter((c) => c.kind === 'capture' && c.status !== null && c.status >= 400 && c.status < 500);

/** Calls answered 401: the receiver's Basic credentials are missing or wrong. */
export const unauthorizedCalls = (view: SessionView): ObservedCall[] => view.calls.filter((c) => c.status === 401);

/** The order holds exactly one capture, of its whole authorized amount. */
export const capturedOnceInFull = (view: SessionView): boolean =>
  view.order !== null && view.order.captures.length === 1 && view.order.captured_amount === view.order.order_amount;

/** Deliveries the receiver did not acknowledge with a 2xx. */
export const unacknowledged = (view: SessionView) => view.deliveries.filter((d) => d.outcome !== 'delivered');

/** The status of the last attempt of the last delivery. */
export function lastStatus(view: SessionView): number | null {
  const attempts = view.deliveries.at(-1)?.attempts ?? [];
  return attempts.at(-1)?.status ?? null;
}

/**
 * The common verdict: every delivery acknowledged, no 401, no refused capture, then `specific`.
 * The first failure found is the reason; a pass says what the mock saw.
 */
export function judge(view: SessionView, specific: () => string | null): ScenarioVerdict {
  const failures: string[] = [];
  const unacked = unacknowledged(view);
  if (unacked.length) {
    const statuses = unacked.map((d) => `${d.type} ${d.attempts.map((a) => a.status ?? a.error).join('/')}`);
    failures.push(`callback not acknowledged (${statuses.join(', ')})`);
  }
  if (unauthorizedCalls(view).length) failures.push('Order Management answered 401: the Basic credentials are missing or wrong');
  const refused = refusedCaptures(view);
  if (refused.length) failures.push(`a capture request was refused (${refused.map((c) => c.status).join(', ')})`);
  const other = specific();
  if (other) failures.push(other);
  const status = lastStatus(view);
  return failures.length
    ? { passed: false, status, reason: `${failures.join('; ')}; ${observed(view)}` }
    : { passed: true, status, reason: observed(view) };
}
