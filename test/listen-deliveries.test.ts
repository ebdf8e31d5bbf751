/**
 * `startListen` in process: every variant forwarded byte for byte with its signature intact, drift
 * named, forgeries flagged, the body limit, a recording that cannot be written, and many deliveries in
 * flight each recorded once.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { examples } from '../mocks/fixtures/index.js';
import { sendAll, sendWebhook } from '../mocks/sender/index.js';
import { variants } from '../src/index.js';
import type { ListenEntry } from '../src/listen/delivery-handler.js';
import { createDeliveryLog } from '../src/listen/delivery-log.js';
import type { Recording } from '../src/listen/recording.js';
import { type ListenOptions, type RunningListen, startListen } from '../src/listen/start-listen.js';
import { testSecrets } from '../src/signatures/test-secrets.js';
import { useLoopbackReceivers } from './sender-receiver.js';

const secrets = { kustom: [testSecrets.kustom], kushki: [testSecrets.kushki] };
const startReceiver = useLoopbackReceivers();
const running: RunningListen[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((l) => l.close()));
});

async function listen(options: Partial<ListenOptions> = {}): Promise<{ listen: RunningListen; entries: ListenEntry[]; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'hookproof-listen-'));
  const entries: ListenEntry[] = [];
  const l = await startListen({ port: 0, recordDir: dir, secrets, onDelivery: (e) => entries.push(e), ...options });
  running.push(l);
  return { listen: l, entries, dir };
}
const files = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json'));
const once = { schedule: [0], timeoutMs: 5_000 };

describe('listen > forwarding', () => {
  it('every variant, and a pretty-printed body, reach the app byte for byte with valid signatures', async () => {
    const app = await startReceiver();
    const { listen: l, entries, dir } = await listen({ forwardTo: `${app.url}/{provider}` });
    const prettyBody = JSON.stringify(examples['kustom.ipp.session.finalized'], null, 4);
    const report = await sendAll({
      target: `${l.deliveryUrl}/webhooks/{provider}`,
      webhooks: [...variants.map((v) => v.id), { body: prettyBody, provider: 'kustom' }],
      ...once,
    });
    expect(report.totals.delivered).toBe(variants.length + 1);
    await l.idle();
    const sent = [...variants.map((v) => JSON.stringify(examples[v.id])), prettyBody];
    expect(app.received.map((r) => r.body.toString('utf8'))).toEqual(sent);
    expect(app.received.map((r) => r.rejection)).toEqual(sent.map(() => null));
    expect(app.received.map((r) => r.headers['user-agent'])).toEqual(sent.map(() => 'hookproof-sender'));
    expect(entries.map((e) => Buffer.from(String(e.recording.bodyBase64), 'base64').toString('utf8'))).toEqual(sent);
    expect(files(dir)).toHaveLength(sent.length);
  });

  it('passes the provider headers on as received (repeats too), never the connection ones', async () => {
    const app = await startReceiver();
    const { listen: l } = await listen({ forwardTo: `${app.url}/{provider}` });
    const body = JSON.stringify(examples['kushki.card.approved']);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${l.deliveryUrl}/hooks`, {
        method: 'POST',
        // Raw headers as a provider may send them: mixed case, a repeated name, the connection's own.
        headers: [
          ...['Host', new URL(l.deliveryUrl).host, 'Content-Type', 'application/json', 'Content-Length', String(Buffer.byteLength(body))],
          ...['X-Trace', 'a', 'X-Trace', 'b', 'Connection', 'keep-alive', 'Keep-Alive', 'timeout=5'],
        ],
      });
      req.on('response', (res) => resolve(res.resume().statusCode ?? 0)).on('error', reject);
      req.end(body);
    });
    expect(status).toBe(401); // unsigned: the app refuses it
    const got = app.received[0]?.headers ?? {};
    expect(got).toMatchObject({ 'content-type': 'application/json', 'x-trace': 'a, b', 'content-length': String(Buffer.byteLength(body)) });
    expect(got.host).toBe(new URL(app.url).host);
    expect(got['keep-alive']).toBeUndefined();
  });

  it('without --forward-to, answers 200', async () => {
    const { listen: l, entries } = await listen();
    const report = await sendWebhook({ variant: 'kushki.cash.approved', target: `${l.deliveryUrl}/hooks`, ...once });
    expect(report.deliveries[0]?.attempts[0]?.status).toBe(200);
    expect(entries[0]?.recording.forward).toBeNull();
  });
});

describe('listen > verdicts', () => {
  it('a field the schemas do not know is recorded and named as drift', async () => {
    const { listen: l, entries, dir } = await listen();
    const event = { ...examples['kushki.card.approved'], riskScore: 12 };
    await sendWebhook({ event, target: `${l.deliveryUrl}/webhooks/kushki`, ...once });
    expect(entries[0]?.recording.verdicts?.validation).toMatchObject({ status: 'valid', drift: [{ path: '/riskScore', value: 12 }] });
    const recorded = JSON.parse(readFileSync(String(entries[0]?.file), 'utf8'));
    expect(recorded.verdicts.validation.drift).toEqual([{ path: '/riskScore', value: 12 }]);
    expect(files(dir)).toHaveLength(1);
  });

  it('a forged delivery is flagged, forwarded, and the app refuses it', async () => {
    const app = await startReceiver();
    const { listen: l, entries } = await listen({ forwardTo: `${app.url}/{provider}` });
    const report = await sendWebhook({
      variant: 'kushki.card.approved',
      secret: 'not-the-merchant-secret',
      target: `${l.deliveryUrl}/webhooks/kushki`,
      ...once,
    });
    expect(report.deliveries[0]?.attempts[0]?.status).toBe(401);
    await l.idle();
    expect(entries[0]?.recording.verdicts?.signature).toMatchObject({
      status: 'invalid',
      reason: 'wrong-secret',
      header: 'x-kushki-signature',
    });
    expect(entries[0]?.file).not.toBeNull();
  });

  it('an invalid payload is recorded with the paths of its errors', async () => {
    const { listen: l, entries } = await listen();
    const { ticketNumber: _, ...event } = examples['kushki.card.approved'] as unknown as Record<string, unknown>;
    await sendWebhook({ event, provider: 'kushki', target: `${l.deliveryUrl}/`, ...once });
    expect(entries[0]?.recording.verdicts?.validation.status).toBe('invalid');
    expect(entries[0]?.recording.verdicts?.validation.errors.map((e) => e.path)).toContain('/ticketNumber');
  });
});

describe('listen > never lose a delivery', () => {
  it('a body above the limit is answered 413 and still recorded', async () => {
    const { listen: l, entries, dir } = await listen({ maxBodyBytes: 1_000 });
    const body = JSON.stringify({ ...examples['kushki.card.approved'], padding: 'x'.repeat(2_000) });
    const report = await sendWebhook({ body, provider: 'kushki', target: `${l.deliveryUrl}/`, ...once });
    expect(report.deliveries[0]?.attempts[0]?.status).toBe(413);
    expect(entries[0]?.recording).toMatchObject({ answeredStatus: 413, bodySize: Buffer.byteLength(body), bodyBase64: null });
    expect(files(dir)).toHaveLength(1);
  });

  it('a recording that cannot be written is reported, and the provider told to retry', async () => {
    const { listen: l, entries, dir } = await listen();
    rmSync(dir, { recursive: true });
    writeFileSync(dir, 'not a folder');
    const report = await sendWebhook({ variant: 'kushki.card.approved', target: `${l.deliveryUrl}/`, ...once });
    expect(report.deliveries[0]?.attempts[0]?.status).toBe(503);
    expect(entries[0]?.recordError).toMatch(/could not write the recording: ENOTDIR/);
    expect(entries[0]?.file).toBeNull();
  });

  it('200 deliveries, 32 in flight, each forwarded and recorded once', async () => {
    const app = await startReceiver();
    const { listen: l, entries, dir } = await listen({ forwardTo: `${app.url}/{provider}` });
    const webhooks = Array.from({ length: 200 }, (_, i) => ({ event: { ...examples['kushki.card.approved'], ticketNumber: `T${i}` } }));
    const report = await sendAll({ target: `${l.deliveryUrl}/webhooks/kushki`, webhooks, concurrency: 32, ...once });
    expect(report.totals.delivered).toBe(200);
    expect(app.received).toHaveLength(200);
    await l.idle();
    const recorded = files(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
    expect(recorded).toHaveLength(200);
    expect(new Set(recorded.map((r) => r.sequence)).size).toBe(200);
    expect(recorded.map((r) => JSON.parse(r.bodyText).ticketNumber).sort()).toEqual(webhooks.map((w) => w.event.ticketNumber).sort());
    expect(entries).toHaveLength(200);
  });
});

describe('listen > the page keeps the latest deliveries', () => {
  it('drops the oldest beyond its capacity, in order', () => {
    const log = createDeliveryLog(3);
    const seen: number[] = [];
    log.subscribe((e) => seen.push(e.recording.sequence));
    for (let sequence = 1; sequence <= 5; sequence++)
      log.add({ recording: { sequence } as Recording, file: null, recordError: null, latencyMs: 0 });
    expect(log.list().map((e) => e.recording.sequence)).toEqual([3, 4, 5]);
    expect(log.get(2)).toBeUndefined();
    expect(log.get(4)?.recording.sequence).toBe(4);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });
});
