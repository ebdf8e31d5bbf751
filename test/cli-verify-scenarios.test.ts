/**
 * `hookproof verify --scenarios --mock`: receivers in two languages pass every lifecycle scenario
 * through a `hookproof mock` process; a broken one exits 1 with the failing scenario named.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReceiver } from '../examples/receiver/server.js';
import { startLifecycleReceiver } from './support/lifecycle-receiver.js';
import { type MockProcess, startMockProcess } from './support/mock-process.js';
import { startPythonReceiver } from './support/python-receiver.js';
import { runCli } from './support/run-cli.js';

const S = 'whsec_Y2xpLXNjZW5hcmlvcy1zZWNyZXQtMDE=';
const credentials = { username: 'U', password: 'W' };
let mocks: MockProcess[] = [];

const newMock = async () => {
  const mock = await startMockProcess(['--username', 'U', '--password', 'W', '--kustom-secret', S]);
  mocks.push(mock);
  return mock;
};
beforeAll(() => {
  mocks = [];
});
afterAll(async () => {
  await Promise.all(mocks.map((m) => m.stop()));
});

const verify = (url: string, mock: string, extra: string[] = []) =>
  runCli(['verify', '--provider', 'kustom', '--url', url, '--scenarios', '--mock', mock, '--kustom-secret', S, '--json', ...extra]);

interface Row {
  check: string;
  severity: string;
  passed: boolean;
  reason: string;
}
const lifecycleRows = (stdout: string) => (JSON.parse(stdout) as { rows: Row[] }).rows.filter((r) => r.check.startsWith('lifecycle-'));

describe('verify --scenarios > receivers in any language', () => {
  it('scenarios > the Python example receiver (standard library only) passes every row: exit 0', async () => {
    const mock = await newMock();
    const receiver = await startPythonReceiver({ apiBase: mock.url, ...credentials, secret: S });
    try {
      const run = await verify(receiver.url, mock.url);
      const rows = lifecycleRows(run.stdout);
      expect(rows.filter((r) => !r.passed && r.severity === 'required')).toEqual([]);
      expect(rows).toHaveLength(9);
      expect(run.code, run.stdout).toBe(0);
    } finally {
      await receiver.stop();
    }
  });

  it('scenarios > the TypeScript example receiver passes every row: exit 0', async () => {
    const mock = await newMock();
    const running = await startReceiver({
      kustom: { secrets: S },
      kushki: { secret: 'kushki-example-secret' },
      orderManagement: { baseUrl: mock.url, credentials },
    });
    try {
      const run = await verify(running.url, mock.url);
      expect(lifecycleRows(run.stdout).filter((r) => !r.passed && r.severity === 'required')).toEqual([]);
      expect(run.code, run.stdout).toBe(0);
    } finally {
      await running.close();
    }
  });

  it('scenarios > a receiver that ignores "if not already captured" exits 1, the scenario named in the table and the HTML report', async () => {
    const mock = await newMock();
    const receiver = await startLifecycleReceiver({ apiBase: mock.url, credentials, secret: S }, { noAlreadyCapturedCheck: true });
    try {
      const report = join(mkdtempSync(join(tmpdir(), 'hookproof-scenarios-')), 'report.html');
      const args = ['--scenarios', '--mock', mock.url, '--kustom-secret', S, '--report', report];
      const run = await runCli(['verify', '--provider', 'kustom', '--url', receiver.url, ...args]);
      expect(run.code).toBe(1);
      const html = readFileSync(report, 'utf8');
      expect(html).toMatch(/<tr class="fail"><td><code>kustom: lifecycle-already-captured<\/code>/);
      expect(html).toContain('<code>kustom: lifecycle-capture</code>');
      const failing = run.stdout.split('\n').filter((line) => /\bFAIL\b/.test(line));
      expect(failing).toHaveLength(1);
      expect(failing[0]).toMatch(/^kustom: lifecycle-already-captured .* a capture request was refused \(403\)/);
    } finally {
      await receiver.close();
    }
  });

  it('scenarios > a receiver with wrong Order Management credentials exits 1, the 401 said in the rows', async () => {
    const mock = await newMock();
    const receiver = await startLifecycleReceiver({ apiBase: mock.url, credentials, secret: S }, { wrongCredentials: true });
    try {
      const run = await verify(receiver.url, mock.url, ['--settle-timeout', '1000']);
      expect(run.code).toBe(1);
      const failing = lifecycleRows(run.stdout).filter((r) => !r.passed);
      expect(failing.map((r) => r.check)).toContain('lifecycle-capture');
      expect(failing.every((r) => r.reason.includes('Order Management answered 401'))).toBe(true);
    } finally {
      await receiver.close();
    }
  });

  it.each([
    [['--scenarios'], '--scenarios needs --mock <url>, the base URL of a running hookproof mock'],
    [['--mock', 'http://127.0.0.1:9'], '--mock and --settle-timeout go with --scenarios'],
    [['--scenarios', '--mock', 'nope'], '--mock must be an http(s) URL, got "nope"'],
    [['--scenarios', '--mock', 'http://127.0.0.1:9', '--settle-timeout', '0'], '--settle-timeout must be a number of ms from 1 to 600000'],
  ])('scenarios > %j is a usage error (exit 2)', async (args, message) => {
    const run = await runCli(['verify', '--provider', 'kustom', '--url', 'http://127.0.0.1:9', ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('scenarios > an unreachable mock is exit 2, one line', async () => {
    const mock = await newMock();
    const receiver = await startLifecycleReceiver({ apiBase: mock.url, credentials, secret: S });
    try {
      const run = await runCli(['verify', '--provider', 'kustom', '--url', receiver.url, '--scenarios', '--mock', 'http://127.0.0.1:9']);
      expect(run.code).toBe(2);
      expect(run.stderr.trim()).toMatch(/^hookproof: hookproof mock unreachable at http:\/\/127\.0\.0\.1:9: /);
    } finally {
      await receiver.close();
    }
  });
});
