/**
 * Bad input to the built CLI, beyond the cases of cli-validate, cli-send and cli-verify: every one
 * is a single error line on stderr, exit 2, no stack trace, nothing on stdout. Each run's working
 * folder is a temporary one, so a regression cannot write into the checkout (`docs --out ''` did).
 */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useLoopbackReceivers } from './sender-receiver.js';
import { exampleOf } from './support/examples.js';
import { type CliRun, REPO_ROOT, runCli } from './support/run-cli.js';

const receiver = useLoopbackReceivers();
let dir: string;
const path = (name: string) => join(dir, name);
const isRoot = process.getuid?.() === 0;
/** The child must not inherit secrets from the environment the tests run in. */
const env = { HOOKPROOF_SECRET: '', HOOKPROOF_KUSHKI_SECRET: '', HOOKPROOF_KUSTOM_SECRET: '' };
/** Nothing listens on port 9 of loopback (discard); input errors must be found before any connection. */
const NOWHERE = 'http://127.0.0.1:9';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hookproof-reliability-cli-'));
  writeFileSync(path('valid.json'), JSON.stringify(exampleOf('kushki.card.approved')));
  writeFileSync(path('empty.json'), '');
  writeFileSync(path('binary.json'), Buffer.from([0x7b, 0x22, 0x00, 0xff, 0xfe, 0x7d]));
  writeFileSync(path('not-json.json'), 'id: 1\n');
  writeFileSync(path('not-a-pact.json'), JSON.stringify({ consumer: 'merchant', interactions: {} }));
  writeFileSync(path('unreadable.json'), '{}');
  chmodSync(path('unreadable.json'), 0o000);
  mkdirSync(path('folder'));
  symlinkSync(path('loop-b'), path('loop-a'));
  symlinkSync(path('loop-a'), path('loop-b'));
});

/** stderr without commander's "(run with --help for usage)" hint line. */
const errorLines = (run: CliRun) => run.stderr.split('\n').filter((l) => l !== '' && l !== '(run with --help for usage)');

function expectUsageError(run: CliRun, message: RegExp): void {
  expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(run.stderr).not.toMatch(/unexpected error/); // every case is recognised, not caught by the last resort
  expect(errorLines(run)).toHaveLength(1);
  expect(errorLines(run)[0]).toMatch(message);
  expect(run.stdout).toBe('');
  expect(run.code).toBe(2);
}

type Case = [name: string, args: () => string[], message: RegExp, stdin?: string | Buffer];

describe('reliability > cli validate', () => {
  const cases: Case[] = [
    ['a file named as a folder (trailing slash)', () => ['validate', `${path('valid.json')}/`], /valid\.json\/: cannot read \(ENOTDIR\)/],
    ['a file in a folder that does not exist', () => ['validate', path('nowhere/x.json')], /nowhere\/x\.json: no such file/],
    ['a symlink loop', () => ['validate', path('loop-a')], /loop-a: cannot read \(ELOOP\)/],
    [
      'a missing file after a valid one (no partial output)',
      () => ['validate', path('valid.json'), path('missing.json')],
      /missing\.json: no such file/,
    ],
    ['binary stdin', () => ['validate', '-'], /stdin: is binary/, Buffer.from([0x00, 0x7b, 0x7d])],
    [
      'a --provider of the wrong case',
      () => ['validate', '--provider', 'Kushki', path('valid.json')],
      /Allowed choices are kustom, kushki/,
    ],
  ];
  it.each(cases)('cli validate > %s', async (_name, args, message, stdin) => {
    expectUsageError(await runCli(args(), { cwd: dir, stdin }), message);
  });
});

