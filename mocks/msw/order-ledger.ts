/**
 * The rules of a Kustom Order Management order, as pure functions: each takes an order and a
 * request and returns the new order (the input is never modified) or an error value.
 *
 * - Amounts are integers in minor units.
 * - `AUTHORIZED → PART_CAPTURED → CAPTURED`; `CANCELLED` only before any capture.
 * - Never capture more than the remaining authorized amount, never refund more than was captured
 *   less what was already refunded.
 */
import { apiError, type KustomApiError } from './kustom-api-errors.js';
import type { Capture, CaptureRequest, Order, OrderLine, Refund, RefundRequest } from './kustom-api-types.js';

/** The outcome of a ledger operation: the new order and what was created, or an error. */
export type LedgerResult<T> = { ok: true; order: Order; value: T } | { ok: false; error: KustomApiError };

/** What an order is authorized with. */
export interface AuthorizeInput {
  order_id: string;
  purchase_currency: string;
  /** Minor units. */
  order_amount: number;
  order_lines?: OrderLine[] | undefined;
  merchant_reference1?: string | undefined;
  /** RFC 3339. */
  created_at?: string | undefined;
}

/** Ids and clock of one ledger operation, supplied by the caller so the ledger stays pure. */
export interface LedgerContext {
  id: string;
  /** RFC 3339. */
  now: string;
}

const isMinorUnits = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value > 0;

function badAmount(field: string, value: unknown): KustomApiError {
  return apiError('BAD_VALUE', `${field} must be a positive integer in minor units, got ${JSON.stringify(value) ?? 'nothing'}`);
}

/**
 * A new `AUTHORIZED` order, nothing captured.
 *
 * @example
 * authorizeOrder({ order_id, purchase_currency: 'EUR', order_amount: 10_000 }).remaining_authorized_amount; // 10000
 */
export function authorizeOrder(input: AuthorizeInput): Order {
  if (!isMinorUnits(input.order_amount)) throw new RangeError(badAmount('order_amount', input.order_amount).messages[0]);
  return {
    order_id: input.order_id,
    status: 'AUTHORIZED',
    purchase_currency: input.purchase_currency,
    order_amount: input.order_amount,
    original_order_amount: input.order_amount,
    captured_amount: 0,
    refunded_amount: 0,
    remaining_authorized_amount: input.order_amount,
    ...(input.merchant_reference1 === undefined ? {} : { merchant_reference1: input.merchant_reference1 }),
    ...(input.created_at === undefined ? {} : { created_at: input.created_at }),
    order_lines: input.order_lines ?? [],
    captures: [],
    refunds: [],
  };
}

const optional = <K extends 'description' | 'reference' | 'order_lines'>(request: Partial<Record<K, unknown>>, keys: K[]) =>
  Object.fromEntries(keys.filter((k) => request[k] !== undefined).map((k) => [k, request[k]]));

/**
 * Captures `captured_amount` of the order.
 *
 * @example
 * const result = captureOrder(order, { captured_amount: 2500 }, { id: captureId, now });
 * if (result.ok) result.order.status; // 'PART_CAPTURED'
 */
export function captureOrder(order: Order, request: CaptureRequest, context: LedgerContext): LedgerResult<Capture> {
  if (!isMinorUnits(request.captured_amount)) return { ok: false, error: badAmount('captured_amount', request.captured_amount) };
  if (order.status === 'CANCELLED' || order.status === 'EXPIRED' || order.status === 'CLOSED') {
    return { ok: false, error: apiError('CAPTURE_NOT_ALLOWED', `Cannot capture an order in status ${order.status}.`) };
  }
  if (request.captured_amount > order.remaining_authorized_amount) {
    return {
      ok: false,
      error: apiError(
        'CAPTURE_NOT_ALLOWED',
        `Captured amount ${request.captured_amount} is higher than the remaining authorized amount ${order.remaining_authorized_amount}.`,
      ),
    };
  }
  const capture: Capture = {
    capture_id: context.id,
    captured_amount: request.captured_amount,
    captured_at: context.now,
    refunded_amount: 0,
    ...optional(request, ['description', 'reference', 'order_lines']),
  };
  const captured = order.captured_amount + request.captured_amount;
  const remaining = order.order_amount - captured;
  return {
    ok: true,
    value: capture,
    order: {
      ...order,
      status: remaining === 0 ? 'CAPTURED' : 'PART_CAPTURED',
      captured_amount: captured,
      remaining_authorized_amount: remaining,
      captures: [...order.captures, capture],
    },
  };
}

/**
 * Refunds `refunded_amount` of what was captured; the refund is booked against the oldest captures first.
 *
 * @example
 * refundOrder(order, { refunded_amount: 500 }, { id: refundId, now });
 */
export function refundOrder(order: Order, request: RefundRequest, context: LedgerContext): LedgerResult<Refund> {
  if (!isMinorUnits(request.refunded_amount)) return { ok: false, error: badAmount('refunded_amount', request.refunded_amount) };
  const refundable = order.captured_amount - order.refunded_amount;
  if (request.refunded_amount > refundable) {
    return {
      ok: false,
      error: apiError(
        'REFUND_NOT_ALLOWED',
        `Refunded amount ${request.refunded_amount} is higher than the captured amount less refunds, ${refundable}.`,
      ),
    };
  }
  let left = request.refunded_amount;
  const captures = order.captures.map((c) => {
    const take = Math.min(left, c.captured_amount - c.refunded_amount);
    left -= take;
    return take === 0 ? c : { ...c, refunded_amount: c.refunded_amount + take };
  });
  const refund: Refund = {
    refund_id: context.id,
    refunded_amount: request.refunded_amount,
    refunded_at: context.now,
    ...optional(request, ['description', 'reference', 'order_lines']),
  };
  return {
    ok: true,
    value: refund,
    order: { ...order, refunded_amount: order.refunded_amount + request.refunded_amount, captures, refunds: [...order.refunds, refund] },
  };
}

/**
 * Cancels an order nothing of which was captured: the authorization is released.
 *
 * @example
 * cancelOrder(order).ok; // false once anything was captured
 */
export function cancelOrder(order: Order): LedgerResult<null> {
  if (order.status !== 'AUTHORIZED' || order.captured_amount > 0) {
    return { ok: false, error: apiError('CANCEL_NOT_ALLOWED', `Cannot cancel an order in status ${order.status}.`) };
  }
  return { ok: true, value: null, order: { ...order, status: 'CANCELLED', remaining_authorized_amount: 0 } };
}
