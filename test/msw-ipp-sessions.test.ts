/**
 * Kustom IPP API mock: sessions through the API and `simulate`, the callbacks it emits through the
 * sender (signed, in order, recorded), and the order a finalized session authorizes.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { basicAuthHeader, createKustomMock, type IppSession, KustomMockError } from '../mocks/msw/index.js';
import { testSecrets, verifyKustomSignature } from '../mocks/sender/index.js';
import { type KustomIppSessionEvent, parseWebhook } from '../src/index.js';

const credentials = { username: 'K501661_7c1ac4b3d5f0', password: 'kustom-test-password' };
const BASE = 'https://api.playground.kustom.co';

/** An in-process receiver that verifies each delivery and keeps what it got. */
function recordingReceiver(status = 200) {
  const received: { event: KustomIppSessionEvent; verified: boolean }[] = [];
  const handler = async (request: Request): Promise<Response> => {
    const body = await request.text();
    const verified = await verifyKustomSignature({ body, headers: request.headers, secrets: testSecrets.kustom }).then(
      () => true,
      () => false,
    );
    const parsed = parseWebhook(body, { provider: 'kustom' });
    if (parsed.ok && parsed.kind === 'variant') received.push({ event: parsed.event as KustomIppSessionEvent, verified });
    return new Response(null, { status });
  };
  return { received, handler };
}

const receiver = recordingReceiver();
const kustom = createKustomMock({ credentials, receiver: { target: receiver.handler }, merchantId: 'DM11917000' });
const server = setupServer(...kustom.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  kustom.reset();
  kustom.setReceiver({ target: receiver.handler });
  receiver.received.length = 0;
});
afterAll(() => server.close());

async function call(method: string, path: string, body?: unknown, auth = true): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: basicAuthHeader(credentials) } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
}

const sessionRequest = {
  device_id: 'dev_7Kq2',
  order_amount: 12_900,
  purchase_currency: 'SEK',
  order_tax_amount: 2_580,
  merchant_reference1: 'POS-4411',
  order_items: [{ name: 'Running shoes', quantity: 1, unit_price: 12_900, total_amount: 12_900, tax_rate: 2_500, total_tax_amount: 2_580 }],
};
const createSession = async (): Promise<IppSession> => {
  const res = await call('POST', '/ipp/v1/sessions?location_id=loc_stockholm_1', sessionRequest);
  expect(res.status).toBe(201);
  return res.body as IppSession;
};
const types = () => receiver.received.map((r) => r.event.type);

describe('msw > ipp > sessions API', () => {
  it('create > 201 with a CREATED session, and ipp.session.created is delivered, signed', async () => {
    const session = await createSession();
    expect(session).toMatchObject({
      status: 'CREATED',
      device_id: 'dev_7Kq2',
      order_amount: 12_900,
      location_id: 'loc_stockholm_1',
      order_id: null,
    });
    expect(kustom.sessions.get(session.session_id)).toEqual(session);
    await kustom.settled();
    expect(receiver.received).toEqual([
      { event: expect.objectContaining({ type: 'ipp.session.created', merchant_id: 'DM11917000' }), verified: true },
    ]);
    expect(receiver.received[0]!.event.data.session_id).toBe(session.session_id);
  });

  it.each([
    ['no location_id', '/ipp/v1/sessions', sessionRequest],
    ['no device_id', '/ipp/v1/sessions?location_id=l', { ...sessionRequest, device_id: undefined }],
    ['a zero amount', '/ipp/v1/sessions?location_id=l', { ...sessionRequest, order_amount: 0 }],
    ['a lowercase currency', '/ipp/v1/sessions?location_id=l', { ...sessionRequest, purchase_currency: 'sek' }],
    [
      'an item without a name',
      '/ipp/v1/sessions?location_id=l',
      { ...sessionRequest, order_items: [{ quantity: 1, unit_price: 1, total_amount: 1 }] },
    ],
  ])('create > %s is 400 BAD_VALUE and emits nothing', async (_name, path, body) => {
    const res = await call('POST', path, body);
    expect(res).toMatchObject({ status: 400, body: { error_code: 'BAD_VALUE' } });
    await kustom.settled();
    expect([kustom.sessions.list(), kustom.events]).toEqual([[], []]);
  });

  it('create > without credentials is 401', async () => {
    expect(await call('POST', '/ipp/v1/sessions?location_id=l', sessionRequest, false)).toMatchObject({
      status: 401,
      body: { error_code: 'UNAUTHORIZED' },
    });
  });

  it('cancel > 200 CANCELLED and ipp.session.cancelled follows created', async () => {
    const session = await createSession();
    const res = await call('PUT', `/ipp/v1/sessions/${session.session_id}/cancel`);
    expect(res).toMatchObject({ status: 200, body: { session_id: session.session_id, status: 'CANCELLED' } });
    await kustom.settled();
    expect(types()).toEqual(['ipp.session.created', 'ipp.session.cancelled']);
    expect(kustom.orders.list()).toEqual([]);
  });

  it('cancel > an unknown session is 404 NO_SUCH_SESSION; a finalized one 403 NOT_ALLOWED', async () => {
    expect(await call('PUT', '/ipp/v1/sessions/6a1f0a4e-1c2b-4d3e-8f4a-5b6c7d8e9f00/cancel')).toMatchObject({
      status: 404,
      body: { error_code: 'NO_SUCH_SESSION' },
    });
    const session = await createSession();
    await kustom.simulate(session.session_id, 'finalized');
    expect(await call('PUT', `/ipp/v1/sessions/${session.session_id}/cancel`)).toMatchObject({
      status: 403,
      body: { error_code: 'NOT_ALLOWED' },
    });
  });
});

