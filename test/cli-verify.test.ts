import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningReceiver, startFaultyReceiver } from './support/faulty-receivers.js';
import { runCli } from './support/run-cli.js';

describe('hookproof verify', () => {
  let good: RunningReceiver;
  let broken: RunningReceiver;
  beforeAll(async () => {
    good = await startFaultyReceiver('none');
    broken = await startFaultyReceiver('answers-500-on-cash-expired');
  });
  afterAll(async () => {
    await good.close();
    await broken.close();
  });

  it('cli verify > a correct receiver passes every row, exit 0, and gets an HTML report', async () => {
    const report = join(mkdtempSync(join(tmpdir(), 'hookproof-report-')), 'conformance.html');
    const run = await runCli(['verify', '--provider', 'all', '--url', good.url, '--report', report]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/hookproof: verifying kustom and kushki contracts with the Pact verifier/);
    expect(run.stdout).toMatch(/^variant \/ check\s+check\s+result\s+status\s+detail$/m);
    expect(run.stdout).toMatch(/^kushki\.cash\.expired\s+contract\s+pass\s+200/m);
    expect(run.stdout).toMatch(/^kustom: forged-signature\s+forged-signature\s+pass\s+401/m);
    expect(run.stdout).toMatch(/PASSED: \d+ passed, 0 failed/);
    expect(run.stdout).not.toMatch(/Verifying a pact between/); // the verifier's own report stays out of the table
    expect(existsSync(report)).toBe(true);
    expect(readFileSync(report, 'utf8')).toMatch(/<strong>PASSED<\/strong>/);
  }, 60_000);

  it('cli verify > a broken receiver exits 1 and the table names the failing variant', async () => {
    const run = await runCli(['verify', '--provider', 'kushki', '--url', broken.url, '--happy-only']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^kushki\.cash\.expired\s+contract\s+FAIL\s+500\s+expected 200 but was 500$/m);
    expect(run.stdout).toMatch(/FAILED: 5 passed, 1 failed/);
  }, 60_000);

  it('cli verify > --json prints the rows', async () => {
    const run = await runCli(['verify', '--provider', 'kustom', '--url', good.url, '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { passed: boolean; rows: { check: string; variant: string | null; passed: boolean }[] };
    expect(report.passed).toBe(true);
    expect(report.rows.filter((r) => r.check === 'contract').map((r) => r.variant)).toEqual([
      'kustom.ipp.session.created',
      'kustom.ipp.session.activated',
      'kustom.ipp.session.finalized',
      'kustom.ipp.session.cancelled',
    ]);
    expect(report.rows.map((r) => r.check)).toEqual(
      expect.arrayContaining(['stale-timestamp', 'duplicate-delivery', 'other-kustom-event', 'misspelled-event']),
    );
  }, 60_000);

  it('cli verify > two --kustom-secret values sign with both: a receiver that knows only one passes', async () => {
    const { testSecrets } = await import('../src/index.js');
    const other = 'whsec_bmV3LXNlY3JldC1ub3QteWV0LWtub3duLTAwMDA=';
    const run = await runCli([
      'verify',
      '--provider',
      'kustom',
      '--url',
      good.url,
      '--kustom-secret',
      other,
      '--kustom-secret',
      testSecrets.kustom,
    ]);
    expect(run.stdout).toMatch(/PASSED: \d+ passed, 0 failed/);
    expect(run.code).toBe(0);
  }, 60_000);

  it('cli verify > HOOKPROOF_KUSHKI_SECRET signs when no flag is given, as with send', async () => {
    const { runVerifyCommand } = await import('../src/cli/commands/verify.js');
    const quiet = { provider: 'kushki', url: good.url, happyOnly: true, json: true };
    const log = console.log;
    console.log = () => {};
    try {
      const wrong = await runVerifyCommand(quiet, {}, { HOOKPROOF_KUSHKI_SECRET: 'not-the-receiver-secret' });
      const flagWins = await runVerifyCommand(
        { ...quiet, kushkiSecret: 'hookproof-kushki-test-secret' },
        {},
        { HOOKPROOF_SECRET: 'wrong' },
      );
      expect([wrong.code, flagWins.code]).toEqual([1, 0]);
    } finally {
      console.log = log;
    }
  }, 60_000);

  it('cli verify > --url with a path is used as given', async () => {
    const run = await runCli(['verify', '--provider', 'kushki', '--url', `${good.url}/webhooks/kushki`, '--happy-only']);
    expect(run.stdout).toMatch(/PASSED: 6 passed, 0 failed/);
    const wrong = await runCli(['verify', '--provider', 'kushki', '--url', `${good.url}/custom/hook`, '--happy-only']);
    expect(wrong.stdout).toMatch(/^kushki\.card\.approved\s+contract\s+FAIL\s+404/m); // posted to /custom/hook, which this receiver does not serve
  }, 60_000);

  it.each([
    [['verify', '--url', 'http://127.0.0.1:1'], /receiver unreachable at http:\/\/127\.0\.0\.1:1: ECONNREFUSED/],
    [['verify', '--url', 'not a url'], /not a URL/],
    [['verify', '--provider', 'stripe', '--url', 'http://127.0.0.1:1'], /Allowed choices are kustom, kushki, all/],
    [['verify'], /required option '--url <url>' not specified/],
  ])('cli verify > usage problems exit 2: %j', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
