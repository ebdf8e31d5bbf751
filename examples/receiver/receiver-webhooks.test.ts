/**
 * The example receiver's webhook handling: signatures over the raw body, validation, deduplication,
 * acknowledgement of every variant and of other Kustom events. Deliveries come from hookproof's
 * sender, in process and over loopback HTTP.
 */

import { variants, variantsOf } from 'hookproof';
import { createFixtures } from 'hookproof/fixtures';
import { fastSchedule, sendAll, sendWebhook, signKushki, signKustom, testSecrets } from 'hookproof/sender';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReceiver } from './receiver-app.js';
import { type RunningReceiver, startReceiver, testReceiverConfig } from './server.js';

const fx = createFixtures({ seed: 2026 });
const KUSTOM_URL = 'http://localhost/webhooks/kustom';
const KUSHKI_URL = 'http://localhost/webhooks/kushki';
const pathOf = (variant: string) => (variant.startsWith('kustom') ? '/webhooks/kustom' : '/webhooks/kushki');

/** Posts `body` with the given headers to an in-process receiver. */
const post = (receiver: { fetch: (r: Request) => Promise<Response> }, url: string, body: string, headers: Record<string, string>) =>
  receiver.fetch(new Request(url, { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...headers } }));

describe('receiver > signatures', () => {
  const receiver = createReceiver(testReceiverConfig);
  const kustomBody = JSON.stringify(fx.kustom.sessionActivated());
  const kushkiBody = JSON.stringify(fx.kushki.cardApproved());
  const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

  const rows: [string, () => Promise<Response>, number, string | null][] = [
    [
      'Kustom signed with the endpoint secret',
      async () => post(receiver, KUSTOM_URL, kustomBody, await signKustom({ body: kustomBody, secrets: testSecrets.kustom })),
      200,
      null,
    ],
    [
      'Kustom signed with another secret',
      async () => post(receiver, KUSTOM_URL, kustomBody, await signKustom({ body: kustomBody, secrets: testSecrets.kustomNext })),
      401,
      'bad-signature',
    ],
    ['Kustom with no signature headers', async () => post(receiver, KUSTOM_URL, kustomBody, {}), 401, 'missing-header'],
    [
      'Kustom signed 6 minutes ago',
      async () =>
        post(
          receiver,
          KUSTOM_URL,
          kustomBody,
          await signKustom({ body: kustomBody, secrets: testSecrets.kustom, timestamp: minutesAgo(6) }),
        ),
      401,
      'stale-timestamp',
    ],
    [
      'Kustom signed 6 minutes ahead',
      async () =>
        post(
          receiver,
          KUSTOM_URL,
          kustomBody,
          await signKustom({ body: kustomBody, secrets: testSecrets.kustom, timestamp: minutesAgo(-6) }),
        ),
      401,
      'future-timestamp',
    ],
    [
      'Kustom signed 4 minutes ago',
      async () => {
        const body = JSON.stringify(fx.kustom.sessionCreated());
        return post(receiver, KUSTOM_URL, body, await signKustom({ body, secrets: testSecrets.kustom, timestamp: minutesAgo(4) }));
      },
      200,
      null,
    ],
    [
      'Kustom body re-serialised after signing',
      async () => {
        const pretty = JSON.stringify(JSON.parse(kustomBody), null, 2);
        return post(receiver, KUSTOM_URL, pretty, await signKustom({ body: kustomBody, secrets: testSecrets.kustom }));
      },
      401,
      'bad-signature',
    ],
    [
      'Kushki signed with the webhook secret',
      async () => post(receiver, KUSHKI_URL, kushkiBody, await signKushki({ body: kushkiBody, secret: testSecrets.kushki })),
      200,
      null,
    ],
    [
      'Kushki signed with another secret',
      async () => post(receiver, KUSHKI_URL, kushkiBody, await signKushki({ body: kushkiBody, secret: 'not-the-secret' })),
      401,
      'bad-signature',
    ],
    ['Kushki with no signature headers', async () => post(receiver, KUSHKI_URL, kushkiBody, {}), 401, 'missing-header'],
    [
      'Kushki payload signed for the Kustom endpoint',
      async () => post(receiver, KUSTOM_URL, kushkiBody, await signKushki({ body: kushkiBody, secret: testSecrets.kushki })),
      401,
      'missing-header',
    ],
  ];

  it.each(rows)('signature > %s → %i', async (_name, send, status, reason) => {
    const response = await send();
    expect(response.status).toBe(status);
    if (reason) expect(await response.json()).toEqual({ error: reason });
  });

  it('signature > a rotation: a receiver with the old and the new secret accepts either', async () => {
    const rotating = createReceiver({ ...testReceiverConfig, kustom: { secrets: [testSecrets.kustom, testSecrets.kustomNext] } });
    for (const secret of [testSecrets.kustom, testSecrets.kustomNext]) {
      const body = JSON.stringify(fx.kustom.sessionCreated());
      expect((await post(rotating, KUSTOM_URL, body, await signKustom({ body, secrets: secret }))).status).toBe(200);
    }
  });

  it('signature > the receiver clock decides what is stale', async () => {
    const late = createReceiver({ ...testReceiverConfig, now: () => new Date(Date.now() + 6 * 60_000) });
    const report = await sendWebhook({ event: fx.kustom.sessionCreated(), target: late.fetch, handlerUrl: KUSTOM_URL, schedule: [0] });
    expect(report.deliveries[0]?.attempts[0]?.status).toBe(401);
    expect(late.store.rejected).toEqual([{ provider: 'kustom', status: 401, reason: 'stale-timestamp' }]);
  });
});

