/**
 * `hookproof mock`: the MSW handlers of Order Management and IPP over real HTTP, the control API, the
 * faults (503, delay, a response lost after the capture was applied) and the signed callbacks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basicAuthHeader } from '../mocks/msw/index.js';
import { startKustomMockServer } from '../mocks/server/kustom-mock-server.js';
import { type LoopbackReceiver, startLoopbackReceiver, verifying } from './sender-receiver.js';
import { type MockProcess, startMockProcess } from './support/mock-process.js';
import { runCli } from './support/run-cli.js';

const SECRET = 'whsec_bW9jay1zZXJ2ZXItdGVzdC1zZWNyZXQ=';
const auth = { Authorization: basicAuthHeader({ username: 'U', password: 'W' }) };
const KEY = '6f1c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b';

let mock: MockProcess;
let receiver: LoopbackReceiver;
beforeAll(async () => {
  [mock, receiver] = await Promise.all([
    startMockProcess(['--username', 'U', '--password', 'W', '--kustom-secret', SECRET]),
    startLoopbackReceiver(verifying, { kustom: SECRET }),
  ]);
});
afterAll(async () => {
  await receiver.close();
  if (mock.child.exitCode === null) await mock.stop();
});

const control = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${mock.url}/__hookproof${path}`, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return { status: response.status, body: response.status === 204 ? null : ((await response.json()) as Record<string, unknown>) };
};
const newOrder = async (amount = 1_000) => (await control('POST', '/orders', { order_amount: amount })).body?.order_id as string;
const capture = (orderId: string, headers: Record<string, string> = auth, amount = 1_000) =>
  fetch(`${mock.url}/ordermanagement/v1/orders/${orderId}/captures`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ captured_amount: amount }),
  });

describe('hookproof mock > the rules of the MSW mocks over HTTP', () => {
  it('mock > prints the base URL on one line, on loopback', () => {
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it.each([
    ['no Basic auth', {}, 401],
    ['wrong Basic auth', { Authorization: basicAuthHeader({ username: 'U', password: 'nope' }) }, 401],
  ])('mock > a capture with %s is answered %i', async (_name, headers, status) => {
    const response = await capture(await newOrder(), headers);
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ error_code: 'UNAUTHORIZED' });
  });

  it('mock > an unknown order is 404 NO_SUCH_ORDER', async () => {
    const response = await fetch(`${mock.url}/ordermanagement/v1/orders/0b9e5a1c-2d3f-4a5b-8c6d-7e8f9a0b1c2d`, { headers: auth });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error_code: 'NO_SUCH_ORDER' });
  });

  it('mock > a capture is 201 with Capture-Id; a replay with the same key gets the same capture, applied once', async () => {
    const orderId = await newOrder();
    const first = await capture(orderId, { ...auth, 'Klarna-Idempotency-Key': KEY });
    const replay = await capture(orderId, { ...auth, 'Klarna-Idempotency-Key': KEY });
    expect([first.status, replay.status]).toEqual([201, 201]);
    expect(first.headers.get('capture-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(replay.headers.get('capture-id')).toBe(first.headers.get('capture-id'));
    expect(first.headers.get('location')).toBe(
      `${mock.url}/ordermanagement/v1/orders/${orderId}/captures/${first.headers.get('capture-id')}`,
    );
    const { body } = await control('GET', `/orders/${orderId}`);
    expect(body?.order).toMatchObject({ status: 'CAPTURED', captured_amount: 1_000 });
    const calls = body?.calls as { kind: string; status: number; headers: Record<string, string> }[];
    expect(calls.map((c) => [c.kind, c.status, c.headers['klarna-idempotency-key']])).toEqual([
      ['capture', 201, KEY],
      ['capture', 201, KEY],
    ]);
  });

  it('mock > an unknown path is 404 and the server keeps serving', async () => {
    expect((await fetch(`${mock.url}/nothing/here`)).status).toBe(404);
    expect((await control('GET', '/nothing')).status).toBe(404);
  });
});

describe('hookproof mock > faults per order', () => {
  it('fault > a 503 once: the capture is not applied, the next one is', async () => {
    const orderId = await newOrder();
    expect((await control('POST', `/orders/${orderId}/faults`, { kind: 'status', status: 503 })).status).toBe(201);
    expect((await capture(orderId)).status).toBe(503);
    expect((await capture(orderId)).status).toBe(201);
    expect((await control('GET', `/orders/${orderId}`)).body?.order).toMatchObject({
      captured_amount: 1_000,
      captures: [expect.anything()],
    });
  });

  it('fault > a response lost after the capture was applied: the connection drops, the order is captured', async () => {
    const orderId = await newOrder();
    await control('POST', `/orders/${orderId}/faults`, { kind: 'lost' });
    await expect(capture(orderId, { ...auth, 'Klarna-Idempotency-Key': KEY })).rejects.toThrow();
    expect((await control('GET', `/orders/${orderId}`)).body?.order).toMatchObject({ status: 'CAPTURED' });
    const retry = await capture(orderId, { ...auth, 'Klarna-Idempotency-Key': KEY });
    expect(retry.status).toBe(201); // the same key replays the capture that was applied
    const other = await capture(await newOrder());
    expect(other.status).toBe(201); // faults are per order
  });

  it('fault > a delay holds the call', async () => {
    const orderId = await newOrder();
    await control('POST', `/orders/${orderId}/faults`, { kind: 'delay', ms: 150, operation: 'read' });
    const started = performance.now();
    expect((await fetch(`${mock.url}/ordermanagement/v1/orders/${orderId}`, { headers: auth })).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it.each([
    [{ kind: 'explode' }, 'kind must be status, delay or lost'],
    [{ kind: 'status', status: 200 }, 'status must be an HTTP error status (400-599)'],
    [{ kind: 'delay' }, 'ms must be a delay from 0 to 60000'],
  ])('fault > %j is refused with 400', async (fault, error) => {
    expect(await control('POST', `/orders/${await newOrder()}/faults`, fault)).toEqual({ status: 400, body: { error } });
  });
});

describe('hookproof mock > sessions and callbacks', () => {
  it('callbacks > a session simulated to finalized sends created, activated, finalized, signed with --kustom-secret', async () => {
    expect((await control('PUT', '/receiver', { url: receiver.url })).status).toBe(200);
    const session = (await control('POST', '/sessions', { order_amount: 2_500 })).body as { session_id: string };
    const finalized = await control('POST', `/sessions/${session.session_id}/simulate`, { step: 'finalized' });
    expect(finalized.body).toMatchObject({ status: 'FINALIZED', order_id: expect.any(String) });
    const view = (await control('GET', `/sessions/${session.session_id}`)).body as {
      deliveries: { type: string; outcome: string }[];
      order: { order_amount: number; status: string };
    };
    expect(view.deliveries.map((d) => [d.type, d.outcome])).toEqual([
      ['ipp.session.created', 'delivered'],
      ['ipp.session.activated', 'delivered'],
      ['ipp.session.finalized', 'delivered'],
    ]);
    expect(view.order).toMatchObject({ order_amount: 2_500, status: 'AUTHORIZED' });
    const mine = receiver.received.filter((r) => r.body.toString().includes(session.session_id));
    expect(mine.map((r) => r.rejection)).toEqual([null, null, null]);
  });

  it('callbacks > a held session delivers its recorded callbacks on demand, in any order, the same event twice at once', async () => {
    const session = (await control('POST', '/sessions', { order_amount: 900, hold: true })).body as { session_id: string };
    await control('POST', `/sessions/${session.session_id}/simulate`, { step: 'finalized' });
    const before = receiver.received.length;
    const sent = await control('POST', `/sessions/${session.session_id}/deliveries`, {
      type: 'ipp.session.finalized',
      copies: 2,
      concurrent: true,
    });
    const deliveries = sent.body?.deliveries as { eventId: string; outcome: string }[];
    expect(deliveries).toHaveLength(2);
    expect(new Set(deliveries.map((d) => d.eventId)).size).toBe(1);
    expect(deliveries.every((d) => d.outcome === 'delivered')).toBe(true);
    const arrived = receiver.received.slice(before);
    expect(arrived).toHaveLength(2);
    expect(arrived[0]?.headers['webhook-id']).toBe(arrived[1]?.headers['webhook-id']);
  });

  it('reset > forgets orders, sessions and calls', async () => {
    await newOrder();
    expect((await control('POST', '/reset')).status).toBe(204);
    const state = (await control('GET', '/state')).body;
    expect([state?.orders, state?.sessions, state?.calls]).toEqual([[], [], []]);
  });
});

describe('hookproof mock > process and in-process server', () => {
  it.each([
    [['--port', 'x'], '--port must be a port number from 0 to 65535, got "x"'],
    [['--username', 'U'], '--username and --password go together'],
    [['--receiver', 'ftp://x'], '--receiver must be an http(s) URL, got "ftp://x"'],
    [['--kustom-secret', 'whsec_!!'], '--kustom-secret:'],
  ])('cli mock > %j is a usage error: one line, exit 2', async (args, message) => {
    const run = await runCli(['mock', ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(message);
  });

  it('cli mock > SIGTERM stops it cleanly with exit 0', async () => {
    const other = await startMockProcess();
    expect(await other.stop('SIGTERM')).toBe(0);
    expect(other.stderr()).toContain('Basic credentials merchant-test-user');
  });

  it('server > startKustomMockServer serves the same mock in process', async () => {
    const server = await startKustomMockServer({ credentials: { username: 'U', password: 'W' } });
    try {
      const order = server.mock.orders.authorize({ order_amount: 300 });
      const response = await fetch(`${server.url}/ordermanagement/v1/orders/${order.order_id}`, { headers: auth });
      expect(await response.json()).toMatchObject({ order_id: order.order_id, remaining_authorized_amount: 300 });
      expect(server.mock.calls.map((c) => [c.method, c.kind, c.status])).toEqual([['GET', 'read', 200]]);
    } finally {
      await server.close();
    }
  });
});
