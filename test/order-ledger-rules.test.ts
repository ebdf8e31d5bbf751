/**
 * The Order Management ledger and idempotency cache, rule by rule: exact amounts, statuses, errors
 * and what is replayed. The property test in msw-order-ledger.test.ts checks the invariants over
 * random sequences; these rows pin each boundary and each message.
 */
import { describe, expect, it } from 'vitest';
import { idempotencyKeyOf, once, type StoredResponse } from '../mocks/msw/idempotency-cache.js';
import { authorizeOrder, cancelOrder, captureOrder, type Order, refundOrder } from '../mocks/msw/index.js';

const ORDER_ID = '8c1e3b0a-4f2d-4c6b-9a7e-1d2c3b4a5f60';
const NOW = '2026-06-05T18:40:00.000Z';
const authorized = (amount = 10_000): Order => authorizeOrder({ order_id: ORDER_ID, purchase_currency: 'EUR', order_amount: amount });

function captured(order: Order, ...amounts: number[]): Order {
  return amounts.reduce((o, amount, i) => {
    const result = captureOrder(o, { captured_amount: amount }, { id: `cap-${i}`, now: NOW });
    if (!result.ok) throw new Error(result.error.messages[0]);
    return result.order;
  }, order);
}

describe('order ledger > authorize', () => {
  it('ledger > a new order: authorized, nothing captured, optional fields only when given', () => {
    expect(authorized(2_500)).toEqual({
      order_id: ORDER_ID,
      status: 'AUTHORIZED',
      purchase_currency: 'EUR',
      order_amount: 2_500,
      original_order_amount: 2_500,
      captured_amount: 0,
      refunded_amount: 0,
      remaining_authorized_amount: 2_500,
      order_lines: [],
      captures: [],
      refunds: [],
    });
    expect(Object.keys(authorized(2_500))).not.toContain('merchant_reference1'); // absent, not undefined
    expect(Object.keys(authorized(2_500))).not.toContain('created_at');
    const full = authorizeOrder({
      order_id: ORDER_ID,
      purchase_currency: 'SEK',
      order_amount: 1,
      merchant_reference1: 'ref-1',
      created_at: NOW,
      order_lines: [{ name: 'x', quantity: 1, unit_price: 1, total_amount: 1 } as never],
    });
    expect(full).toMatchObject({ merchant_reference1: 'ref-1', created_at: NOW, order_lines: [{ name: 'x' }] });
  });

  it.each([0, -1, 1.5, Number.NaN, 2 ** 53, '100' as unknown as number])('ledger > order_amount %s is refused', (amount) => {
    expect(() => authorizeOrder({ order_id: ORDER_ID, purchase_currency: 'EUR', order_amount: amount })).toThrow(
      new RangeError(`order_amount must be a positive integer in minor units, got ${JSON.stringify(amount) ?? 'nothing'}`),
    );
  });
});

describe('order ledger > capture', () => {
  it('ledger > a capture books its amount, the rest stays authorized, and the order is part captured', () => {
    const result = captureOrder(authorized(), { captured_amount: 2_500, description: 'first', reference: 'r1' }, { id: 'cap-1', now: NOW });
    expect(result).toEqual({
      ok: true,
      value: { capture_id: 'cap-1', captured_amount: 2_500, captured_at: NOW, refunded_amount: 0, description: 'first', reference: 'r1' },
      order: expect.objectContaining({ status: 'PART_CAPTURED', captured_amount: 2_500, remaining_authorized_amount: 7_500 }),
    });
    if (result.ok) expect(Object.keys(result.value)).not.toContain('order_lines');
  });

  it('ledger > capturing exactly what remains makes the order captured; one unit more is refused', () => {
    expect(captured(authorized(), 4_000, 6_000)).toMatchObject({
      status: 'CAPTURED',
      captured_amount: 10_000,
      remaining_authorized_amount: 0,
    });
    const over = captureOrder(captured(authorized(), 4_000), { captured_amount: 6_001 }, { id: 'c', now: NOW });
    expect(over).toEqual({
      ok: false,
      error: {
        code: 'CAPTURE_NOT_ALLOWED',
        status: 403,
        messages: ['Captured amount 6001 is higher than the remaining authorized amount 6000.'],
      },
    });
  });

  it.each(['CANCELLED', 'EXPIRED', 'CLOSED'] as const)('ledger > an order %s cannot be captured', (status) => {
    const result = captureOrder({ ...authorized(), status }, { captured_amount: 1 }, { id: 'c', now: NOW });
    expect(result).toEqual({
      ok: false,
      error: { code: 'CAPTURE_NOT_ALLOWED', status: 403, messages: [`Cannot capture an order in status ${status}.`] },
    });
  });

  it.each([0, -5, 2.5, undefined])('ledger > captured_amount %s is a BAD_VALUE', (amount) => {
    const result = captureOrder(authorized(), { captured_amount: amount as number }, { id: 'c', now: NOW });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'BAD_VALUE',
        status: 400,
        messages: [`captured_amount must be a positive integer in minor units, got ${JSON.stringify(amount) ?? 'nothing'}`],
      },
    });
  });
});