describe('reliability > cli send', () => {
  const send = (...args: string[]) => ['send', '--url', `${NOWHERE}/webhooks`, ...args];
  const cases: Case[] = [
    ['a folder as the payload', () => send(path('folder')), /folder: is a directory/],
    ['an empty payload file', () => send(path('empty.json')), /empty\.json: is empty/],
    ['a binary payload file', () => send(path('binary.json')), /binary\.json: is binary/],
    ['a symlink loop as the payload', () => send(path('loop-a')), /loop-a: neither a variant id .* nor a file/],
    ['empty stdin', () => send('-'), /stdin: is empty/, ''],
    ['binary stdin', () => send('-'), /stdin: is binary/, Buffer.from([0x00])],
    ['a variant id in capitals', () => send('KUSHKI.CARD.APPROVED'), /neither a variant id .* nor a file/],
    ['the misspelled ipp.payment.finalized as an id', () => send('kustom.ipp.payment.finalized'), /neither a variant id/],
    ['an unknown id after a valid one', () => send('kushki.card.approved', 'kushki.card.refunded'), /kushki\.card\.refunded: neither/],
    ['a URL with no host', () => ['send', '--all', '--url', 'http://'], /--url is not a valid URL/],
    ['a URL with a port out of range', () => ['send', '--all', '--url', 'http://127.0.0.1:99999/webhooks'], /--url is not a valid URL/],
    ['a URL with no scheme', () => ['send', '--all', '--url', '127.0.0.1:3000/webhooks'], /--url is not a valid URL|must be http/],
    ['a URL with a space', () => ['send', '--all', '--url', 'http://exa mple.com/'], /--url is not a valid URL/],
    ['a zero --timeout', () => send('--all', '--timeout', '0'), /--timeout must be an integer of at least 1/],
    ['a --timeout in words', () => send('--all', '--timeout', '2s'), /--timeout must be an integer/],
    ['a --timeout no timer can wait', () => send('--all', '--timeout', '99999999999'), /--timeout must be at most 2147483647/],
    ['a negative --retries', () => send('--all', '--retries', '-1'), /--retries must be an integer of at least 0/],
    ['a --retries in exponent form', () => send('--all', '--retries', '1e3'), /--retries must be an integer/],
    ['a --retries whose delays no timer can wait', () => send('--all', '--retries', '27'), /--retries must be at most 26/],
    ['a billion --retries (ran out of memory before)', () => send('--all', '--retries', '1000000000'), /--retries must be at most 26/],
    ['an empty --schedule', () => send('--all', '--schedule', ''), /--schedule must be delays/],
    ['a negative --schedule delay', () => send('--all', '--schedule', '0,-5'), /--schedule must be delays/],
    [
      'a --schedule delay no timer can wait',
      () => send('--all', '--schedule', '0,2147483648'),
      /--schedule delays must be at most 2147483647 ms/,
    ],
    ['a --shuffle seed in words', () => send('--all', '--shuffle', 'seven'), /--shuffle takes an integer seed/],
    ['a fractional --concurrency', () => send('--all', '--concurrency', '1.5'), /--concurrency must be an integer/],
    ['an unknown --provider', () => send('--all', '--provider', 'stripe'), /Allowed choices are kustom, kushki/],
  ];
  it.each(cases)('cli send > %s', async (_name, args, message, stdin) => {
    expectUsageError(await runCli(args(), { cwd: dir, env, stdin }), message);
  });

  // Secrets are checked once the receiver answers, so these need one: it must receive nothing.
  const secretCases: [string, string[], RegExp][] = [
    ['an empty --secret', ['--secret', ''], /secret: .*must not be empty/],
    ['an empty --kushki-secret', ['--kushki-secret', ''], /secret: .*must not be empty/],
    ['a --kustom-secret that is not base64', ['--kustom-secret', 'whsec_!!!'], /secret: .*not base64/],
  ];
  it.each(secretCases)('cli send > %s, to a live receiver', async (_name, args, message) => {
    const server = await receiver();
    expectUsageError(await runCli(['send', '--all', '--url', server.url, ...args], { cwd: dir, env }), message);
    expect(server.received).toEqual([]);
  });

  // Running as root reads any file whatever its mode, so there is nothing to test then.
  it.skipIf(isRoot)('cli send > an unreadable payload file (skipped as root)', async () => {
    expectUsageError(await runCli(send(path('unreadable.json')), { cwd: dir, env }), /unreadable\.json: permission denied/);
  });
});

