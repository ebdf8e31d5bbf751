import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { variantExamples } from '../src/generated/catalogue.js';
import { exampleOf } from './support/examples.js';
import { runCli } from './support/run-cli.js';

let dir: string;
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hookproof-cli-'));
});

describe('hookproof list', () => {
  it('cli list > --json lists exactly the 10 ids', async () => {
    const run = await runCli(['list', '--json']);
    expect(run.code).toBe(0);
    const ids = (JSON.parse(run.stdout) as { id: string }[]).map((v) => v.id);
    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(10);
    expect(ids).toContain('kushki.cash.expired');
  });

  it('cli list > prints a table', async () => {
    const run = await runCli(['list']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^variant\s+provider\s+event \/ status\s+terminal\s+trigger$/);
    expect(run.stdout).toMatch(/kustom\.ipp\.session\.finalized\s+kustom\s+ipp\.session\.finalized\s+yes/);
  });
});

describe('hookproof validate', () => {
  it.each(variantExamples.map((e) => [e.variant, e.payload] as const))('cli validate > example of %s exits 0', async (variant, payload) => {
    const path = file(`${variant}.json`, JSON.stringify(payload, null, 2));
    const run = await runCli(['validate', path]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${path}: valid ${variant}\n`);
  });

  it('cli validate > a removed required field exits 1 naming its path', async () => {
    const { ticketNumber: _t, ...payload } = exampleOf('kushki.cash.approved');
    const run = await runCli(['validate', file('no-ticket.json', JSON.stringify(payload))]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/invalid kushki\.cash\.approved\n\s+\/ticketNumber: is required/);
  });

  const card = exampleOf('kushki.card.approved');
  const profiles: [string, Record<string, unknown>, string][] = [
    ['an upper-case hex token', { ...card, token: String(card.token).toUpperCase() }, '/token'],
    ['an empty email', { ...card, contactDetails: { email: '' } }, '/contactDetails/email'],
    ['syncMetadata as a boolean', { ...card, syncMetadata: false }, '/syncMetadata'],
    ['product as one object', { ...card, product: (card.product as unknown[])[0] }, '/product'],
    ['created in seconds', { ...card, created: 1678902932 }, '/created'],
    ['ipp.payment.finalized', { ...exampleOf('kustom.ipp.session.finalized'), type: 'ipp.payment.finalized' }, '/type'],
    ['a new ipp.* event type', { ...exampleOf('kustom.ipp.session.activated'), type: 'ipp.session.paused' }, '/type'],
  ];
  it.each(profiles)('cli validate > %s exits 0 with its warning printed, 1 under --strict', async (name, payload, path) => {
    const source = file(`${name.replace(/\W+/g, '-')}.json`, JSON.stringify(payload));
    const lax = await runCli(['validate', source]);
    expect(lax.code).toBe(0);
    expect(lax.stdout).toMatch(/: valid .* with \d+ warnings?\n/);
    expect(lax.stdout).toContain(`  warning ${path}: `);
    expect(lax.stdout).toContain('    hint: ');
    const strict = await runCli(['validate', '--strict', source]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain(`invalid`);
    expect(strict.stdout).toContain(`  ${path}: `);
    const json = await runCli(['validate', '--json', source]);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, warnings: [expect.objectContaining({ path, hint: expect.any(String) })] });
  });

  it('cli validate > a wrong type exits 1 naming its path, with the divergence hint, in both profiles', async () => {
    const payload = { ...exampleOf('kushki.card.declined'), syncMetadata: 1 };
    const run = await runCli(['validate', file('num.json', JSON.stringify(payload))]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('/syncMetadata: matches none of its documented readings');
    const strict = await runCli(['validate', '--strict', file('bool.json', JSON.stringify({ ...payload, syncMetadata: true }))]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('/syncMetadata: must be string');
    expect(strict.stdout).toContain('hint: Divergence: Kushki');
  });

  it('cli validate > --json and stdin', async () => {
    const payload = { ...exampleOf('kustom.ipp.session.finalized'), type: 'ipp.payment.finalized' };
    const run = await runCli(['validate', '--strict', '--json', '-'], { stdin: JSON.stringify(payload) });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ source: 'stdin', ok: false, provider: 'kustom', errors: [{ path: '/type' }] });
  });

  it('cli validate > --strict reports unknown fields', async () => {
    const path = file('extra.json', JSON.stringify({ ...exampleOf('kushki.card.approved'), newField: 1 }));
    expect((await runCli(['validate', path])).code).toBe(0);
    const strict = await runCli(['validate', '--strict', path]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('/newField: is not a documented field');
  });

  it('cli validate > --provider forces the provider', async () => {
    const path = file('kushki.json', JSON.stringify(exampleOf('kushki.card.approved')));
    expect((await runCli(['validate', '--provider', 'kushki', path])).code).toBe(0);
    expect((await runCli(['validate', '--provider', 'kustom', path])).code).toBe(1);
  });

  it('cli validate > another Kustom event is valid and says to acknowledge it', async () => {
    const payload = { ...exampleOf('kustom.ipp.session.activated'), type: 'refund.created' };
    const run = await runCli(['validate', file('refund.json', JSON.stringify(payload))]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/another Kustom event \(refund\.created\), not IPP: acknowledge it with 200/);
  });

  const usage: [string, () => string[], RegExp][] = [
    ['a missing file', () => ['validate', join(dir, 'missing.json')], /missing\.json: no such file/],
    ['a directory', () => ['validate', dir], /is a directory/],
    ['an empty file', () => ['validate', file('empty.json', '')], /is empty/],
    ['binary input', () => ['validate', file('bin.json', Buffer.from([0x7b, 0x00, 0x01, 0x7d]))], /is binary/],
    ['an unknown provider', () => ['validate', '--provider', 'stripe', 'x.json'], /Allowed choices are kustom, kushki/],
    ['no file', () => ['validate'], /missing required argument/],
    ['an unknown command', () => ['bogus'], /unknown command/],
  ];
  it.each(usage)('cli validate > %s exits 2 with one line, no stack trace', async (_name, args, message) => {
    const run = await runCli(args());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('cli validate > empty stdin exits 2', async () => {
    const run = await runCli(['validate', '-'], { stdin: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/stdin: is empty/);
  });

  it.skipIf(process.getuid?.() === 0)('cli validate > an unreadable file exits 2', async () => {
    const path = file('secret.json', '{}');
    chmodSync(path, 0o000);
    const run = await runCli(['validate', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/permission denied/);
  });

  it('cli > --help and --version exit 0', async () => {
    for (const args of [['--help'], ['validate', '--help'], ['list', '--help'], ['--version']]) {
      const run = await runCli(args);
      expect(run.code).toBe(0);
      expect(run.stdout.length).toBeGreaterThan(0);
    }
  });
});
