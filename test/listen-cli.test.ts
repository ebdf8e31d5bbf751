/**
 * `hookproof listen` as a user runs it: the real binaries, the sender through listen to the example
 * receiver, recordings written and replayed with `hookproof send <file>`, and an app that is down.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { variants } from 'hookproof';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningReceiver, startReceiver } from '../examples/receiver/server.js';
import { closedPortUrl } from './sender-receiver.js';
import { type ListenProcess, startListenProcess } from './support/listen-process.js';
import { CLI, REPO_ROOT, runCli } from './support/run-cli.js';

const recordings = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();

describe('listen > the sender through listen to the example receiver', () => {
  let receiver: RunningReceiver;
  let listen: ListenProcess;
  const dir = mkdtempSync(join(tmpdir(), 'hookproof-listen-'));

  beforeAll(async () => {
    receiver = await startReceiver();
    listen = await startListenProcess(['--forward-to', `${receiver.url}/webhooks/{provider}`, '--record', dir]);
  });
  afterAll(async () => {
    expect(await listen.stop()).toBe(0);
    await receiver.close();
  });

  it('acknowledges every variant, signatures verified by the app, one recording each', async () => {
    const sent = await runCli(['send', '--all', '--url', `${listen.deliveryUrl}/webhooks/{provider}`, '--json']);
    expect(sent.stderr).toBe('');
    expect(sent.code).toBe(0);
    const report = JSON.parse(sent.stdout) as { totals: { delivered: number; deliveries: number } };
    expect(report.totals).toMatchObject({ deliveries: variants.length, delivered: variants.length });

    const lines = await listen.waitForDeliveries(variants.length);
    // The app verified each signature over the bytes it got: those are the bytes the sender signed.
    expect(receiver.receiver.store.rejected).toEqual([]);
    expect(receiver.receiver.store.processed.map((p) => p.kind).sort()).toEqual(variants.map((v) => v.id).sort());
    expect(lines.map((l) => [l.variant, (l.signature as { status: string }).status, (l.forward as { status: number }).status])).toEqual(
      variants.map((v) => [v.id, 'valid', 200]),
    );

    const files = recordings(dir);
    expect(files).toHaveLength(variants.length);
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toMatch(/^\*$/m);
    for (const [i, file] of files.entries()) {
      const recording = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      expect(recording).toMatchObject({ hookproof: 'recording/1', sequence: i + 1, method: 'POST', answeredStatus: 200 });
      expect(Buffer.from(recording.bodyBase64, 'base64').toString('utf8')).toBe(recording.bodyText);
      expect(recording.verdicts.validation.variant).toBe(variants[i]?.id);
    }
  });

  it('replays a recording with hookproof send, re-signed and with its original headers', async () => {
    const [first] = recordings(dir);
    const file = join(dir, String(first));
    const before = readFileSync(file, 'utf8');
    for (const extra of [[], ['--original-headers']]) {
      const replay = await runCli(['send', file, '--url', `${receiver.url}/webhooks/{provider}`, '--json', ...extra]);
      expect(replay.stderr).toBe('');
      expect(replay.code).toBe(0);
      // The example receiver verified the signature and answered 200 (a duplicate event id).
      const report = JSON.parse(replay.stdout) as { deliveries: { attempts: { status: number; responseBody: string }[] }[] };
      expect(report.deliveries[0]?.attempts[0]).toMatchObject({ status: 200 });
      expect(report.deliveries[0]?.attempts[0]?.responseBody).toContain('"duplicate":true');
    }
    expect(receiver.receiver.store.rejected).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('listen > the app is down', () => {
  it('answers the provider 502 with a clear body and still records the delivery', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hookproof-listen-down-'));
    const down = await closedPortUrl();
    const listen = await startListenProcess(['--forward-to', down, '--record', dir]);
    try {
      const sent = await runCli([
        'send',
        'kushki.card.approved',
        '--url',
        `${listen.deliveryUrl}/webhooks/kushki`,
        '--retries',
        '0',
        '--json',
      ]);
      expect(sent.code).toBe(1);
      const attempt = (JSON.parse(sent.stdout) as { deliveries: { attempts: { status: number; responseBody: string }[] }[] }).deliveries[0]
        ?.attempts[0];
      expect(attempt?.status).toBe(502);
      expect(JSON.parse(attempt?.responseBody ?? '')).toMatchObject({ error: 'app-unreachable' });
      expect(attempt?.responseBody).toContain('ECONNREFUSED');
      const [line] = await listen.waitForDeliveries(1);
      expect(line).toMatchObject({ answeredStatus: 502, forward: { status: null, error: 'ECONNREFUSED' } });
      const files = recordings(dir);
      expect(files).toHaveLength(1);
      const recording = JSON.parse(readFileSync(join(dir, String(files[0])), 'utf8'));
      expect(recording).toMatchObject({ answeredStatus: 502, verdicts: { signature: { status: 'valid' } } });
    } finally {
      await listen.stop();
    }
  });
});

describe('listen > start and usage', () => {
  it('prints where deliveries go and the page URL, token included, on one line; the page opens with it', async () => {
    const child = spawn(process.execPath, [CLI, 'listen', '--port', '0'], { cwd: REPO_ROOT });
    try {
      const lines = await new Promise<string[]>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const got = out.split('\n');
          if (got.length > 2) resolve(got.slice(0, 2));
        });
        child.once('exit', (code) => reject(new Error(`listen exited (${code})`)));
      });
      expect(lines[0]).toMatch(/^hookproof listen: deliveries on http:\/\/127\.0\.0\.1:\d+ \(answering 200, not recording\)$/);
      expect(lines[1]).toMatch(/^page: http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}$/);
      const page = await fetch(String(lines[1]).slice('page: '.length));
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>hookproof listen</title>');
    } finally {
      child.kill('SIGINT');
    }
  });

  it('refuses a bad option or a port in use with one line and exit 2', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = String((taken.address() as AddressInfo).port);
    try {
      const rows: [string[], RegExp][] = [
        [['--port', 'abc'], /^hookproof: --port must be a port number \(0-65535\), got "abc"\n$/],
        [['--port', '0', '--forward-to', 'ftp://x'], /^hookproof: --forward-to must be an http\(s\) URL, got "ftp:\/\/x"\n$/],
        [['--port', '0', '--kustom-secret', 'whsec_!!'], /^hookproof: .*invalid Kustom webhook secret.*\n$/],
        [['--port', port], /^hookproof: a port is already in use: .*EADDRINUSE.*\n$/],
      ];
      for (const [args, stderr] of rows) {
        const run = await runCli(['listen', ...args]);
        expect([args, run.code, run.stdout]).toEqual([args, 2, '']);
        expect(run.stderr).toMatch(stderr);
      }
    } finally {
      taken.close();
    }
  });
});
