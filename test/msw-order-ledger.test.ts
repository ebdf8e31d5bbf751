/** The pure Order Management rules, over random sequences of operations. */
// Plain fast-check rather than @fast-check/vitest: the same property and seed, without that
// package's import cost (about 2 s per test run, paid by every mutant under `npm run mutate`).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authorizeOrder, cancelOrder, captureOrder, type Order, refundOrder } from '../mocks/msw/index.js';

const ORDER_ID = '8c1e3b0a-4f2d-4c6b-9a7e-1d2c3b4a5f60';
const ctx = (i: number) => ({ id: `id-${i}`, now: '2026-06-05T18:40:00.000Z' });

const operation = fc.oneof(
  fc.record({ kind: fc.constant('capture' as const), amount: fc.integer({ min: -5, max: 6_000 }) }),
  fc.record({ kind: fc.constant('refund' as const), amount: fc.integer({ min: -5, max: 6_000 }) }),
  fc.record({ kind: fc.constant('cancel' as const) }),
);

describe('msw > order ledger', () => {
  it('ledger > any sequence keeps refunded ≤ captured ≤ authorized, statuses consistent, and never mutates its input', () => {
    const property = fc.property(fc.integer({ min: 1, max: 20_000 }), fc.array(operation, { maxLength: 40 }), (amount, operations) => {
      let order = authorizeOrder({ order_id: ORDER_ID, purchase_currency: 'EUR', order_amount: amount });
      operations.forEach((op, i) => {
        const before = structuredClone(order);
        const result =
          op.kind === 'capture'
            ? captureOrder(order, { captured_amount: op.amount }, ctx(i))
            : op.kind === 'refund'
              ? refundOrder(order, { refunded_amount: op.amount }, ctx(i))
              : cancelOrder(order);
        expect(order).toEqual(before);
        if (!result.ok) {
          expect(result.error.status).toBeGreaterThanOrEqual(400);
          return;
        }
        order = result.order;
        expect(0).toBeLessThanOrEqual(order.refunded_amount);
        expect(order.refunded_amount).toBeLessThanOrEqual(order.captured_amount);
        expect(order.captured_amount).toBeLessThanOrEqual(order.order_amount);
        expect(order.captured_amount).toBe(order.captures.reduce((s, c) => s + c.captured_amount, 0));
        expect(order.refunded_amount).toBe(order.refunds.reduce((s, r) => s + r.refunded_amount, 0));
        expect(order.captures.every((c) => c.refunded_amount <= c.captured_amount)).toBe(true);
        const expected: Order['status'] =
          order.status === 'CANCELLED'
            ? 'CANCELLED'
            : order.captured_amount === 0
              ? 'AUTHORIZED'
              : order.captured_amount === amount
                ? 'CAPTURED'
                : 'PART_CAPTURED';
        expect(order.status).toBe(expected);
        expect(order.remaining_authorized_amount).toBe(order.status === 'CANCELLED' ? 0 : amount - order.captured_amount);
        if (order.status === 'CANCELLED') expect(order.captured_amount).toBe(0);
      });
    });
    fc.assert(property, { numRuns: 500, seed: 42 });
  });

  it.each([
    [
      'capture of 0',
      () =>
        captureOrder(authorizeOrder({ order_id: ORDER_ID, purchase_currency: 'EUR', order_amount: 10 }), { captured_amount: 0 }, ctx(0)),
      'BAD_VALUE',
    ],
    [
      'capture over',
      () =>
        captureOrder(authorizeOrder({ order_id: ORDER_ID, purchase_currency: 'EUR', order_amount: 10 }), { captured_amount: 11 }, ctx(0)),
      'CAPTURE_NOT_ALLOWED',
    ],
    [
      'refund with nothing captured',
      () => refundOrder(authorizeOrder({ order_id: ORDER_ID, purchase_currency: 'EUR', order_amount: 10 }), { refunded_amount: 1 }, ctx(0)),
      'REFUND_NOT_ALLOWED',
    ],
  ])('ledger > %s is refused with %s', (_name, run, code) => {
    const result = run();
    expect(result.ok ? null : result.error.code).toBe(code);
  });

  it('ledger > authorizing a non-positive amount throws a RangeError', () => {
    expect(() => authorizeOrder({ order_id: ORDER_ID, purchase_currency: 'EUR', order_amount: 0 })).toThrow(RangeError);
  });
});