describe('order ledger > refund', () => {
  it('ledger > a refund is booked against the oldest captures first', () => {
    const order = captured(authorized(), 1_000, 2_000, 3_000);
    const result = refundOrder(order, { refunded_amount: 1_500, reference: 'rf' }, { id: 'ref-1', now: NOW });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual({ refund_id: 'ref-1', refunded_amount: 1_500, refunded_at: NOW, reference: 'rf' });
    expect(result.order.refunded_amount).toBe(1_500);
    expect(result.order.captures.map((c) => c.refunded_amount)).toEqual([1_000, 500, 0]);
    expect(result.order.captures[2]).toBe(order.captures[2]); // untouched captures are kept as they are
    expect(result.order.refunds).toEqual([result.value]);
    const again = refundOrder(result.order, { refunded_amount: 2_000 }, { id: 'ref-2', now: NOW });
    expect(again.ok && again.order.captures.map((c) => c.refunded_amount)).toEqual([1_000, 2_000, 500]);
  });

  it("ledger > a refund keeps the request's description and order lines, and only those it was given", () => {
    const lines = [{ name: 'x', quantity: 1, unit_price: 1, total_amount: 1 }] as never;
    const order = captured(authorized(), 1_000);
    const result = refundOrder(order, { refunded_amount: 100, description: 'damaged', order_lines: lines }, { id: 'ref-1', now: NOW });
    expect(result.ok && result.value).toEqual({
      refund_id: 'ref-1',
      refunded_amount: 100,
      refunded_at: NOW,
      description: 'damaged',
      order_lines: lines,
    });
    const bare = refundOrder(order, { refunded_amount: 100 }, { id: 'ref-2', now: NOW });
    expect(bare.ok && Object.keys(bare.value).sort()).toEqual(['refund_id', 'refunded_amount', 'refunded_at']);
  });

  it('ledger > refunding exactly what was captured less refunds passes; one unit more is refused', () => {
    const order = captured(authorized(), 3_000);
    const first = refundOrder(order, { refunded_amount: 1_000 }, { id: 'r1', now: NOW });
    if (!first.ok) throw new Error('first refund refused');
    expect(refundOrder(first.order, { refunded_amount: 2_000 }, { id: 'r2', now: NOW }).ok).toBe(true);
    expect(refundOrder(first.order, { refunded_amount: 2_001 }, { id: 'r2', now: NOW })).toEqual({
      ok: false,
      error: {
        code: 'REFUND_NOT_ALLOWED',
        status: 403,
        messages: ['Refunded amount 2001 is higher than the captured amount less refunds, 2000.'],
      },
    });
    expect(refundOrder(authorized(), { refunded_amount: 1 }, { id: 'r', now: NOW }).ok).toBe(false); // nothing captured yet
  });

  it('ledger > refunded_amount must be a positive integer', () => {
    const result = refundOrder(captured(authorized(), 100), { refunded_amount: 0 }, { id: 'r', now: NOW });
    expect(result).toEqual({
      ok: false,
      error: { code: 'BAD_VALUE', status: 400, messages: ['refunded_amount must be a positive integer in minor units, got 0'] },
    });
  });
});