describe('reliability > cli verify', () => {
  const verify = (...args: string[]) => ['verify', '--url', NOWHERE, ...args];
  const cases: Case[] = [
    ['a --pact file that does not exist', () => verify('--pact', path('missing.json')), /missing\.json: no such file/],
    ['a folder as --pact', () => verify('--pact', path('folder')), /folder: is a directory/],
    ['an empty --pact file', () => verify('--pact', path('empty.json')), /empty\.json: is empty/],
    ['a binary --pact file', () => verify('--pact', path('binary.json')), /binary\.json: is binary/],
    ['a --pact file that is not JSON', () => verify('--pact', path('not-json.json')), /not-json\.json: is not JSON/],
    ['a JSON --pact file that is not a Pact file', () => verify('--pact', path('not-a-pact.json')), /not-a-pact\.json: is not a Pact file/],
    ['a payload as --pact', () => verify('--pact', path('valid.json')), /valid\.json: is not a Pact file/],
    ['a --report that is a folder', () => verify('--report', path('folder')), /--report .*folder: is a directory/],
    [
      'a --report under a file',
      () => verify('--report', `${path('valid.json')}/report.html`),
      /--report .*: cannot create its folder \((EEXIST|ENOTDIR)\)/,
    ],
    ['--path with both providers', () => verify('--path', '/hooks'), /--path applies to one provider/],
    ['an empty --secret', () => verify('--secret', ''), /--secret: .*must not be empty/],
    ['an empty --kushki-secret', () => verify('--kushki-secret', ''), /--kushki-secret: .*must not be empty/],
    ['a --kustom-secret that is not base64', () => verify('--kustom-secret', 'whsec_!!!'), /--kustom-secret: .*not base64/],
    ['a URL with another scheme', () => ['verify', '--url', 'ftp://127.0.0.1/'], /not an http\(s\) URL/],
    ['a URL with no host', () => ['verify', '--url', 'http://'], /not a URL/],
    ['a URL with a port out of range', () => ['verify', '--url', 'http://127.0.0.1:99999'], /not a URL/],
  ];
  it.each(cases)('cli verify > %s', async (_name, args, message) => {
    expectUsageError(await runCli(args(), { cwd: dir, env }), message);
  });

  it.skipIf(isRoot)('cli verify > an unreadable --pact file (skipped as root)', async () => {
    expectUsageError(await runCli(verify('--pact', path('unreadable.json')), { cwd: dir, env }), /unreadable\.json: permission denied/);
  });

  it('cli verify > a valid --pact file passes the checks, so the table above is not vacuous', async () => {
    const run = await runCli(
      verify('--provider', 'kushki', '--pact', join(REPO_ROOT, 'contracts', 'kushki-webhooks-merchant-webhook-receiver.json')),
      { cwd: dir, env },
    );
    expectUsageError(run, /receiver unreachable at http:\/\/127\.0\.0\.1:9/); // got as far as the receiver
  });
});

describe('reliability > cli docs', () => {
  const cases: Case[] = [
    ['an empty --out (wrote into the working folder before)', () => ['docs', '--out', ''], /--out must name a folder/],
    ['an --out that is a file', () => ['docs', '--out', path('valid.json')], /valid\.json: is a file, not a folder/],
    ['an --out under a file', () => ['docs', '--out', `${path('valid.json')}/docs`], /--out .*: cannot use it \(ENOTDIR\)/],
    ['an unknown --format', () => ['docs', '--format', 'pdf'], /Allowed choices are html, md, both/],
  ];
  it.each(cases)('cli docs > %s', async (_name, args, message) => {
    const before = readdirSync(dir).sort();
    expectUsageError(await runCli(args(), { cwd: dir }), message);
    expect(readdirSync(dir).sort()).toEqual(before); // nothing written
  });
});

describe('docs never overwrites a README it did not write', () => {
  it('cli docs > an --out folder with a foreign README.md is refused, exit 2, nothing written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hookproof-project-'));
    writeFileSync(join(dir, 'README.md'), '# My payments app\n');
    const run = await runCli(['docs', '--out', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/has a README\.md that is not a hookproof reference/);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('# My payments app\n');
    expect(readdirSync(dir)).toEqual(['README.md']);
  });
});
