/**
 * The Kustom Order Management mock under concurrency, as properties: fast-check generates orders and
 * over 1,000 requests per run (captures, refunds, cancels, reads, some with bad amounts), each
 * keyed request sent up to 4 times with the same `Klarna-Idempotency-Key`; its scheduler releases
 * them in a random order, all in flight at once through real `fetch` intercepted by MSW. After
 * every run each order keeps its invariants, every state a concurrent read saw kept them too, and
 * every response for one key is the same response.
 */
import fc from 'fast-check';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRandomSource } from '../mocks/fixtures/random-source.js';
import { basicAuthHeader, createKustomMock, IDEMPOTENCY_HEADER, type Order } from '../mocks/msw/index.js';

const credentials = { username: 'K501661_reliability', password: 'kustom-test-password' };
const BASE = 'https://api.kustom.co/ordermanagement/v1/orders';
const kustom = createKustomMock({ credentials, seed: 11 });
const server = setupServer(...kustom.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

type Kind = 'capture' | 'refund' | 'cancel' | 'read';
/** One logical request; a keyed one is sent `copies` times with the same key (a client retrying). */
interface Planned {
  order: number;
  kind: Kind;
  amount: unknown;
  key: string | null;
  copies: number;
}
interface Sent {
  request: number;
  status: number;
  body: string;
  id: string | null;
  location: string | null;
}

/** Per order: its authorized amount and how its requests split between the kinds (weights). */
const orderArb = fc.record({
  amount: fc.integer({ min: 5_000, max: 60_000 }),
  weights: fc.tuple(
    fc.integer({ min: 1, max: 10 }),
    fc.integer({ min: 0, max: 8 }),
    fc.integer({ min: 0, max: 8 }),
    fc.integer({ min: 0, max: 2 }),
  ),
});
const requestArb = fc.record({
  order: fc.nat(),
  roll: fc.integer({ min: 0, max: 9_999 }), // which kind, by the order's weights (fc.double is not uniform)
  amount: fc.oneof(
    { weight: 30, arbitrary: fc.integer({ min: 1, max: 400 }) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(0, -100, 12.5, '100', null) },
  ),
  keyed: fc.boolean(),
  copies: fc.integer({ min: 1, max: 4 }),
});
const scenarioArb = fc.record({
  orders: fc.array(orderArb, { minLength: 1, maxLength: 4 }),
  requests: fc.array(requestArb, { minLength: 1_000, maxLength: 1_200 }),
  keySeed: fc.integer(),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function plan(scenario: Scenario): Planned[] {
  const keys = createRandomSource(scenario.keySeed);
  return scenario.requests.map((r) => {
    const order = r.order % scenario.orders.length;
    const weights = scenario.orders[order]!.weights;
    let left = (r.roll / 10_000) * weights.reduce((s, w) => s + w, 0);
    const kind =
      (['capture', 'refund', 'cancel', 'read'] as const).find((_, i) => {
        left -= weights[i]!;
        return left < 0;
      }) ?? 'capture';
    const key = r.keyed && kind !== 'read' ? keys.uuidV4() : null;
    return { order, kind, amount: r.amount, key, copies: key ? r.copies : 1 };
  });
}

async function send(orderId: string, planned: Planned, request: number): Promise<Sent> {
  const path = { capture: '/captures', refund: '/refunds', cancel: '/cancel', read: '' }[planned.kind];
  const body =
    planned.kind === 'capture'
      ? { captured_amount: planned.amount }
      : planned.kind === 'refund'
        ? { refunded_amount: planned.amount }
        : undefined;
  const response = await fetch(`${BASE}/${orderId}${path}`, {
    method: planned.kind === 'read' ? 'GET' : 'POST',
    headers: {
      Authorization: basicAuthHeader(credentials),
      'Content-Type': 'application/json',
      ...(planned.key ? { [IDEMPOTENCY_HEADER]: planned.key } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const id = response.headers.get('Capture-Id') ?? response.headers.get('Refund-Id');
  return { request, status: response.status, body: await response.text(), id, location: response.headers.get('Location') };
}

/** The invariants of one order, whatever happened to it. */
function expectConsistent(order: Order, label: string): void {
  const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
  expect(order.captured_amount, `${label}: captured ≤ authorized`).toBeLessThanOrEqual(order.order_amount);
  expect(order.refunded_amount, `${label}: refunded ≤ captured`).toBeLessThanOrEqual(order.captured_amount);
  expect(sum(order.captures.map((c) => c.captured_amount)), `${label}: captures add up`).toBe(order.captured_amount);
  expect(sum(order.refunds.map((r) => r.refunded_amount)), `${label}: refunds add up`).toBe(order.refunded_amount);
  expect(sum(order.captures.map((c) => c.refunded_amount)), `${label}: refunds booked on captures`).toBe(order.refunded_amount);
  expect(
    order.captures.every((c) => c.refunded_amount <= c.captured_amount),
    `${label}: no capture over-refunded`,
  ).toBe(true);
  const status =
    order.status === 'CANCELLED'
      ? 'CANCELLED'
      : order.captured_amount === 0
        ? 'AUTHORIZED'
        : order.captured_amount < order.order_amount
          ? 'PART_CAPTURED'
          : 'CAPTURED';
  expect(order.status, `${label}: status matches the amounts`).toBe(status);
  if (order.status === 'CANCELLED')
    expect([order.captured_amount, order.remaining_authorized_amount, order.captures.length], `${label}: cancelled`).toEqual([0, 0, 0]);
  else expect(order.remaining_authorized_amount, `${label}: remaining`).toBe(order.order_amount - order.captured_amount);
}

describe('reliability > order management under concurrency', () => {
  const seen = { runs: 0, sends: 0, keyedCopies: 0, captured: 0, refusedCaptures: 0, refunded: 0, cancelled: 0, badAmounts: 0, reads: 0 };

  it('order management > 1,000+ interleaved concurrent captures, refunds, cancels and keyed retries keep every invariant', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, fc.scheduler(), async (scenario, s) => {
        kustom.reset();
        const orders = scenario.orders.map((o) => kustom.orders.authorize({ order_amount: o.amount, purchase_currency: 'SEK' }));
        const planned = plan(scenario);
        const sends = planned.flatMap((p, request) => Array.from({ length: p.copies }, () => request));
        expect(sends.length).toBeGreaterThanOrEqual(1_000);

        // The scheduler releases the sends in an order fast-check draws; all are in flight at once.
        const results = sends.map((request) =>
          s.schedule(Promise.resolve(request)).then(() => send(orders[planned[request]!.order]!.order_id, planned[request]!, request)),
        );
        await s.waitAll();
        const sent = await Promise.all(results);

        // No 5xx, and each kind answers only what it may.
        const allowed: Record<Kind, number[]> = { capture: [201, 400, 403], refund: [201, 400, 403], cancel: [204, 403], read: [200] };
        expect(
          sent
            .filter((r) => !allowed[planned[r.request]!.kind].includes(r.status))
            .map((r) => [planned[r.request]!.kind, r.status, r.body]),
        ).toEqual([]);

        // One result per idempotency key: every copy got the same response.
        const byRequest = new Map<number, Sent[]>();
        for (const r of sent) byRequest.set(r.request, [...(byRequest.get(r.request) ?? []), r]);
        for (const [request, copies] of byRequest) {
          if (planned[request]!.key === null) continue;
          // A malformed request (400) is not remembered under its key: its copies are refused alike,
          // each with its own correlation id.
          const outcome = (c: Sent) =>
            c.status === 400
              ? JSON.stringify([c.status, (JSON.parse(c.body) as { error_code: string }).error_code])
              : JSON.stringify([c.status, c.body, c.id, c.location]);
          expect(new Set(copies.map(outcome)).size, `key of request ${request}`).toBe(1);
        }

        orders.forEach((authorized, index) => {
          const order = kustom.orders.get(authorized.order_id)!;
          expectConsistent(order, `order ${index}`);
          // Exactly the accepted requests were carried out: a keyed one once, however often it was sent.
          const accepted = (kind: Kind, status: number) =>
            [...byRequest]
              .filter(([request]) => planned[request]!.order === index && planned[request]!.kind === kind)
              .flatMap(([request, copies]) =>
                (planned[request]!.key ? copies.slice(0, 1) : copies)
                  .filter((c) => c.status === status)
                  .map((c) => ({ amount: planned[request]!.amount as number, id: c.id })),
              );
          const captures = accepted('capture', 201);
          const refunds = accepted('refund', 201);
          expect(order.captures.map((c) => c.capture_id).sort()).toEqual(captures.map((c) => c.id).sort());
          expect(order.refunds.map((r) => r.refund_id).sort()).toEqual(refunds.map((r) => r.id).sort());
          expect(order.captured_amount).toBe(captures.reduce((n, c) => n + c.amount, 0));
          expect(order.refunded_amount).toBe(refunds.reduce((n, r) => n + r.amount, 0));
          // No capture after a cancel, and no cancel after a capture.
          const cancels = accepted('cancel', 204);
          expect(cancels.length > 0 && captures.length > 0, `order ${index}: both cancelled and captured`).toBe(false);
          expect(order.status === 'CANCELLED').toBe(cancels.length > 0);
          seen.captured += captures.length;
          seen.refunded += refunds.length;
          seen.cancelled += order.status === 'CANCELLED' ? 1 : 0;
          seen.refusedCaptures += accepted('capture', 403).length;
        });

        // Every state a concurrent read saw was consistent too.
        for (const read of sent.filter((r) => planned[r.request]!.kind === 'read'))
          expectConsistent(JSON.parse(read.body) as Order, `read ${read.request}`);

        seen.runs++;
        seen.sends += sent.length;
        seen.keyedCopies += sends.length - byRequest.size;
        seen.badAmounts += sent.filter((r) => r.status === 400).length;
        seen.reads += sent.filter((r) => planned[r.request]!.kind === 'read').length;
      }),
      { seed: 20261125, numRuns: 6, endOnFailure: true },
    );
    // The runs exercised every path (the properties above are not vacuous).
    expect(seen.runs).toBe(6);
    for (const [name, count] of Object.entries(seen)) expect(count, name).toBeGreaterThan(0);
    console.info(`reliability: order management ${JSON.stringify(seen)}`);
  }, 60_000);
});
