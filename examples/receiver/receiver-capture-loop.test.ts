/**
 * The whole loop, end to end: the merchant backend starts an IPP session on the Kustom API (mocked
 * by MSW), the mock delivers the signed callbacks over loopback HTTP to the receiver, the device is
 * simulated to finalize, and the receiver captures the order through Order Management.
 */

import { basicAuthHeader, createKustomMock, type IppSession } from 'hookproof/msw';
import { sendWebhook, signKustom, testSecrets } from 'hookproof/sender';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { captureIdempotencyKey } from './capture-on-finalized.js';
import { createReceiver } from './receiver-app.js';
import { type RunningReceiver, startReceiver, testReceiverConfig } from './server.js';

const credentials = { username: 'K501661_7c1ac4b3d5f0', password: 'kustom-test-password' };
const KUSTOM_API = 'https://api.playground.kustom.co';
const orderManagement = { baseUrl: KUSTOM_API, credentials };

const kustom = createKustomMock({ credentials, seed: 11 });
const server = setupServer(...kustom.handlers);
let running: RunningReceiver;

beforeAll(async () => {
  // The Kustom API is mocked; the receiver on 127.0.0.1 is real and reached over the network.
  server.listen({ onUnhandledRequest: (request, print) => void (new URL(request.url).hostname === '127.0.0.1' || print.error()) });
  running = await startReceiver({ ...testReceiverConfig, orderManagement });
  kustom.setReceiver({ target: `${running.url}/webhooks/kustom` });
});
afterEach(() => kustom.reset());
afterAll(async () => {
  await running.close();
  server.close();
});