describe('receiver > payloads', () => {
  it.each([
    ['kushki amount as a string', '/amount/iva', fx.kushki.cardApproved({ amount: { iva: '50' as never } }), KUSHKI_URL],
    [
      'kustom finalized without session_id',
      '/data/session_id',
      fx.kustom.sessionFinalized({ data: { session_id: undefined } }),
      KUSTOM_URL,
    ],
    ['kustom event without data', '/data', fx.kustom.sessionCreated({ data: undefined }), KUSTOM_URL],
    ['a Kushki payload on the Kustom endpoint, signed the Kustom way', '/merchant_id', fx.kushki.cashApproved(), KUSTOM_URL],
  ])('payload > %s, correctly signed, is 400 naming %s', async (_name, path, event, url) => {
    const receiver = createReceiver(testReceiverConfig);
    const provider = url === KUSTOM_URL ? 'kustom' : 'kushki';
    const report = await sendWebhook({ event, provider, target: receiver.fetch, handlerUrl: url, schedule: [0] });
    const attempt = report.deliveries[0]!.attempts[0]!;
    expect(attempt.status).toBe(400);
    expect((JSON.parse(attempt.responseBody!) as { errors: { path: string }[] }).errors.map((e) => e.path)).toContain(path);
    expect(receiver.store.processed).toEqual([]);
  });

  it.each([
    [
      "kushki syncMetadata as a boolean (the field table's reading)",
      fx.kushki.cardApproved({ syncMetadata: true as never }),
      KUSHKI_URL,
      'kushki.card.approved',
    ],
    [
      "kustom ipp.payment.finalized spelling (the document's own sentence)",
      fx.kustom.sessionFinalized({ type: 'ipp.payment.finalized' as never }),
      KUSTOM_URL,
      'kustom.ipp.session.finalized',
    ],
  ] as const)('payload > %s is acknowledged with 200 and processed as its variant', async (_name, event, url, kind) => {
    const receiver = createReceiver(testReceiverConfig);
    const provider = url === KUSTOM_URL ? 'kustom' : 'kushki';
    const report = await sendWebhook({ event, provider, target: receiver.fetch, handlerUrl: url, schedule: [0] });
    expect(report.deliveries[0]!.attempts[0]!.status).toBe(200);
    expect(receiver.store.processed).toEqual([expect.objectContaining({ provider, kind })]);
  });

  it.each(['order.created', 'capture.created', 'refund.created', 'dispute.created', 'dispute.updated', 'ipp.payment.failed'])(
    'other events > %s is acknowledged with 200 and processed once',
    async (type) => {
      const receiver = createReceiver(testReceiverConfig);
      const event = fx.kustom.otherEvent(type);
      const report = await sendWebhook({ event, target: receiver.fetch, handlerUrl: KUSTOM_URL, schedule: [0] });
      expect(report.ok).toBe(true);
      expect(receiver.store.processed).toEqual([{ provider: 'kustom', eventId: event.id, kind: type }]);
    },
  );
});

describe('receiver > deduplication', () => {
  it('duplicate > each event delivered twice gets 200 twice and is processed once', async () => {
    const receiver = createReceiver(testReceiverConfig);
    const webhooks = variantsOf('kushki').map((v) => ({ event: fx.build(v.id) }));
    const report = await sendAll({
      webhooks,
      target: receiver.fetch,
      handlerUrl: KUSHKI_URL,
      duplicate: true,
      shuffle: 7,
      schedule: fastSchedule,
    });
    expect(report.totals).toMatchObject({ deliveries: 12, delivered: 12 });
    expect(receiver.store.processed.map((p) => p.eventId).sort()).toEqual(webhooks.map((w) => w.event.id).sort());
    expect(receiver.store.duplicates).toHaveLength(6);
  });

  it('duplicate > 50 concurrent deliveries of one event are processed once', async () => {
    const receiver = createReceiver(testReceiverConfig);
    const event = fx.kustom.sessionActivated();
    const body = JSON.stringify(event);
    const headers = await signKustom({ body, secrets: testSecrets.kustom });
    const responses = await Promise.all(Array.from({ length: 50 }, () => post(receiver, KUSTOM_URL, body, headers)));
    expect(responses.every((r) => r.status === 200)).toBe(true);
    expect(receiver.store.processed).toHaveLength(1);
    expect(receiver.store.duplicates).toHaveLength(49);
  });
});

describe('receiver > over HTTP', () => {
  let running: RunningReceiver;
  beforeAll(async () => {
    running = await startReceiver();
  });
  afterAll(() => running.close());

  it('server > listens on an ephemeral port of 127.0.0.1', () => {
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(Number(new URL(running.url).port)).toBeGreaterThan(0);
  });

  it.each(variants.map((v) => v.id))('variants > %s delivered over loopback is acknowledged with 200', async (variant) => {
    const report = await sendWebhook({ event: fx.build(variant), target: `${running.url}${pathOf(variant)}`, schedule: [0] });
    expect(report.deliveries[0]?.attempts.map((a) => a.status)).toEqual([200]);
  });

  it('server > without Order Management, a finalized session is acknowledged and its capture skipped', async () => {
    const event = fx.kustom.sessionFinalized();
    await sendWebhook({ event, target: `${running.url}/webhooks/kustom`, schedule: [0] });
    await running.receiver.idle();
    expect(running.receiver.store.captures).toContainEqual({
      orderId: event.data.order_id,
      eventId: event.id,
      status: 'skipped',
      reason: 'no Order Management configured',
      attempts: 1,
    });
  });

  it('server > close stops listening', async () => {
    const other = await startReceiver();
    await other.close();
    await expect(fetch(`${other.url}/webhooks/kustom`, { method: 'POST' })).rejects.toThrow();
  });
});
