/**
 * The page of `hookproof listen` in headless Chromium: a delivery appears live within a second,
 * expands to its drift, a forgery is shown as such, replay reaches the app. And the two ports keep
 * apart: the delivery port serves no page and no API, the page's port nothing without the token.
 */
import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examples } from '../mocks/fixtures/index.js';
import { sendWebhook } from '../mocks/sender/index.js';
import { type RunningListen, startListen } from '../src/listen/start-listen.js';
import { testSecrets } from '../src/signatures/test-secrets.js';
import { type LoopbackReceiver, startLoopbackReceiver } from './sender-receiver.js';
import { launchChromium } from './support/chromium.js';

let app: LoopbackReceiver;
let listen: RunningListen;
let context: BrowserContext;
const once = { schedule: [0], timeoutMs: 5_000 };

beforeAll(async () => {
  app = await startLoopbackReceiver();
  listen = await startListen({
    port: 0,
    forwardTo: `${app.url}/{provider}`,
    recordDir: mkdtempSync(join(tmpdir(), 'hookproof-listen-page-')),
    secrets: { kustom: [testSecrets.kustom], kushki: [testSecrets.kushki] },
  });
  context = await launchChromium();
}, 60_000);
afterAll(async () => {
  await context?.close();
  await listen?.close();
  await app?.close();
});

/** A raw GET, with any Host header (fetch would not let a test set it). */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('listen page in a browser', () => {
  it('shows a delivery live within a second, expands to its drift, and replays it to the app', async () => {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => !r.url().startsWith(listen.uiOrigin) && problems.push(`request ${r.url()}`));
    await page.goto(listen.pageUrl);
    await page.waitForFunction(() => document.getElementById('state')?.textContent === 'live');

    const started = Date.now();
    const event = { ...examples['kushki.card.approved'], riskScore: 12 };
    await sendWebhook({ event, target: `${listen.deliveryUrl}/webhooks/kushki`, ...once });
    const row = page.locator('details.delivery').first();
    await row.waitFor({ timeout: 5_000 });
    expect(Date.now() - started).toBeLessThan(1_000);
    await expect(row.locator('summary').textContent()).resolves.toMatch(
      /kushki.*kushki\.card\.approved.*signature valid.*valid.*drift: \/riskScore.*app 200/,
    );

    await row.locator('summary').click();
    const drift = row.locator('mark.drift');
    await expect(drift.count()).resolves.toBe(1);
    await expect(drift.getAttribute('data-path')).resolves.toBe('/riskScore');
    await expect(drift.textContent()).resolves.toBe('"riskScore": 12');
    await expect(drift.isVisible()).resolves.toBe(true);
    await expect(row.locator('.drift-list').textContent()).resolves.toContain('/riskScore = 12');

    await row.locator('button.replay').click();
    await row.locator('.replay-out[data-status]').waitFor();
    await expect(row.locator('.replay-out').getAttribute('data-status')).resolves.toBe('200');
    await row.locator('button.replay-original').click();
    await expect.poll(() => row.locator('.replay-out').getAttribute('data-status')).toBe('200');
    expect(app.received).toHaveLength(3);
    expect(app.received.map((r) => r.rejection)).toEqual([null, null, null]);
    // Re-signed: a fresh X-Kushki-Id; as received: the original one. The bytes are the same each time.
    const ids = app.received.map((r) => r.headers['x-kushki-id']);
    expect(ids[2]).toBe(ids[0]);
    expect(app.received.every((r) => r.body.equals(app.received[0]?.body as Buffer))).toBe(true);

    await sendWebhook({
      variant: 'kustom.ipp.session.created',
      secret: 'whsec_Zm9yZ2VkLXNlY3JldC1mb3ItdGVzdHM=',
      target: `${listen.deliveryUrl}/`,
      ...once,
    });
    await page.locator('details.delivery').nth(1).waitFor();
    await expect(page.locator('details.delivery').first().locator('summary').textContent()).resolves.toMatch(
      /kustom\.ipp\.session\.created.*forged or wrong secret.*app 401/,
    );
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('listen ports', () => {
  it('the delivery port answers no page and no API', async () => {
    for (const path of ['/', `/?token=${listen.token}`, '/api/deliveries', `/api/events?token=${listen.token}`]) {
      const res = await get(`${listen.deliveryUrl}${path}`);
      expect([path, res.status, res.type]).toEqual([path, 405, 'application/json']);
      expect(res.body).not.toMatch(/<html|"deliveries"/);
    }
  });

  it('the page port refuses a request without the right token, or for another host', async () => {
    const host = { host: new URL(listen.uiOrigin).host };
    for (const path of ['/', '/api/deliveries', '/api/events', '/?token=', `/?token=${'0'.repeat(64)}`]) {
      expect([path, (await get(`${listen.uiOrigin}${path}`)).status]).toEqual([path, 401]);
    }
    expect((await get(`${listen.uiOrigin}/api/deliveries?token=${listen.token}`, { host: 'attacker.example:80' })).status).toBe(403);
    const ok = await get(`${listen.uiOrigin}/api/deliveries?token=${listen.token}`, host);
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toHaveProperty('deliveries');
  });
});
