import { describe, expect, it } from 'vitest';
import { type SendAllOptions, sendAll, sendWebhook, WebhookSendError, type WebhookSendErrorCode } from '../mocks/sender/index.js';
import { parseWebhook, variants } from '../src/index.js';
import { inProcessReceiver, type ReceivedWebhook, useLoopbackReceivers } from './sender-receiver.js';

const receiver = useLoopbackReceivers();

const variantOf = (r: ReceivedWebhook) => {
  const parsed = parseWebhook(r.body);
  return parsed.ok ? parsed.variant : null;
};

describe('sender > duplicate delivery', () => {
  it('sender duplicate > every webhook arrives twice: same bytes, same event id, same Kustom webhook-id', async () => {
    const server = await receiver();
    const report = await sendAll({ target: server.url, schedule: [0], duplicate: true });
    expect(server.received).toHaveLength(20);
    expect(server.received.every((r) => r.rejection === null)).toBe(true);
    for (const v of variants) {
      const copies = server.received.filter((r) => variantOf(r) === v.id);
      expect(copies, v.id).toHaveLength(2);
      expect(copies[0]?.body.equals(copies[1]!.body)).toBe(true);
      expect(copies[0]?.eventId).toBe(copies[1]?.eventId);
      if (v.provider === 'kustom') expect(copies[0]?.headers['webhook-id']).toBe(copies[1]?.headers['webhook-id']);
    }
    expect(report.totals).toEqual({ webhooks: 10, deliveries: 20, delivered: 20, failed: 0, attempts: 20 });
    expect(report.deliveries.map((d) => [d.index, d.copy])).toEqual(
      variants.flatMap((_, i) => [
        [i, 1],
        [i, 2],
      ]),
    );
    expect(new Set(report.deliveries.filter((d) => d.provider === 'kustom').map((d) => d.webhookId)).size).toBe(4);
  });

  it('sender duplicate > each copy is retried on its own', async () => {
    const app = inProcessReceiver((_request, n) => (n === 1 ? 500 : 200)); // the duplicate's first attempt fails
    const report = await sendWebhook({ variant: 'kushki.card.approved', target: app.handler, duplicate: true, schedule: [0, 1] });
    expect(report.deliveries.map((d) => [d.copy, d.attempts.map((a) => a.status)])).toEqual([
      [1, [200]],
      [2, [500, 200]],
    ]);
  });
});

describe('sender > shuffled delivery', () => {
  const send = async (shuffle: boolean | number, extra: Partial<SendAllOptions> = {}) => {
    const app = inProcessReceiver();
    const report = await sendAll({ target: app.handler, schedule: [0], shuffle, ...extra });
    return { report, order: app.received.map(variantOf) };
  };

  it('sender shuffle > a seed gives one order, the same on every run, and the report tells it', async () => {
    const first = await send(42);
    const again = await send(42);
    const other = await send(7);
    expect(first.order).toEqual(again.order);
    expect(first.order).not.toEqual(other.order);
    expect(first.order).not.toEqual(variants.map((v) => v.id));
    expect([...first.order].sort()).toEqual(variants.map((v) => v.id).sort()); // each exactly once
    expect(first.report.shuffleSeed).toBe(42);
    // The report stays in input order; `sequence` is the order they were sent in.
    expect(first.report.deliveries.map((d) => d.index)).toEqual(variants.map((_, i) => i));
    const bySequence = [...first.report.deliveries].sort((a, b) => a.sequence - b.sequence).map((d) => d.variant);
    expect(bySequence).toEqual(first.order);
  });

  it('sender shuffle > shuffle: true picks a seed that replays the same order', async () => {
    const random = await send(true);
    expect(random.report.shuffleSeed).toEqual(expect.any(Number));
    const replay = await send(random.report.shuffleSeed!);
    expect(replay.order).toEqual(random.order);
  });

  it('sender shuffle > duplicates are shuffled too, and none is lost', async () => {
    const { order, report } = await send(3, { duplicate: true });
    expect(order).toHaveLength(20);
    for (const v of variants) expect(order.filter((id) => id === v.id)).toHaveLength(2);
    expect(report.totals.delivered).toBe(20);
  });
});

describe('sender > bounded concurrency', () => {
  const measure = async (concurrency: number | undefined, viaServer: boolean) => {
    let inFlight = 0;
    let peak = 0;
    const hold = async () => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 15));
      inFlight -= 1;
    };
    let target: string | ((request: Request) => Promise<Response>);
    if (viaServer) {
      const server = await receiver(() => 200);
      target = server.url;
      // Count at the client side of a real socket: a fetch wrapper around the global fetch.
      const report = await sendAll({
        target,
        concurrency,
        schedule: [0],
        fetch: async (input, init) => {
          await hold();
          return fetch(input, init);
        },
      });
      return { peak, report };
    }
    target = async () => {
      await hold();
      return new Response('ok');
    };
    const report = await sendAll({ target, concurrency, schedule: [0], duplicate: true });
    return { peak, report };
  };

  it.each([
    [undefined, false, 1],
    [1, false, 1],
    [3, false, 3],
    [8, false, 8],
    [50, false, 20],
    [4, true, 4],
  ] as const)('sender concurrency > concurrency %s (loopback: %s) peaks at %i in flight', async (concurrency, viaServer, want) => {
    const { peak, report } = await measure(concurrency, viaServer);
    expect(peak).toBe(want);
    expect(report.ok).toBe(true);
    expect(report.totals.failed).toBe(0);
  });
});

describe('sender > a send that cannot start rejects before sending anything', () => {
  const cases: [string, Partial<SendAllOptions> & { target?: unknown }, WebhookSendErrorCode][] = [
    ['an empty schedule', { schedule: [] }, 'invalid-option'],
    ['a negative delay', { schedule: [0, -1] }, 'invalid-option'],
    ['a zero timeout', { timeoutMs: 0 }, 'invalid-option'],
    ['a fractional concurrency', { concurrency: 1.5 }, 'invalid-option'],
    ['zero concurrency', { concurrency: 0 }, 'invalid-option'],
    ['an empty secret', { secret: '' }, 'invalid-option'],
    ['a Kustom secret that is not base64', { secret: { kustom: 'whsec_???' } }, 'invalid-option'],
    ['a non-http URL', { target: 'ftp://127.0.0.1/hook' }, 'invalid-target'],
    ['a string that is not a URL', { target: 'not a url' }, 'invalid-target'],
    ['no target', { target: undefined }, 'invalid-target'],
    ['an unknown variant', { webhooks: ['kushki.card.refunded' as never] }, 'unknown-variant'],
    ['a webhook with nothing to send', { webhooks: [{} as never] }, 'invalid-webhook'],
    ['a payload of no known provider', { webhooks: [{ event: { id: 'x' } }] }, 'unknown-provider'],
  ];

  it.each(cases)('sender errors > %s', async (_name, options, code) => {
    const app = inProcessReceiver();
    const error = await sendAll({ target: app.handler, schedule: [0], ...options } as SendAllOptions).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebhookSendError);
    expect((error as WebhookSendError).code).toBe(code);
    expect(app.received).toHaveLength(0);
  });

  it('sender errors > the same options with a valid value do send (the table is not vacuous)', async () => {
    const app = inProcessReceiver();
    const report = await sendAll({
      target: app.handler,
      schedule: [0, 1],
      timeoutMs: 1_000,
      concurrency: 2,
      webhooks: ['kushki.card.approved', { event: { id: 'x' }, provider: 'kushki' }],
    });
    expect(report.ok).toBe(true);
    expect(app.received).toHaveLength(2);
  });
});
