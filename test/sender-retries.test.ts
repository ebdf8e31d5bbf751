import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type DeliveryReport, fastSchedule, retrySchedule, sendAll, sendWebhook, standardWebhooksSchedule } from '../mocks/sender/index.js';
import { closedPortUrl, inProcessReceiver, useLoopbackReceivers, verifying } from './sender-receiver.js';

const receiver = useLoopbackReceivers();
afterEach(() => {
  vi.useRealTimers();
});

const statuses = (report: DeliveryReport, i = 0) => report.deliveries[i]?.attempts.map((a) => a.status ?? a.error?.kind);

describe('sender > retries against a loopback server', () => {
  it.each([0, 1, 2, 3])('sender retries > a receiver failing its first %i attempts gets the delivery on the next', async (failures) => {
    const server = await receiver((r, n) => (n < failures ? 500 : verifying(r)));
    const report = await sendWebhook({ variant: 'kustom.ipp.session.finalized', target: server.url, schedule: fastSchedule });
    expect(statuses(report)).toEqual([...Array<number>(failures).fill(500), 200]);
    expect(report.deliveries[0]).toMatchObject({ outcome: 'delivered', failure: null });
    expect(server.received.map((r) => r.rejection)).toEqual(Array(failures + 1).fill(null)); // every attempt is validly signed
    expect(new Set(server.received.map((r) => r.headers['webhook-id'])).size).toBe(1); // one message id across retries
    expect(report.deliveries[0]?.webhookId).toBe(server.received[0]?.headers['webhook-id']);
  });

  it('sender retries > a receiver that always fails: every attempt of the schedule, then failed', async () => {
    const server = await receiver(() => 503);
    const schedule = retrySchedule(2, 5);
    const report = await sendWebhook({ variant: 'kushki.transfer.declined', target: server.url, schedule });
    expect(schedule).toEqual([0, 5, 10]);
    expect(statuses(report)).toEqual([503, 503, 503]);
    expect(report).toMatchObject({ ok: false, totals: { delivered: 0, failed: 1, attempts: 3 } });
    expect(report.deliveries[0]).toMatchObject({ outcome: 'failed', failure: 'exhausted' });
    const starts = report.deliveries[0]!.attempts.map((a) => a.startedAt);
    expect(starts[2]! - starts[0]!).toBeGreaterThanOrEqual(15 - 2); // the delays were waited
  });

  it('sender retries > a receiver that is down (connection refused)', async () => {
    const report = await sendWebhook({ variant: 'kushki.card.approved', target: await closedPortUrl(), schedule: [0, 5] });
    expect(report.deliveries[0]?.attempts.map((a) => [a.status, a.error?.kind])).toEqual([
      [null, 'connection'],
      [null, 'connection'],
    ]);
    expect(report.deliveries[0]?.attempts[0]?.error?.message).toMatch(/ECONNREFUSED/);
    expect(report.deliveries[0]).toMatchObject({ outcome: 'failed', failure: 'exhausted' });
  });

  it('sender retries > a receiver that drops the connection, then recovers', async () => {
    const server = await receiver((r, n) => (n === 0 ? 'destroy' : verifying(r)));
    const report = await sendWebhook({ variant: 'kushki.cash.approved', target: server.url, schedule: [0, 5] });
    expect(statuses(report)).toEqual(['connection', 200]);
  });

  it('sender retries > a receiver that answers 200 but stalls its body: a timeout, its socket closed, then retried', async () => {
    let requests = 0;
    const closed: boolean[] = [];
    const server = createServer((request, response) => {
      const n = requests++;
      request.resume();
      request.on('end', () => {
        if (n > 0) return void response.writeHead(200).end('fine');
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.write('the first half of a body that never ends');
        response.on('close', () => closed.push(true)); // the sender cancelled the socket
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const report = await sendWebhook({
        variant: 'kushki.card.approved',
        target: `http://127.0.0.1:${port}/`,
        schedule: [0, 5],
        timeoutMs: 150,
      });
      expect(statuses(report)).toEqual(['timeout', 200]);
      expect(report.deliveries[0]?.attempts[0]?.latencyMs).toBeGreaterThanOrEqual(140);
      await vi.waitFor(() => expect(closed).toEqual([true]));
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('sender retries > a receiver that hangs past the per-attempt timeout', async () => {
    const server = await receiver((r, n) => (n < 2 ? 'hang' : verifying(r)));
    const report = await sendWebhook({ variant: 'kustom.ipp.session.created', target: server.url, schedule: [0, 5, 5], timeoutMs: 150 });
    expect(statuses(report)).toEqual(['timeout', 'timeout', 200]);
    for (const attempt of report.deliveries[0]!.attempts.slice(0, 2)) {
      expect(attempt.latencyMs).toBeGreaterThanOrEqual(140);
      expect(attempt.latencyMs).toBeLessThan(1_000);
    }
  });

  it('sender retries > 410 Gone stops the delivery at once', async () => {
    const server = await receiver(() => 410);
    const report = await sendWebhook({ variant: 'kushki.card.declined', target: server.url, schedule: fastSchedule });
    expect(statuses(report)).toEqual([410]);
    expect(report.deliveries[0]).toMatchObject({ outcome: 'failed', failure: 'gone' });
    expect(server.received).toHaveLength(1);
  });

  it('sender retries > a redirect is not followed and not an acknowledgement', async () => {
    const server = await receiver((r, n) => (n === 0 ? 307 : verifying(r)));
    const report = await sendWebhook({ variant: 'kushki.card.declined', target: server.url, schedule: [0, 5] });
    expect(statuses(report)).toEqual([307, 200]);
  });
});

describe('sender > retries against an in-process handler', () => {
  it.each([
    ['throws', 'throw' as const, 'handler-error'],
    ['hangs', 'hang' as const, 'timeout'],
  ])('sender retries > a handler that %s is retried', async (_name, action, kind) => {
    const app = inProcessReceiver((r, n) => (n === 0 ? action : verifying(r)));
    const report = await sendWebhook({ variant: 'kushki.cash.expired', target: app.handler, schedule: [0, 5], timeoutMs: 100 });
    expect(statuses(report)).toEqual([kind, 200]);
  });

  it('sender retries > a handler returning something that is not a Response', async () => {
    const report = await sendWebhook({ variant: 'kushki.cash.expired', target: (() => ({ status: 200 })) as never, schedule: [0] });
    expect(report.deliveries[0]?.attempts[0]?.error).toEqual({
      kind: 'handler-error',
      message: 'the handler returned object, not a Response',
    });
  });
});

describe('sender > fake timers', () => {
  it('sender timers > the Standard Webhooks schedule runs under vi.useFakeTimers, and leaves no timer behind', async () => {
    vi.useFakeTimers();
    const app = inProcessReceiver(() => 500);
    let settled: DeliveryReport | undefined;
    const sending = sendWebhook({ variant: 'kustom.ipp.session.activated', target: app.handler }).then((r) => (settled = r));
    await vi.advanceTimersByTimeAsync(0);
    const seen = [app.received.length];
    for (const delay of standardWebhooksSchedule.slice(1)) {
      await vi.advanceTimersByTimeAsync(delay - 1);
      expect(app.received.length).toBe(seen.at(-1)); // not a millisecond early
      await vi.advanceTimersByTimeAsync(1);
      seen.push(app.received.length);
    }
    await sending;
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(settled?.deliveries[0]).toMatchObject({ outcome: 'failed', failure: 'exhausted' });
    expect(settled?.deliveries[0]?.attempts).toHaveLength(8);
    expect(vi.getTimerCount()).toBe(0);
    const starts = settled!.deliveries[0]!.attempts.map((a) => a.startedAt);
    expect(starts.slice(1).map((t, i) => t - starts[i]!)).toEqual(standardWebhooksSchedule.slice(1)); // Date is faked too
  });

  it('sender timers > a per-attempt timeout fires under fake timers', async () => {
    vi.useFakeTimers();
    const app = inProcessReceiver(() => 'hang');
    const sending = sendWebhook({ variant: 'kushki.card.approved', target: app.handler, schedule: [0, 1_000], timeoutMs: 30_000 });
    await vi.advanceTimersByTimeAsync(30_000 + 1_000 + 30_000);
    const report = await sending;
    expect(statuses(report)).toEqual(['timeout', 'timeout']);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('sender > abort', () => {
  it('sender abort > stops the pending retry; every webhook is still reported', async () => {
    const app = inProcessReceiver(() => 500);
    const controller = new AbortController();
    const sending = sendAll({
      target: app.handler,
      webhooks: ['kushki.card.approved', 'kushki.card.declined', 'kustom.ipp.session.created'],
      schedule: [0, 60_000],
      signal: controller.signal,
    });
    await vi.waitFor(() => expect(app.received).toHaveLength(1));
    const before = Date.now();
    controller.abort();
    const report = await sending;
    expect(Date.now() - before).toBeLessThan(1_000);
    expect(report.deliveries.map((d) => [d.index, d.outcome, d.failure, d.attempts.length])).toEqual([
      [0, 'failed', 'aborted', 1],
      [1, 'failed', 'aborted', 0],
      [2, 'failed', 'aborted', 0],
    ]);
    expect(report.totals).toEqual({ webhooks: 3, deliveries: 3, delivered: 0, failed: 3, attempts: 1 });
  });

  it('sender abort > aborts the attempt in flight', async () => {
    const app = inProcessReceiver(() => 'hang');
    const controller = new AbortController();
    const sending = sendWebhook({
      variant: 'kushki.card.approved',
      target: app.handler,
      schedule: [0, 10],
      timeoutMs: 60_000,
      signal: controller.signal,
    });
    await vi.waitFor(() => expect(app.received).toHaveLength(1));
    controller.abort();
    const report = await sending;
    expect(statuses(report)).toEqual(['aborted']);
    expect(report.deliveries[0]?.failure).toBe('aborted');
    expect(app.requests[0]?.signal.aborted).toBe(true); // the handler can see it too
  });

  it('sender abort > an already aborted signal sends nothing', async () => {
    const app = inProcessReceiver();
    const report = await sendAll({ target: app.handler, signal: AbortSignal.abort(), schedule: [0] });
    expect(app.received).toHaveLength(0);
    expect(report.deliveries).toHaveLength(10);
    expect(report.deliveries.every((d) => d.failure === 'aborted' && d.attempts.length === 0)).toBe(true);
  });
});