describe('msw > ipp > simulate', () => {
  it('finalized > created → activated → finalized, one session id, and an AUTHORIZED order with the same order_id', async () => {
    const session = await createSession();
    const finalized = await kustom.simulate(session.session_id, 'finalized');
    expect(types()).toEqual(['ipp.session.created', 'ipp.session.activated', 'ipp.session.finalized']);
    expect(new Set(receiver.received.map((r) => r.event.data.session_id))).toEqual(new Set([session.session_id]));
    expect(receiver.received.every((r) => r.verified)).toBe(true);
    const orderId = receiver.received[2]!.event.data.order_id!;
    expect(finalized).toMatchObject({ status: 'FINALIZED', order_id: orderId });
    expect(kustom.orders.get(orderId)).toMatchObject({
      status: 'AUTHORIZED',
      order_amount: 12_900,
      remaining_authorized_amount: 12_900,
      purchase_currency: 'SEK',
      merchant_reference1: 'POS-4411',
      order_lines: [expect.objectContaining({ name: 'Running shoes', total_amount: 12_900 })],
    });
  });

  it('events > every callback is valid against its schema and timestamps increase', async () => {
    const session = await createSession();
    await kustom.simulate(session.session_id, 'activated');
    await kustom.simulate(session.session_id, 'cancelled');
    const events = kustom.events;
    expect(events.map((e) => parseWebhook(e, { strict: true })).map((r) => (r.ok ? r.variant : r.errors))).toEqual([
      'kustom.ipp.session.created',
      'kustom.ipp.session.activated',
      'kustom.ipp.session.cancelled',
    ]);
    expect(new Set(events.map((e) => e.id)).size).toBe(3);
    expect([...events.map((e) => e.timestamp)].sort()).toEqual(events.map((e) => e.timestamp));
  });

  it.each([
    ['activated twice', ['activated', 'activated']],
    ['finalized after cancelled', ['cancelled', 'finalized']],
    ['cancelled after finalized', ['finalized', 'cancelled']],
  ] as const)('errors > %s rejects with KustomMockError NOT_ALLOWED', async (_name, steps) => {
    const session = await createSession();
    await kustom.simulate(session.session_id, steps[0]);
    const error = await kustom.simulate(session.session_id, steps[1]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KustomMockError);
    expect((error as KustomMockError).error.code).toBe('NOT_ALLOWED');
  });

  it('errors > an unknown session rejects with NO_SUCH_SESSION', async () => {
    const error = await kustom.simulate('00000000-0000-4000-8000-000000000000', 'activated').catch((e: unknown) => e);
    expect((error as KustomMockError).error.code).toBe('NO_SUCH_SESSION');
  });

  it('concurrency > callbacks of many sessions arrive in order per session', async () => {
    const sessions = await Promise.all(Array.from({ length: 20 }, createSession));
    await Promise.all(sessions.map((s) => kustom.simulate(s.session_id, 'finalized')));
    await kustom.settled();
    for (const s of sessions) {
      const mine = receiver.received.filter((r) => r.event.data.session_id === s.session_id).map((r) => r.event.type);
      expect(mine).toEqual(['ipp.session.created', 'ipp.session.activated', 'ipp.session.finalized']);
    }
    expect(kustom.orders.list()).toHaveLength(20);
  });
});

