import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseWebhook, variants } from '../src/index.js';
import { closedPortUrl, type ReceivedWebhook, useLoopbackReceivers, verifying } from './sender-receiver.js';
import { exampleOf } from './support/examples.js';
import { runCli } from './support/run-cli.js';

const receiver = useLoopbackReceivers();

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hookproof-send-'));
});

const variantOf = (r: ReceivedWebhook) => {
  const parsed = parseWebhook(r.body);
  return parsed.ok ? parsed.variant : null;
};
// The child must not inherit secrets from the environment the tests run in.
const cleanEnv = { HOOKPROOF_SECRET: '', HOOKPROOF_KUSHKI_SECRET: '', HOOKPROOF_KUSTOM_SECRET: '' };

interface JsonReport {
  ok: boolean;
  totals: { webhooks: number; deliveries: number; delivered: number; failed: number; attempts: number };
  deliveries: {
    source: string;
    variant: string | null;
    copy: number;
    outcome: string;
    failure: string | null;
    attempts: { status: number | null }[];
  }[];
}

describe('hookproof send: acceptance', () => {
  it('cli send > --all delivers all 10 variants to a loopback receiver, signed, and exits 0', async () => {
    const server = await receiver();
    const run = await runCli(['send', '--all', '--url', server.url], { env: cleanEnv });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(server.received.map((r) => r.rejection)).toEqual(variants.map(() => null));
    expect(server.received.map(variantOf)).toEqual(variants.map((v) => v.id));
    for (const v of variants)
      expect(run.stdout).toMatch(new RegExp(`${v.id.replace(/\./g, '\\.')}\\s+\\S+\\s+200\\s+\\d+ ms\\s+delivered`));
    expect(run.stdout).toContain('10 of 10 deliveries acknowledged, 0 failed');
  });

  it('cli send > --all against a receiver answering 500 retries, reports every event failed, exits 1 within seconds', async () => {
    const server = await receiver(() => 500);
    const started = Date.now();
    const run = await runCli(['send', '--all', '--url', server.url, '--json'], { env: cleanEnv });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.ok).toBe(false);
    expect(report.totals).toEqual({ webhooks: 10, deliveries: 10, delivered: 0, failed: 10, attempts: 30 });
    expect(report.deliveries.map((d) => [d.variant, d.outcome, d.failure, d.attempts.map((a) => a.status)])).toEqual(
      variants.map((v) => [v.id, 'failed', 'exhausted', [500, 500, 500]]),
    );
    expect(server.received).toHaveLength(30); // the default: 1 attempt + 2 retries each
  });

  it('cli send > the table says what failed and why', async () => {
    const server = await receiver(() => 500);
    const run = await runCli(['send', 'kushki.cash.expired', '--url', server.url, '--retries', '1'], { env: cleanEnv });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/kushki\.cash\.expired\s+\S+\s+500 500\s+\d+ ms\s+FAILED \(exhausted\)/);
    expect(run.stdout).toContain('0 of 1 deliveries acknowledged, 1 failed');
    expect(run.stdout).toContain('1 × HTTP 500 "ok"');
  });
});