/** What the merchant backend does at the till: start a session on the device. */
async function startSession(amount: number): Promise<IppSession> {
  const response = await fetch(`${KUSTOM_API}/ipp/v1/sessions?location_id=loc_gbg_2`, {
    method: 'POST',
    headers: { Authorization: basicAuthHeader(credentials), 'Content-Type': 'application/json' },
    body: JSON.stringify({ device_id: 'dev_till_3', order_amount: amount, purchase_currency: 'SEK', merchant_reference1: 'R-88' }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as IppSession;
}

const capturesOf = (orderId: string) => running.receiver.store.captures.filter((c) => c.orderId === orderId);

describe('receiver > capture loop', () => {
  it('loop > create → created → simulate → finalized → the receiver captures → order CAPTURED', async () => {
    const session = await startSession(24_900);
    const finalized = await kustom.simulate(session.session_id, 'finalized');
    await running.receiver.idle();

    const orderId = finalized.order_id!;
    const order = kustom.orders.get(orderId)!;
    expect(order).toMatchObject({ status: 'CAPTURED', captured_amount: 24_900, remaining_authorized_amount: 0 });
    expect(order.captures).toHaveLength(1);
    expect(capturesOf(orderId)).toEqual([
      {
        orderId,
        eventId: kustom.events.at(-1)!.id,
        status: 'captured',
        amount: 24_900,
        captureId: order.captures[0]!.capture_id,
        attempts: 1,
      },
    ]);
    expect(kustom.deliveries.map((d) => [d.event.type, d.outcome, d.record?.attempts.map((a) => a.status)])).toEqual([
      ['ipp.session.created', 'delivered', [200]],
      ['ipp.session.activated', 'delivered', [200]],
      ['ipp.session.finalized', 'delivered', [200]],
    ]);
    const processed = running.receiver.store.processed.filter((p) => kustom.events.some((e) => e.id === p.eventId));
    expect(processed.map((p) => p.kind)).toEqual([
      'kustom.ipp.session.created',
      'kustom.ipp.session.activated',
      'kustom.ipp.session.finalized',
    ]);
  });

  it('loop > a session cancelled through the API gets its callback and no order is captured', async () => {
    const session = await startSession(5_000);
    const response = await fetch(`${KUSTOM_API}/ipp/v1/sessions/${session.session_id}/cancel`, {
      method: 'PUT',
      headers: { Authorization: basicAuthHeader(credentials) },
    });
    expect(response.status).toBe(200);
    await kustom.settled();
    await running.receiver.idle();
    expect(kustom.deliveries.map((d) => [d.event.type, d.outcome])).toEqual([
      ['ipp.session.created', 'delivered'],
      ['ipp.session.cancelled', 'delivered'],
    ]);
    expect(kustom.orders.list()).toEqual([]);
  });

  it('loop > a finalized callback delivered twice is acknowledged twice and captured once', async () => {
    kustom.setReceiver({ target: `${running.url}/webhooks/kustom`, duplicate: true });
    try {
      const session = await startSession(9_900);
      const { order_id } = await kustom.simulate(session.session_id, 'finalized');
      await running.receiver.idle();
      expect(kustom.deliveries.every((d) => d.record?.outcome === 'delivered')).toBe(true);
      expect(kustom.orders.get(order_id!)?.captures).toHaveLength(1);
      expect(capturesOf(order_id!)).toHaveLength(1);
    } finally {
      kustom.setReceiver({ target: `${running.url}/webhooks/kustom` });
    }
  });

  it('loop > two receiver instances given the same finalized event capture once (the idempotency key)', async () => {
    const session = await startSession(7_500);
    kustom.setReceiver(null); // deliver the finalized event by hand, to two instances at once
    const { order_id } = await kustom
      .simulate(session.session_id, 'finalized')
      .finally(() => kustom.setReceiver({ target: `${running.url}/webhooks/kustom` }));
    const finalized = kustom.events.at(-1)!;
    const instances = [
      createReceiver({ ...testReceiverConfig, orderManagement }),
      createReceiver({ ...testReceiverConfig, orderManagement }),
    ];
    await Promise.all(
      instances.map((r) =>
        sendWebhook({ event: finalized, target: r.fetch, handlerUrl: 'http://localhost/webhooks/kustom', schedule: [0] }),
      ),
    );
    await Promise.all(instances.map((r) => r.idle()));
    const order = kustom.orders.get(order_id!)!;
    expect(order).toMatchObject({ status: 'CAPTURED', captured_amount: 7_500 });
    expect(order.captures).toHaveLength(1);
    const outcomes = instances.flatMap((r) => r.store.captures);
    // Each instance either captured (the same capture, replayed for the same key) or found nothing left.
    expect(outcomes.every((o) => o.status === 'captured' || o.status === 'nothing-to-capture')).toBe(true);
    expect(new Set(outcomes.flatMap((o) => (o.status === 'captured' ? [o.captureId] : [])))).toEqual(
      new Set([order.captures[0]!.capture_id]),
    );
  });

  it.each([
    ['an order Kustom does not know', 'failed', false],
    ['an order already captured elsewhere', 'nothing-to-capture', true],
  ])('loop > a finalized event for %s is acknowledged; the capture is recorded as %s', async (_name, status, exists) => {
    const receiver = createReceiver({ ...testReceiverConfig, orderManagement });
    const orderId = exists ? kustom.orders.authorize({ order_amount: 100 }).order_id : '0b9e5a1c-2d3f-4a5b-8c6d-7e8f9a0b1c2d';
    if (exists) {
      const res = await fetch(`${KUSTOM_API}/ordermanagement/v1/orders/${orderId}/captures`, {
        method: 'POST',
        headers: { Authorization: basicAuthHeader(credentials), 'Content-Type': 'application/json' },
        body: JSON.stringify({ captured_amount: 100 }),
      });
      expect(res.status).toBe(201);
    }
    const body = JSON.stringify({
      id: 'kevt_0123456789abcdefABCDEF',
      merchant_id: 'DM11917000',
      timestamp: '2026-06-05T18:33:39.608920367Z',
      type: 'ipp.session.finalized',
      data: { session_id: 'dc01aa86-fb99-4d05-97dc-e79a22650f9a', order_id: orderId, failure_reason: null },
    });
    const response = await receiver.fetch(
      new Request('http://localhost/webhooks/kustom', {
        method: 'POST',
        body,
        headers: await signKustom({ body, secrets: testSecrets.kustom }),
      }),
    );
    expect(response.status).toBe(200);
    await receiver.idle();
    expect(receiver.store.captures).toEqual([expect.objectContaining({ orderId, status })]);
  });

  it('key > the capture idempotency key is a stable UUID per order', () => {
    const a = captureIdempotencyKey('ccf4e76a-f56d-4d3a-abf9-f4fe941f0a1f');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(captureIdempotencyKey('ccf4e76a-f56d-4d3a-abf9-f4fe941f0a1f')).toBe(a);
    expect(captureIdempotencyKey('dc01aa86-fb99-4d05-97dc-e79a22650f9a')).not.toBe(a);
  });
});
