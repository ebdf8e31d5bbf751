import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../mocks/fixtures/index.js';
import { fastSchedule, sendAll, sendWebhook, testSecrets, verifyKustomSignature, WebhookSendError } from '../mocks/sender/index.js';
import { parseWebhook, variants } from '../src/index.js';
import { inProcessReceiver, useLoopbackReceivers } from './sender-receiver.js';
import { exampleOf } from './support/examples.js';

const receiver = useLoopbackReceivers();

const providerHeaders = {
  kushki: ['x-kushki-key', 'x-kushki-id', 'x-kushki-signature', 'x-kushki-simplesignature'],
  kustom: ['webhook-id', 'webhook-timestamp', 'webhook-signature'],
} as const;

describe('sender > every variant', () => {
  it.each(variants.map((v) => [v.id, v.provider] as const))(
    'sender > %s reaches a loopback server, signed and byte-exact',
    async (variant, provider) => {
      const server = await receiver();
      const report = await sendWebhook({ variant, target: server.url, schedule: fastSchedule });

      expect(server.received).toHaveLength(1);
      const [got] = server.received;
      expect(got?.rejection).toBeNull(); // the receiver verified the signature
      expect(got?.provider).toBe(provider);
      expect(got?.body.toString('utf8')).toBe(JSON.stringify(exampleOf(variant)));
      expect(got?.headers['content-type']).toBe('application/json');
      for (const name of providerHeaders[provider]) expect(got?.headers[name], name).toBeTruthy();
      const parsed = parseWebhook(got?.body);
      expect(parsed.ok && parsed.variant).toBe(variant);

      expect(report).toMatchObject({ ok: true, totals: { webhooks: 1, deliveries: 1, delivered: 1, failed: 0, attempts: 1 } });
      expect(report.deliveries[0]).toMatchObject({
        variant,
        provider,
        outcome: 'delivered',
        failure: null,
        eventId: exampleOf(variant).id,
      });
      expect(report.deliveries[0]?.attempts[0]).toMatchObject({
        attempt: 1,
        status: 200,
        error: null,
        acknowledged: true,
        responseBody: 'ok',
      });
    },
  );

  it.each(variants.map((v) => [v.id, v.provider] as const))(
    'sender > %s reaches an in-process handler, signed and byte-exact',
    async (variant, provider) => {
      const app = inProcessReceiver();
      const report = await sendWebhook({ variant, target: app.handler, schedule: fastSchedule });
      expect(app.received.map((r) => [r.provider, r.rejection])).toEqual([[provider, null]]);
      expect(app.received[0]?.body.toString('utf8')).toBe(JSON.stringify(exampleOf(variant)));
      expect(app.requests[0]?.method).toBe('POST');
      expect(app.requests[0]?.url).toBe(`http://localhost/webhooks/${provider}`);
      expect(report.ok).toBe(true);
    },
  );

  it('sender > sendAll delivers the whole catalogue in catalogue order by default', async () => {
    const server = await receiver();
    const report = await sendAll({ target: server.url, schedule: fastSchedule });
    expect(server.received.map((r) => r.rejection)).toEqual(variants.map(() => null));
    expect(server.received.map((r) => parseWebhook(r.body)).map((p) => p.ok && p.variant)).toEqual(variants.map((v) => v.id));
    expect(report.deliveries.map((d) => [d.index, d.sequence, d.variant])).toEqual(variants.map((v, i) => [i, i, v.id]));
    expect(report.totals).toEqual({ webhooks: 10, deliveries: 10, delivered: 10, failed: 0, attempts: 10 });
  });

  it('sender > an app with one route per provider receives every variant in process, with no handlerUrl', async () => {
    const seen: string[] = [];
    const app = new Hono()
      .post('/webhooks/kustom', async (c) => {
        await verifyKustomSignature({ body: await c.req.text(), headers: c.req.raw.headers, secrets: testSecrets.kustom });
        seen.push(c.req.path);
        return c.body(null, 200);
      })
      .post('/webhooks/kushki', (c) => {
        seen.push(c.req.path);
        return c.body(null, 200);
      });
    const report = await sendAll({ target: app.fetch, schedule: [0] });
    expect(report.totals).toMatchObject({ deliveries: 10, failed: 0 });
    expect(seen).toEqual(variants.map((v) => `/webhooks/${v.provider}`));
  });

  it.each([
    { handlerUrl: 'https://shop.test/api/{provider}/hook', want: ['/api/kustom/hook', '/api/kushki/hook'] },
    { handlerUrl: 'https://shop.test/hooks', want: ['/hooks', '/hooks'] },
  ])('sender > handlerUrl $handlerUrl: {provider} is substituted in process', async ({ handlerUrl, want }) => {
    const paths: string[] = [];
    const handler = (request: Request) => {
      paths.push(new URL(request.url).pathname);
      return new Response(null, { status: 204 });
    };
    await sendAll({ target: handler, handlerUrl, webhooks: ['kustom.ipp.session.created', 'kushki.cash.approved'], schedule: [0] });
    expect(paths).toEqual(want);
  });

  it('sender > a handlerUrl that is not an http(s) URL is refused before anything is sent', async () => {
    await expect(
      sendWebhook({ variant: 'kushki.card.approved', target: () => new Response(), handlerUrl: 'not a url' }),
    ).rejects.toMatchObject({
      code: 'invalid-target',
    });
  });

  it('sender > a Hono app.fetch is a target as it is', async () => {
    const app = new Hono().post('/webhooks/kustom', async (c) => {
      const body = await c.req.text();
      await verifyKustomSignature({ body, headers: c.req.raw.headers, secrets: testSecrets.kustom });
      return c.json({ received: JSON.parse(body).type });
    });
    const report = await sendWebhook({
      variant: 'kustom.ipp.session.finalized',
      target: app.fetch,
      handlerUrl: 'https://shop.test/webhooks/kustom',
      schedule: [0],
    });
    expect(report.deliveries[0]?.attempts[0]).toMatchObject({ status: 200, responseBody: '{"received":"ipp.session.finalized"}' });
  });
});

