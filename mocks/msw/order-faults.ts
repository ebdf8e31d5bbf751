/**
 * Faults injected into the next Order Management calls for one order: a 5xx instead of the operation,
 * a delay before it, or its response lost after it was applied. Faults are per order, so scenarios
 * running at the same time on their own orders never disturb each other.
 */

/** Which Order Management calls a fault applies to. `write` is any POST (capture, refund, cancel, acknowledge). */
export type FaultedOperation = 'capture' | 'read' | 'write' | 'any';

/**
 * A fault for the next matching call(s) of one order.
 * - `status`: the call is answered with `status` (default 503) and not carried out.
 * - `delay`: the call waits `ms` before it runs.
 * - `lost`: the call is carried out, then its response is lost: in process the `fetch` rejects
 *   (`Response.error()`); over HTTP the `hookproof mock` server drops the connection.
 */
export type OrderFault =
  | { kind: 'status'; status?: number | undefined; operation?: FaultedOperation | undefined; times?: number | undefined }
  | { kind: 'delay'; ms: number; operation?: FaultedOperation | undefined; times?: number | undefined }
  | { kind: 'lost'; operation?: FaultedOperation | undefined; times?: number | undefined };

/** What an Order Management call does, as far as faults are concerned. */
export type CallKind = 'capture' | 'read' | 'other';

/** The faults waiting for their calls, per order. */
export interface FaultBook {
  /** Queues a fault for `orderId`. `times` (default 1) calls get it; `0` means every matching call. */
  inject(orderId: string, fault: OrderFault): void;
  /** Takes the fault for this call, if one is queued for the order and the operation. */
  take(orderId: string, operation: CallKind, method: string): OrderFault | null;
  clear(): void;
}

/** Checks a fault given as JSON (the control API): an error message, or `null` when it is usable. */
export function faultProblem(fault: unknown): string | null {
  if (typeof fault !== 'object' || fault === null) return 'a fault must be an object';
  const f = fault as Record<string, unknown>;
  if (!['status', 'delay', 'lost'].includes(String(f.kind))) return 'kind must be status, delay or lost';
  if (f.operation !== undefined && !['capture', 'read', 'write', 'any'].includes(String(f.operation)))
    return 'operation must be capture, read, write or any';
  if (f.times !== undefined && !(Number.isInteger(f.times) && (f.times as number) >= 0)) return 'times must be an integer of 0 or more';
  if (
    f.kind === 'status' &&
    f.status !== undefined &&
    !(Number.isInteger(f.status) && (f.status as number) >= 400 && (f.status as number) <= 599)
  )
    return 'status must be an HTTP error status (400-599)';
  if (f.kind === 'delay' && !(typeof f.ms === 'number' && f.ms >= 0 && f.ms <= 60_000)) return 'ms must be a delay from 0 to 60000';
  return null;
}

const matches = (wanted: FaultedOperation | undefined, operation: CallKind, method: string): boolean => {
  const target = wanted ?? 'capture';
  if (target === 'any') return true;
  if (target === 'write') return method !== 'GET';
  return target === operation;
};

/** An empty fault book. */
export function createFaultBook(): FaultBook {
  const queued = new Map<string, { fault: OrderFault; left: number }[]>();
  return {
    inject(orderId, fault) {
      const list = queued.get(orderId) ?? [];
      list.push({ fault, left: fault.times ?? 1 });
      queued.set(orderId, list);
    },
    take(orderId, operation, method) {
      const list = queued.get(orderId);
      const entry = list?.find((e) => matches(e.fault.operation, operation, method));
      if (!list || !entry) return null;
      if (entry.left > 0 && --entry.left === 0) list.splice(list.indexOf(entry), 1);
      if (list.length === 0) queued.delete(orderId);
      return entry.fault;
    },
    clear: () => queued.clear(),
  };
}
