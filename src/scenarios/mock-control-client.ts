/**
 * A client of the `hookproof mock` control API (`/__hookproof/`): what the lifecycle scenarios use to
 * set up orders and sessions, inject faults, deliver callbacks and read what the mock saw. Plain
 * HTTP, so the mock can run in another process or container.
 */

/** A call the mock received on the Kustom APIs (see `KustomMockCall` in `hookproof/msw`). */
export interface ObservedCall {
  seq: number;
  at: number;
  method: string;
  path: string;
  orderId: string | null;
  kind: 'capture' | 'read' | 'other';
  headers: Record<string, string>;
  body: string;
  status: number | null;
  fault: 'status' | 'delay' | 'lost' | null;
}

/** The fields of a Kustom order the scenarios read. */
export interface ObservedOrder {
  order_id: string;
  status: string;
  order_amount: number;
  captured_amount: number;
  remaining_authorized_amount: number;
  captures: { capture_id: string; captured_amount: number }[];
}

/** A callback delivery as the mock reports it. */
export interface ObservedDelivery {
  eventId: string;
  type: string;
  outcome: 'pending' | 'delivered' | 'failed';
  attempts: { status: number | null; latencyMs: number; error: string | null; startedAt?: number }[];
}

/** One session as the mock sees it: its deliveries, its order and the calls about that order. */
export interface SessionView {
  /** The mock's clock, ms since the epoch (compare `at` of calls with it, not with the local clock). */
  now: number;
  session: { session_id: string; status: string; order_id: string | null };
  deliveries: ObservedDelivery[];
  order: ObservedOrder | null;
  calls: ObservedCall[];
}

/** The control API could not be used: the mock is unreachable or refused a request. */
export class MockControlError extends Error {
  override readonly name = 'MockControlError';
}

/** Sends one control request; rejects with a `MockControlError` on a network error or a non-2xx. */
async function call<T>(base: string, method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${base}/__hookproof${path}`, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error instanceof Error ? error.message : String(error));
    throw new MockControlError(`hookproof mock unreachable at ${base}: ${cause}`);
  }
  const text = await response.text();
  if (!response.ok)
    throw new MockControlError(`hookproof mock at ${base}: ${method} /__hookproof${path} answered ${response.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

/** The control API of the mock at `base`. */
export function mockControl(base: string) {
  const root = base.replace(/\/+$/, '');
  return {
    base: root,
    state: () => call<{ now: number; calls: ObservedCall[] }>(root, 'GET', '/state'),
    callsSince: (seq: number) => call<{ now: number; calls: ObservedCall[] }>(root, 'GET', `/state?since_seq=${seq}`),
    setReceiver: (url: string, secret: string | string[] | undefined) =>
      call<unknown>(root, 'PUT', '/receiver', { url, ...(secret === undefined ? {} : { secret }) }),
    createSession: (orderAmount: number, hold: boolean) =>
      call<{ session_id: string }>(root, 'POST', '/sessions', { order_amount: orderAmount, purchase_currency: 'EUR', hold }),
    simulate: (sessionId: string, step: 'activated' | 'finalized' | 'cancelled') =>
      call<{ session_id: string; order_id: string | null }>(root, 'POST', `/sessions/${sessionId}/simulate`, { step }),
    deliver: (sessionId: string, type: string, copies: 1 | 2 = 1, concurrent = false) =>
      call<{ deliveries: ObservedDelivery[] }>(root, 'POST', `/sessions/${sessionId}/deliveries`, { type, copies, concurrent }),
    injectFault: (orderId: string, fault: Record<string, unknown>) => call<unknown>(root, 'POST', `/orders/${orderId}/faults`, fault),
    captureOutside: (orderId: string) => call<unknown>(root, 'POST', `/orders/${orderId}/captures`, {}),
    session: (sessionId: string) => call<SessionView>(root, 'GET', `/sessions/${sessionId}`),
  };
}

/** The control client type. */
export type MockControl = ReturnType<typeof mockControl>;