describe('msw > ipp > deliveries', () => {
  it('deliveries > each is recorded with the sender record and outcome', async () => {
    const session = await createSession();
    await kustom.simulate(session.session_id, 'finalized');
    expect(kustom.deliveries.map((d) => [d.event.type, d.outcome, d.record?.attempts.length])).toEqual([
      ['ipp.session.created', 'delivered', 1],
      ['ipp.session.activated', 'delivered', 1],
      ['ipp.session.finalized', 'delivered', 1],
    ]);
    expect(kustom.deliveries.every((d) => d.sessionId === session.session_id && d.record?.eventId === d.event.id)).toBe(true);
  });

  it('deliveries > a receiver that answers 500 is retried on the fast schedule and the delivery fails', async () => {
    const failing = recordingReceiver(500);
    kustom.setReceiver({ target: failing.handler });
    const session = await createSession();
    await kustom.settled();
    expect(kustom.deliveries).toHaveLength(1);
    expect(kustom.deliveries[0]).toMatchObject({ outcome: 'failed', record: { failure: 'exhausted' } });
    expect(kustom.deliveries[0]!.record!.attempts.map((a) => a.status)).toEqual([500, 500, 500, 500]);
    expect(failing.received.map((r) => r.event.data.session_id)).toEqual(Array(4).fill(session.session_id));
  });

  it('deliveries > with duplicate, every request the receiver gets is a recorded delivery, copy 1 and 2', async () => {
    const twice = recordingReceiver(200);
    kustom.setReceiver({ target: twice.handler, duplicate: true });
    const session = await createSession();
    await kustom.simulate(session.session_id, 'finalized');
    await kustom.settled();
    expect(twice.received).toHaveLength(6);
    expect(kustom.deliveries.map((d) => [d.event.type, d.copy, d.outcome, d.record?.copy])).toEqual([
      ['ipp.session.created', 1, 'delivered', 1],
      ['ipp.session.created', 2, 'delivered', 2],
      ['ipp.session.activated', 1, 'delivered', 1],
      ['ipp.session.activated', 2, 'delivered', 2],
      ['ipp.session.finalized', 1, 'delivered', 1],
      ['ipp.session.finalized', 2, 'delivered', 2],
    ]);
  });

  it('deliveries > without a receiver, callbacks are recorded as events but not delivered', async () => {
    kustom.setReceiver(null);
    const session = await createSession();
    await kustom.simulate(session.session_id, 'finalized');
    expect(kustom.events.map((e) => e.type)).toEqual(['ipp.session.created', 'ipp.session.activated', 'ipp.session.finalized']);
    expect([kustom.deliveries, receiver.received]).toEqual([[], []]);
  });

  it('reset > forgets sessions, orders, events and deliveries, and never reuses an id', async () => {
    const first = await createSession();
    await kustom.simulate(first.session_id, 'finalized');
    const before = kustom.events.map((e) => e.id);
    kustom.reset();
    expect([kustom.sessions.list(), kustom.orders.list(), kustom.events, kustom.deliveries]).toEqual([[], [], [], []]);
    const again = await createSession();
    await kustom.simulate(again.session_id, 'finalized');
    expect(again.session_id).not.toBe(first.session_id);
    expect(kustom.events.map((e) => e.id).filter((id) => before.includes(id))).toEqual([]);
  });

  it('seed > two mocks with one seed assign the same ids', async () => {
    const a = createKustomMock({ credentials, seed: 5 });
    const b = createKustomMock({ credentials, seed: 5 });
    expect(a.orders.authorize({ order_amount: 1 }).order_id).toBe(b.orders.authorize({ order_amount: 1 }).order_id);
    expect(a.merchantId).toBe(b.merchantId);
  });
});
