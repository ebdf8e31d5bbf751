/**
 * The generated HTML reference in a real browser: Debian's headless Chromium, driven by
 * playwright-core, opens docs/index.html from disk (file://) with every non-file request blocked,
 * follows the link of every variant, and checks what a reader needs. Screenshots are saved under
 * test-results/docs/ (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { variantExamples } from '../src/generated/catalogue.js';
import { variants } from '../src/index.js';
import { launchChromium } from './support/chromium.js';
import { REPO_ROOT } from './support/run-cli.js';

const INDEX_URL = pathToFileURL(join(REPO_ROOT, 'docs', 'index.html')).href;
const ARTIFACTS = join(REPO_ROOT, 'test-results', 'docs');
/** Redoc's attribution logo is an <img> from its CDN that hides itself when it cannot load: the only request a Redoc page makes. */
const REDOC_LOGO = /^https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(-full)?\.svg$/;

let context: BrowserContext;
/** Requests to anything but file:, per page URL: the reference must work offline. */
const blocked: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  context = await launchChromium();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
});

afterAll(async () => {
  await context?.close();
});

/** Opens a page and collects its console errors and uncaught exceptions. */
async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

describe('docs in a browser', () => {
  it('docs browser > the index lists every variant and its field search filters across all events', async () => {
    blocked.length = 0;
    const { page, errors } = await open(INDEX_URL);
    for (const v of variants) await expect(page.locator(`main a[href="events/${v.id}.html"]`).count()).resolves.toBe(1);
    await expect(page.locator('#all-fields tbody tr').count()).resolves.toBeGreaterThan(200);

    await page.fill('#filter', 'trazabilityCode');
    const visible = page.locator('#all-fields tbody tr:not([hidden])');
    await expect(visible.count()).resolves.toBe(2);
    await expect(visible.locator('td:nth-child(2)').allTextContents()).resolves.toEqual([
      'kushki.transfer.approved',
      'kushki.transfer.declined',
    ]);
    await expect(page.locator('#events-kushki tbody tr:not([hidden])').count()).resolves.toBe(2);
    await expect(page.locator('#events-kustom').locator('..').getAttribute('data-empty')).resolves.toBe('');
    const total = await page.locator('#events-kustom tbody tr, #events-kushki tbody tr, #all-fields tbody tr').count();
    await expect(page.textContent('#filter-status')).resolves.toBe(`4 of ${total} rows match`);
    await page.screenshot({ path: join(ARTIFACTS, 'index-filtered.png') });
    await page.fill('#filter', '');
    await expect(page.locator('tbody tr[hidden]').count()).resolves.toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'index.png') });

    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await page.close();
  });

  it.each(variants.map((v) => [v.id] as const))('docs browser > %s: the index link leads to its field table and example', async (id) => {
    blocked.length = 0;
    const { page, errors } = await open(INDEX_URL);
    await page.click(`main a[href="events/${id}.html"]`);
    await page.waitForURL(`**/events/${id}.html`);
    await expect(page.locator('h1').textContent()).resolves.toBe(id);
    await expect(page.locator('#field-table tbody tr').count()).resolves.toBeGreaterThan(4);
    const example = variantExamples.find((e) => e.variant === id);
    const shown = JSON.parse((await page.locator('#example-1').textContent()) ?? '') as unknown;
    expect(shown).toEqual(example?.payload);
    for (const key of Object.keys(example?.payload ?? {})) await expect(page.locator(`[id="field-${key}"]`).count()).resolves.toBe(1);
    await expect(page.locator('#typescript-type').textContent()).resolves.toContain(`export interface `);
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await page.close();
  });

  it('docs browser > kushki.card.declined tells the reader about ticketNumber, syncMetadata and X-Kushki-Signature', async () => {
    const { page, errors } = await open(new URL('events/kushki.card.declined.html', INDEX_URL).href);
    const row = (path: string) => page.locator(`[id="field-${path}"]`);
    await expect(row('ticketNumber').textContent()).resolves.toMatch(/optional, absent from the example.*carry none/);
    await expect(row('syncMetadata').textContent()).resolves.toMatch(
      /string: "true" \| "false".*also accepted: boolean.*every example sends the string/,
    );
    const signatureRow = page.locator('#header-table tbody tr', { hasText: 'X-Kushki-Signature' }).first();
    await expect(signatureRow.textContent()).resolves.toMatch(/^X-Kushki-Signature.*required.*HMAC-SHA256 of <raw body>\.<X-Kushki-Id>/);
    await expect(page.locator('main').textContent()).resolves.toMatch(
      /Verifying a delivery\. Recompute X-Kushki-Signature[\s\S]*compare in constant\s+time/,
    );

    await page.fill('#filter', 'syncmetadata boolean');
    await expect(page.locator('#field-table tbody tr:not([hidden])').count()).resolves.toBe(1);
    await expect(page.textContent('#filter-status')).resolves.toMatch(/^1 of \d+ rows match$/);
    await page.fill('#filter', '');

    await page.click('button[data-copy="example-1"]');
    // The label changes once the asynchronous clipboard write resolves.
    await expect.poll(() => page.locator('button[data-copy="example-1"]').textContent(), { timeout: 1_500 }).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(JSON.parse(copied)).toEqual(variantExamples.find((e) => e.variant === 'kushki.card.declined')?.payload);

    await page.screenshot({ path: join(ARTIFACTS, 'kushki.card.declined.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(['kustom', 'kushki'])('docs browser > the %s OpenAPI page (Redoc) opens offline from the index', async (provider) => {
    blocked.length = 0;
    const { page, errors } = await open(INDEX_URL);
    await page.click(`main a[href="openapi/${provider}.html"]`);
    await page.waitForURL(`**/openapi/${provider}.html`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await expect(page.locator('h1').first().textContent()).resolves.toMatch(provider === 'kustom' ? /Kustom/ : /Kushki/);
    await page.screenshot({ path: join(ARTIFACTS, `openapi-${provider}.png`) });
    expect(blocked.filter((url) => !REDOC_LOGO.test(url))).toEqual([]);
    expect(errors.filter((e) => !e.includes('net::ERR_FAILED'))).toEqual([]);
    await page.close();
  });
});