describe('sender > what is sent', () => {
  it('sender > a raw body is sent byte for byte and signed as it is (pretty JSON)', async () => {
    const server = await receiver();
    const pretty = JSON.stringify(exampleOf('kushki.cash.expired'), null, 2);
    const report = await sendWebhook({ body: pretty, target: server.url, schedule: [0] });
    expect(server.received[0]?.body.toString('utf8')).toBe(pretty);
    expect(server.received[0]?.rejection).toBeNull();
    expect(report.deliveries[0]).toMatchObject({ provider: 'kushki', variant: 'kushki.cash.expired', outcome: 'delivered' });
  });

  it('sender > an event alone: provider and variant are detected; compact JSON is sent', async () => {
    const app = inProcessReceiver();
    const event = fixtures.build('kustom.ipp.session.cancelled', {}, { seed: 5 });
    const report = await sendWebhook({ event, target: app.handler, schedule: [0] });
    expect(app.received[0]?.body.toString('utf8')).toBe(JSON.stringify(event));
    expect(report.deliveries[0]).toMatchObject({
      provider: 'kustom',
      variant: 'kustom.ipp.session.cancelled',
      eventId: event.id,
      outcome: 'delivered',
    });
  });

  it('sender > an unrecognisable payload needs provider; without it nothing is sent', async () => {
    const app = inProcessReceiver();
    const error = await sendWebhook({ event: { hello: 'world' }, target: app.handler }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebhookSendError);
    expect((error as WebhookSendError).code).toBe('unknown-provider');
    expect(app.received).toHaveLength(0);
    const report = await sendWebhook({ event: { hello: 'world' }, provider: 'kustom', target: app.handler, schedule: [0] });
    expect(report.deliveries[0]).toMatchObject({ provider: 'kustom', variant: null, eventId: null, outcome: 'delivered' });
    expect(app.received[0]?.rejection).toBeNull(); // signed all the same: the receiver decides what to do with it
  });

  it('sender > the build hook supplies variant payloads (fixture factories)', async () => {
    const app = inProcessReceiver();
    const built: string[] = [];
    const report = await sendAll({
      target: app.handler,
      schedule: [0],
      webhooks: ['kushki.card.declined', 'kustom.ipp.session.activated'],
      build: (variant) => {
        const event = fixtures.build(variant, {}, { seed: 11 });
        built.push(String(event.id));
        return event;
      },
    });
    expect(report.deliveries.map((d) => d.eventId)).toEqual(built);
    expect(app.received.map((r) => r.eventId)).toEqual(built);
    expect(built).not.toContain(exampleOf('kushki.card.declined').id);
  });

  it('sender > custom secrets, a Kustom rotation, extra headers and the Kushki key', async () => {
    const secrets = { kushki: 'merchant-kushki-secret', kustom: ['whsec_b2xkLXNlY3JldA==', 'whsec_bmV3LXNlY3JldA=='] };
    const oldOnly = inProcessReceiver(undefined, { kushki: secrets.kushki, kustom: 'whsec_b2xkLXNlY3JldA==' });
    const newOnly = inProcessReceiver(undefined, { kustom: 'whsec_bmV3LXNlY3JldA==' });
    const options = { secret: secrets, schedule: [0], headers: { 'x-trace': 't-1' }, kushkiKey: 'pk_test_123' } as const;
    await sendAll({ ...options, target: oldOnly.handler, webhooks: ['kustom.ipp.session.created', 'kushki.card.approved'] });
    await sendAll({ ...options, target: newOnly.handler, webhooks: ['kustom.ipp.session.created'] });
    expect([...oldOnly.received, ...newOnly.received].map((r) => r.rejection)).toEqual([null, null, null]);
    expect(oldOnly.received[0]?.headers['webhook-signature']?.split(' ')).toHaveLength(2);
    expect(oldOnly.received[1]?.headers['x-kushki-key']).toBe('pk_test_123');
    expect(oldOnly.received[1]?.headers['x-trace']).toBe('t-1');

    const defaults = inProcessReceiver(); // verifies with testSecrets: a send with other secrets is refused
    const report = await sendWebhook({
      variant: 'kushki.card.approved',
      target: defaults.handler,
      secret: 'one-secret-for-both',
      schedule: [0],
    });
    expect(defaults.received[0]?.rejection).toBe('bad-signature');
    expect(report.deliveries[0]?.attempts[0]?.status).toBe(401);
  });
});

describe('sender > the package entry', () => {
  it('sender > hookproof/sender resolves through the exports map to the built entry', async () => {
    const entry = (await import('hookproof/sender')) as Record<string, unknown>;
    for (const name of [
      'sendWebhook',
      'sendAll',
      'fastSchedule',
      'standardWebhooksSchedule',
      'verifyKushkiSignature',
      'verifyKustomSignature',
      'signKushki',
      'signKustom',
      'WebhookVerificationError',
      'WebhookSendError',
      'testSecrets',
    ]) {
      expect(entry[name], name).toBeDefined();
    }
    const main = (await import('hookproof')) as Record<string, unknown>;
    for (const name of [
      'verifyKushkiSignature',
      'verifyKustomSignature',
      'signKushki',
      'signKustom',
      'WebhookVerificationError',
      'testSecrets',
    ]) {
      expect(main[name], name).toBeDefined();
    }
  });
});
