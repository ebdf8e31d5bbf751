/**
 * The conformance report as a person opens it: the HTML written by `hookproof verify --report`, from
 * disk in headless Chromium, with no network request, no console error, a verdict, a row per check
 * and, for a failed row, the payload sent and the response received. Screenshot under test-results/.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderConformanceHtml } from '../src/conformance/report-html.js';
import { runConformance } from '../src/conformance/run-conformance.js';
import { launchChromium } from './support/chromium.js';
import { startFaultyReceiver } from './support/faulty-receivers.js';
import { REPO_ROOT } from './support/run-cli.js';

let context: BrowserContext;
let reportUrl: string;
const ARTIFACTS = join(REPO_ROOT, 'test-results', 'report');

beforeAll(async () => {
  const receiver = await startFaultyReceiver('requires-ticket-number');
  const report = await runConformance({ provider: 'all', url: receiver.url });
  await receiver.close();
  const file = join(mkdtempSync(join(tmpdir(), 'hookproof-report-')), 'conformance.html');
  writeFileSync(file, renderConformanceHtml(report));
  reportUrl = pathToFileURL(file).href;
  mkdirSync(ARTIFACTS, { recursive: true });
  context = await launchChromium();
}, 60_000);
afterAll(() => context?.close());

describe('conformance report in a browser', () => {
  it('report browser > a failed run shows its verdict, every row and the failing exchanges', async () => {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => !r.url().startsWith('file:') && problems.push(`request ${r.url()}`));
    await page.goto(reportUrl);

    await expect(page.title()).resolves.toBe('hookproof conformance: failed');
    await expect(page.textContent('.verdict')).resolves.toBe('FAILED');
    await expect(page.locator('tbody tr:not(.details)').count()).resolves.toBe(10 + 11 + 7); // contracts, Kustom checks, Kushki checks
    const failed = page.locator('tbody tr.fail');
    await expect(failed.count()).resolves.toBe(2);
    await expect(failed.first().textContent()).resolves.toMatch(/kushki\.card\.declined.*FAIL.*500.*expected 200 but was 500/);
    const details = page.locator('tr.details details').first();
    await expect(details.getAttribute('open')).resolves.toBe('');
    await expect(details.textContent()).resolves.toMatch(
      /X-Kushki-Signature: [0-9a-f]{64}[\s\S]*"status": "declinedTransaction"[\s\S]*Response 500/,
    );

    await page.screenshot({ path: join(ARTIFACTS, 'conformance-failed.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});
