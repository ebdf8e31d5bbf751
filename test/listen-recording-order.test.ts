/**
 * A forwarded delivery is answered with the app's answer as soon as it is known, and its recording
 * (which holds that answer) is written right after: the handler waits for it (`idle`), a write that
 * fails after the answer is still reported, and stopping `hookproof listen` (SIGINT) waits for the
 * recordings still being written. A delivery that is not forwarded is still recorded before it is
 * answered (see listen-deliveries: a failed write there asks the provider to retry).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { examples } from '../mocks/fixtures/index.js';
import { sendAll, sendWebhook } from '../mocks/sender/index.js';
import { createDeliveryHandler, type ListenEntry } from '../src/listen/delivery-handler.js';
import { createForwarder } from '../src/listen/forward-delivery.js';
import type { Recording } from '../src/listen/recording.js';
import { createRecordingWriter } from '../src/listen/recording-writer.js';
import { testSecrets } from '../src/signatures/test-secrets.js';
import { useLoopbackReceivers } from './sender-receiver.js';
import { startListenProcess } from './support/listen-process.js';

const secrets = { kustom: [testSecrets.kustom], kushki: [testSecrets.kushki] };
const startReceiver = useLoopbackReceivers();
const once = { schedule: [0], timeoutMs: 5_000 };
const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

/** A delivery port on 127.0.0.1 whose recordings go through `write`, forwarding to a verifying loopback app. */
async function handlerWith(write: (dir: string, recording: Recording) => Promise<string>) {
  const app = await startReceiver();
  const forwarder = createForwarder(5_000);
  const entries: ListenEntry[] = [];
  const handler = createDeliveryHandler({
    secrets,
    forwardTo: `${app.url}/{provider}`,
    forwarder,
    recordDir: 'recordings',
    maxBodyBytes: 1024 * 1024,
    onDelivery: (entry) => entries.push(entry),
    write,
  });
  const server: Server = createServer(handler.handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => {
    server.closeAllConnections();
    server.close();
    forwarder.close();
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/kushki`, handler, entries, app };
}

const settledWithin = (promise: Promise<unknown>, ms: number) =>
  Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);

describe('listen > recording after the answer', () => {
  it('a forwarded delivery gets the app answer while its recording is still being written; idle() waits for the write', async () => {
    let finish: (file: string) => void = () => {};
    const written: Recording[] = [];
    const { url, handler, entries } = await handlerWith(
      (_dir, recording) =>
        new Promise((resolve) => {
          written.push(recording);
          finish = resolve;
        }),
    );
    const report = await sendWebhook({ variant: 'kushki.card.approved', target: url, ...once });
    expect(report.deliveries[0]?.attempts[0]?.status).toBe(200);
    // Answered: the write has started, with the app's status in the recording, and is not done.
    expect(written.map((r) => [r.answeredStatus, r.forward?.status])).toEqual([[200, 200]]);
    expect(entries).toEqual([]);
    expect(await settledWithin(handler.idle(), 50)).toBe(false);
    finish('recordings/one.json');
    await handler.idle();
    expect(entries.map((e) => [e.file, e.recordError, e.recording.answeredStatus])).toEqual([['recordings/one.json', null, 200]]);
  });

  it('a write that fails after the answer is still reported, with the app status the provider got', async () => {
    const full = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    const { url, handler, entries } = await handlerWith(() => Promise.reject(full));
    const report = await sendWebhook({ variant: 'kushki.card.approved', target: url, ...once });
    expect(report.deliveries[0]?.attempts[0]?.status).toBe(200);
    await handler.idle();
    expect(entries.map((e) => [e.file, e.recordError, e.recording.answeredStatus])).toEqual([
      [null, 'could not write the recording: ENOSPC', 200],
    ]);
  });
});

describe('listen > stopping', () => {
  it('SIGINT waits for the recordings still being written: one per delivery, and a closing count', async () => {
    const app = await startReceiver();
    const dir = mkdtempSync(join(tmpdir(), 'hookproof-listen-stop-'));
    const listen = await startListenProcess(['--forward-to', `${app.url}/{provider}`, '--record', dir]);
    const webhooks = Array.from({ length: 40 }, (_, i) => ({ event: { ...examples['kushki.card.approved'], ticketNumber: `T${i}` } }));
    const report = await sendAll({ target: `${listen.deliveryUrl}/webhooks/kushki`, webhooks, concurrency: 16, ...once });
    expect(report.totals.delivered).toBe(40);
    // Stopped as soon as the last answer arrived, without waiting for the lines.
    expect(await listen.stop()).toBe(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.json'))).toHaveLength(40);
    expect(listen.lines.filter((l) => l.type === 'delivery')).toHaveLength(40);
    expect(listen.lines.at(-1)).toEqual({ type: 'stopped', deliveries: 40, recorded: 40, recordFailed: 0 });
    rmSync(dir, { recursive: true, force: true });
  });

  it('recordings that could not be written: the provider still gets the app answer, each failure is reported, exit 2', async () => {
    const app = await startReceiver();
    const dir = mkdtempSync(join(tmpdir(), 'hookproof-listen-fail-'));
    const listen = await startListenProcess(['--forward-to', `${app.url}/{provider}`, '--record', dir]);
    rmSync(dir, { recursive: true });
    writeFileSync(dir, 'not a folder');
    const report = await sendAll({ target: `${listen.deliveryUrl}/webhooks/kushki`, webhooks: ['kushki.card.approved'], ...once });
    expect(report.deliveries[0]?.attempts[0]?.status).toBe(200);
    expect(await listen.stop()).toBe(2);
    expect(listen.lines[0]).toMatchObject({
      type: 'delivery',
      answeredStatus: 200,
      file: null,
      recordError: 'could not write the recording: ENOTDIR',
    });
    expect(listen.lines.at(-1)).toEqual({ type: 'stopped', deliveries: 1, recorded: 0, recordFailed: 1 });
    expect(listen.stderr()).toContain('delivery 1: could not write the recording: ENOTDIR');
    rmSync(dir, { force: true });
  });
});

describe('listen > the recording writer', () => {
  it('creates each file of a burst, in one worker, and says why one could not be created', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hookproof-listen-writer-'));
    const writer = createRecordingWriter();
    try {
      writeFileSync(join(dir, 'taken.json'), 'first');
      const results = await Promise.allSettled([
        ...Array.from({ length: 20 }, (_, i) => writer.write(join(dir, `${i}.json`), `{"n":${i}}\n`)),
        writer.write(join(dir, 'taken.json'), 'second'),
        writer.write(join(dir, 'missing', 'x.json'), '{}'),
      ]);
      expect(results.slice(0, 20).every((r) => r.status === 'fulfilled')).toBe(true);
      expect(results.slice(20).map((r) => r.status === 'rejected' && (r.reason as NodeJS.ErrnoException).code)).toEqual([
        'EEXIST',
        'ENOENT',
      ]);
      expect(readFileSync(join(dir, '7.json'), 'utf8')).toBe('{"n":7}\n');
      // Never over an existing file.
      expect(readFileSync(join(dir, 'taken.json'), 'utf8')).toBe('first');
    } finally {
      await writer.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a write after the writer stopped is refused, not lost silently', async () => {
    const writer = createRecordingWriter();
    await writer.close();
    await expect(writer.write(join(tmpdir(), 'never.json'), '{}')).rejects.toThrow(/recording writer stopped/);
  });
});