describe('hookproof send: options', () => {
  it('cli send > a payload file is sent byte for byte (pretty JSON) and signed as it is', async () => {
    const server = await receiver();
    const pretty = JSON.stringify(exampleOf('kustom.ipp.session.finalized'), null, 4);
    const path = join(dir, 'finalized.json');
    writeFileSync(path, pretty);
    const run = await runCli(['send', path, 'kushki.card.declined', '--url', server.url], { env: cleanEnv });
    expect(run.code).toBe(0);
    expect(server.received[0]?.body.toString('utf8')).toBe(pretty);
    expect(server.received.map((r) => [variantOf(r), r.rejection])).toEqual([
      ['kustom.ipp.session.finalized', null],
      ['kushki.card.declined', null],
    ]);
  });

  it('cli send > --duplicate delivers twice with the same webhook-id', async () => {
    const server = await receiver();
    const run = await runCli(['send', 'kustom.ipp.session.created', '--duplicate', '--url', server.url, '--json'], { env: cleanEnv });
    expect(run.code).toBe(0);
    expect(server.received).toHaveLength(2);
    expect(server.received[0]?.headers['webhook-id']).toBe(server.received[1]?.headers['webhook-id']);
    expect((JSON.parse(run.stdout) as JsonReport).deliveries.map((d) => d.copy)).toEqual([1, 2]);
  });

  it('cli send > --schedule and --retries set the attempts; a receiver that recovers is delivered', async () => {
    const flaky = await receiver((r, n) => (n < 2 ? 503 : verifying(r)));
    const recovered = await runCli(['send', 'kushki.card.approved', '--url', flaky.url, '--schedule', '0,10,10', '--json'], {
      env: cleanEnv,
    });
    expect(recovered.code).toBe(0);
    expect((JSON.parse(recovered.stdout) as JsonReport).deliveries[0]?.attempts.map((a) => a.status)).toEqual([503, 503, 200]);

    const down = await receiver(() => 503);
    const once = await runCli(['send', 'kushki.card.approved', '--url', down.url, '--retries', '0'], { env: cleanEnv });
    expect(once.code).toBe(1);
    expect(down.received).toHaveLength(1);
  });

  it('cli send > --shuffle with a seed gives the same order twice', async () => {
    const orders: (string | null)[][] = [];
    for (let i = 0; i < 2; i++) {
      const server = await receiver();
      const run = await runCli(['send', '--all', '--shuffle', '9', '--url', server.url], { env: cleanEnv });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('shuffled with seed 9');
      orders.push(server.received.map(variantOf));
    }
    expect(orders[0]).toEqual(orders[1]);
    expect(orders[0]).not.toEqual(variants.map((v) => v.id));
  });

  it('cli send > secrets from flags and the environment reach the signature', async () => {
    const secrets = { kushki: 'shop-kushki-secret', kustom: 'whsec_c2hvcC1rdXN0b20=' };
    const server = await receiver(verifying, secrets);
    const withFlags = await runCli(
      [
        'send',
        'kushki.card.approved',
        'kustom.ipp.session.created',
        '--url',
        server.url,
        '--kushki-secret',
        secrets.kushki,
        '--kustom-secret',
        'whsec_b2xk',
        '--kustom-secret',
        secrets.kustom,
      ],
      { env: cleanEnv },
    );
    expect(withFlags.code).toBe(0);
    const fromEnv = await runCli(['send', 'kushki.card.approved', 'kustom.ipp.session.created', '--url', server.url], {
      env: { ...cleanEnv, HOOKPROOF_KUSHKI_SECRET: secrets.kushki, HOOKPROOF_KUSTOM_SECRET: secrets.kustom },
    });
    expect(fromEnv.code).toBe(0);
    const defaults = await runCli(['send', 'kushki.card.approved', '--url', server.url, '--retries', '0'], { env: cleanEnv });
    expect(defaults.code).toBe(1); // the test secret does not verify at a receiver with other secrets
    expect(server.received.map((r) => r.rejection)).toEqual([null, null, null, null, 'bad-signature']);
  });
});

describe('hookproof send: usage errors exit 2 with one line', () => {
  it.each([
    ['no webhooks', ['send', '--url', 'http://127.0.0.1:9/x'], /nothing to send/],
    ['no --url', ['send', '--all'], /required option '--url <url>'/],
    ['--all with ids', ['send', '--all', 'kushki.card.approved', '--url', 'http://127.0.0.1:9/x'], /not both/],
    ['an unknown variant', ['send', 'kushki.card.refunded', '--url', 'http://127.0.0.1:9/x'], /neither a variant id .* nor a file/],
    ['a URL that is not http', ['send', '--all', '--url', 'ftp://127.0.0.1/x'], /must be http or https/],
    ['a bad --schedule', ['send', '--all', '--url', 'http://127.0.0.1:9/x', '--schedule', '0,soon'], /--schedule must be delays/],
    ['--retries with --schedule', ['send', '--all', '--url', 'http://127.0.0.1:9/x', '--retries', '1', '--schedule', '0'], /not both/],
    [
      'a zero --concurrency',
      ['send', '--all', '--url', 'http://127.0.0.1:9/x', '--concurrency', '0'],
      /--concurrency must be an integer of at least 1/,
    ],
  ])('cli send > %s', async (_name, args, message) => {
    const run = await runCli(args, { env: cleanEnv });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('cli send > a receiver that is not there at all is a usage error, not a failed delivery', async () => {
    const url = await closedPortUrl();
    const run = await runCli(['send', '--all', '--url', url], { env: cleanEnv });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`hookproof: cannot reach ${new URL(url).origin}: connection refused`);
    expect(run.stdout).toBe('');
  });

  it('cli send > an unrecognisable payload file needs --provider', async () => {
    const server = await receiver();
    const path = join(dir, 'mystery.json');
    writeFileSync(path, '{"hello":"world"}');
    const refused = await runCli(['send', path, '--url', server.url], { env: cleanEnv });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/pass provider/);
    const sent = await runCli(['send', path, '--provider', 'kushki', '--url', server.url], { env: cleanEnv });
    expect(sent.code).toBe(0);
    expect(server.received.map((r) => [r.provider, r.rejection, r.body.toString()])).toEqual([['kushki', null, '{"hello":"world"}']]);
  });
});
