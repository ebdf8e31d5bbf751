/**
 * The calls the Kustom API mock received: method, path, the order they concern, headers, body and the
 * status answered. What a scenario reads to judge what a receiver did (captured once? with which
 * idempotency key? was a capture refused?).
 */
import type { CallKind } from './order-faults.js';

/** One request the mock received on the Kustom APIs. */
export interface KustomMockCall {
  /** Position in the journal, from 1. */
  seq: number;
  /** When the request arrived, ms since the epoch. */
  at: number;
  method: string;
  /** The path and query, e.g. `/ordermanagement/v1/orders/<id>/captures`. */
  path: string;
  /** The Order Management order the call is about, `null` for other APIs. */
  orderId: string | null;
  /** `capture` (POST captures), `read` (any GET) or `other`. */
  kind: CallKind;
  /** Request headers, names in lower case. */
  headers: Record<string, string>;
  /** The request body as text (empty when none). */
  body: string;
  /** The status answered; `null` when the response was lost (a `lost` fault) or none came. */
  status: number | null;
  /** The fault applied to the call, if any. */
  fault: 'status' | 'delay' | 'lost' | null;
}

const ORDER_PATH = /^\/ordermanagement\/v1\/orders\/([^/?]*)(\/[^?]*)?/;

/** The order and the kind of a call, from its method and path. */
export function classifyCall(method: string, path: string): { orderId: string | null; kind: CallKind } {
  const match = ORDER_PATH.exec(path);
  if (!match) return { orderId: null, kind: method === 'GET' ? 'read' : 'other' };
  const orderId = decodeURIComponent(match[1] ?? '');
  if (method === 'GET') return { orderId, kind: 'read' };
  return { orderId, kind: method === 'POST' && match[2] === '/captures' ? 'capture' : 'other' };
}