describe('order ledger > cancel', () => {
  it('ledger > an authorized order is cancelled and its authorization released', () => {
    expect(cancelOrder(authorized())).toEqual({
      ok: true,
      value: null,
      order: expect.objectContaining({ status: 'CANCELLED', remaining_authorized_amount: 0, captured_amount: 0 }),
    });
  });

  it.each([
    ['part captured', captured(authorized(), 1), 'PART_CAPTURED'],
    ['captured', captured(authorized(), 10_000), 'CAPTURED'],
    ['cancelled', { ...authorized(), status: 'CANCELLED' } as Order, 'CANCELLED'],
    ['authorized with a capture booked', { ...authorized(), captured_amount: 1 }, 'AUTHORIZED'],
  ])('ledger > an order %s cannot be cancelled', (_name, order, status) => {
    expect(cancelOrder(order)).toEqual({
      ok: false,
      error: { code: 'CANCEL_NOT_ALLOWED', status: 403, messages: [`Cannot cancel an order in status ${status}.`] },
    });
  });
});

describe('idempotency cache', () => {
  const headers = (key?: string) => new Headers(key === undefined ? {} : { 'Klarna-Idempotency-Key': key });

  it.each([
    ['no key', undefined, { ok: true, key: null }],
    ['a UUID', '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b', { ok: true, key: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b' }],
    ['an upper-case UUID', '6F1D2C3B-4A5E-4F60-8A7B-9C0D1E2F3A4B', { ok: true, key: '6F1D2C3B-4A5E-4F60-8A7B-9C0D1E2F3A4B' }],
  ])('idempotency > %s is accepted', (_name, key, want) => {
    expect(idempotencyKeyOf(headers(key))).toEqual(want);
  });

  it.each([
    ['not a UUID', 'retry-1'],
    ['a UUID with a prefix', 'x6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b'],
    ['a UUID with a suffix', '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4bx'],
    ['a UUID without dashes', '6f1d2c3b4a5e4f608a7b9c0d1e2f3a4b'],
    ['an empty key', ''],
  ])('idempotency > %s is a BAD_VALUE', (_name, key) => {
    expect(idempotencyKeyOf(headers(key))).toEqual({
      ok: false,
      error: { code: 'BAD_VALUE', status: 400, messages: [`Klarna-Idempotency-Key must be a UUID, got ${JSON.stringify(key)}.`] },
    });
  });

  const response = (status: number, n: number): StoredResponse => ({ status, body: { n }, headers: { 'Capture-Id': `c${n}` } });

  it('idempotency > one key runs the operation once and replays its response; other keys and scopes run anew', () => {
    const cache = new Map<string, StoredResponse>();
    let runs = 0;
    const run = (scope: string, key: string | null) => once(cache, scope, key, () => response(201, ++runs));
    const first = run('capture o1', 'k1');
    expect(run('capture o1', 'k1')).toBe(first);
    expect(runs).toBe(1);
    expect(run('capture o1', 'k2')).toEqual(response(201, 2));
    expect(run('refund o1', 'k1')).toEqual(response(201, 3)); // keys are per operation and order
    expect(run('capture o1', null)).toEqual(response(201, 4)); // no key: never replayed
    expect(run('capture o1', null)).toEqual(response(201, 5));
    expect([...cache.keys()]).toEqual(['capture o1 k1', 'capture o1 k2', 'refund o1 k1']);
  });

  it.each([
    [400, false],
    [403, true],
    [404, true],
    [201, true],
  ])('idempotency > a %s response is remembered: %s', (status, remembered) => {
    const cache = new Map<string, StoredResponse>();
    let runs = 0;
    once(cache, 'capture o1', 'k', () => response(status, ++runs));
    const again = once(cache, 'capture o1', 'k', () => response(201, ++runs));
    expect(runs).toBe(remembered ? 1 : 2);
    expect(again.status).toBe(remembered ? status : 201);
  });
});
