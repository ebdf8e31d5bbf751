/** hookproof/msw in process: the call journal, faults per order, held sessions and redeliveries. */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { basicAuthHeader, createKustomMock } from '../mocks/msw/index.js';

const credentials = { username: 'K1', password: 's3cret' };
const API = 'https://api.playground.kustom.co';
const kustom = createKustomMock({ credentials, seed: 5 });
const server = setupServer(...kustom.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => kustom.reset());
afterAll(() => server.close());

const capture = (orderId: string, key = '1b4e28ba-2fa1-41d2-883f-0016d3cca427') =>
  fetch(`${API}/ordermanagement/v1/orders/${orderId}/captures`, {
    method: 'POST',
    headers: { Authorization: basicAuthHeader(credentials), 'Klarna-Idempotency-Key': key },
    body: JSON.stringify({ captured_amount: 500 }),
  });

describe('msw > faults and the call journal', () => {
  it('faults > a lost response: fetch rejects, the capture was applied, the journal says lost', async () => {
    const { order_id } = kustom.orders.authorize({ order_amount: 500 });
    kustom.injectFault(order_id, { kind: 'lost' });
    await expect(capture(order_id)).rejects.toThrow();
    expect(kustom.orders.get(order_id)).toMatchObject({ status: 'CAPTURED', captured_amount: 500 });
    expect((await capture(order_id)).status).toBe(201);
    expect(kustom.calls.map((c) => [c.kind, c.status, c.fault])).toEqual([
      ['capture', null, 'lost'],
      ['capture', 201, null],
    ]);
    expect(kustom.calls[0]?.headers['klarna-idempotency-key']).toBe('1b4e28ba-2fa1-41d2-883f-0016d3cca427');
  });

  it.each([
    ['times 2', { kind: 'status', status: 502, times: 2 } as const, [502, 502, 201]],
    ['reads only', { kind: 'status', operation: 'read' } as const, [201]],
  ])('faults > %s', async (_name, fault, statuses) => {
    const { order_id } = kustom.orders.authorize({ order_amount: 500 });
    kustom.injectFault(order_id, fault);
    const seen: number[] = [];
    for (const _ of statuses) seen.push((await capture(order_id, crypto.randomUUID())).status);
    expect(seen).toEqual(statuses);
  });

  it('orders > capture outside the receiver takes the remaining amount; a second is refused', () => {
    const { order_id } = kustom.orders.authorize({ order_amount: 700 });
    expect(kustom.orders.capture(order_id)).toMatchObject({ captured_amount: 700 });
    expect(() => kustom.orders.capture(order_id, 1)).toThrow(/Cannot capture|exceeds|remaining|more than/);
  });

  it('sessions > a held session records callbacks without a receiver call until deliver', async () => {
    const received: string[] = [];
    kustom.setReceiver({
      target: async (request) => {
        received.push(((await request.json()) as { type: string }).type);
        return new Response(null, { status: 200 });
      },
    });
    const session = kustom.sessions.create({ device_id: 'd1', order_amount: 100, purchase_currency: 'EUR' }, { hold: true });
    await kustom.simulate(session.session_id, 'finalized');
    expect(received).toEqual([]);
    await kustom.sessions.deliver(session.session_id, 'ipp.session.finalized');
    await kustom.sessions.deliver(session.session_id, 'ipp.session.created', { copies: 2 });
    expect(received).toEqual(['ipp.session.finalized', 'ipp.session.created', 'ipp.session.created']);
  });
});
