/**
 * `verify` catches broken receivers: each faulty receiver fails exactly the rows its fault affects,
 * and the correct one passes every row. The contracts run through the real Pact verifier.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowLabel } from '../src/conformance/conformance-row.js';
import { type ConformanceReport, runConformance } from '../src/conformance/run-conformance.js';
import { endpointOf } from '../src/pact/receiver-target.js';
import { type ReceiverFault, type RunningReceiver, startFaultyReceiver } from './support/faulty-receivers.js';

/** The rows that fail the run (required rows; advisory ones only warn). */
const failing = (report: ConformanceReport) =>
  report.rows
    .filter((r) => !r.passed && r.severity === 'required')
    .map(rowLabel)
    .sort();
const warnings = (report: ConformanceReport) =>
  report.rows
    .filter((r) => !r.passed && r.severity === 'advisory')
    .map(rowLabel)
    .sort();

const cases: [ReceiverFault, string[]][] = [
  ['none', []],
  ['answers-500-on-cash-expired', ['kushki.cash.expired']],
  ['requires-ticket-number', ['kushki.card.declined', 'kushki.transfer.declined']],
  [
    'parses-sync-metadata-as-boolean',
    [
      'kushki.card.approved',
      'kushki.card.declined',
      'kushki.cash.approved',
      'kushki.cash.expired',
      'kushki.transfer.approved',
      'kushki.transfer.declined',
      'kushki: duplicate-delivery',
      'kushki: non-compact-body',
    ],
  ],
  [
    'accepts-forged-signatures',
    [
      'kushki: forged-signature',
      'kushki: missing-signature',
      'kustom: forged-signature',
      'kustom: future-timestamp',
      'kustom: missing-signature',
      'kustom: stale-timestamp',
    ],
  ],
  ['fails-on-duplicate', ['kushki: duplicate-delivery', 'kustom: duplicate-delivery']],
  ['verifies-reserialised-body', ['kushki: non-compact-body', 'kustom: non-compact-body']],
  ['rejects-other-kustom-events', ['kustom: other-kustom-event']],
  ['no-body-limit', []],
  // Every check sends its own fresh event (new transactionReference, token, smartLink, ...), so a
  // receiver keyed on them fails only the row that really delivers the same event twice.
  ['unique-transaction-reference', ['kushki: duplicate-delivery']],
  ['validates-nothing', []],
];

describe('conformance', () => {
  const receivers = new Map<ReceiverFault, RunningReceiver>();
  beforeAll(async () => {
    for (const [fault] of cases) receivers.set(fault, await startFaultyReceiver(fault));
  });
  afterAll(async () => {
    for (const r of receivers.values()) await r.close();
  });

  it.each(cases)(
    'conformance > receiver with fault %s fails exactly %j',
    async (fault, expected) => {
      const report = await runConformance({ provider: 'all', url: receivers.get(fault)!.url });
      expect(failing(report)).toEqual(expected);
      expect(report.passed).toBe(expected.length === 0);
      expect(report.rows.filter((r) => r.check === 'contract')).toHaveLength(10);
      expect(report.rows.length).toBe(10 + 11 + 7); // contracts, Kustom checks, Kushki checks
    },
    60_000,
  );

  it('conformance > advisory rows warn, and fail the run only under strict', async () => {
    const loose = await runConformance({ provider: 'all', url: receivers.get('no-body-limit')!.url });
    expect(warnings(loose)).toEqual(['kushki: oversize-body', 'kustom: oversize-body']);
    expect(loose).toMatchObject({ passed: true, counts: { failed: 0, warnings: 2 } });
    const strict = await runConformance({ provider: 'kushki', url: receivers.get('no-body-limit')!.url, strict: true });
    expect(strict).toMatchObject({ passed: false, counts: { failed: 1, warnings: 0 } });
    const crashing = await runConformance({ provider: 'kushki', url: receivers.get('parses-sync-metadata-as-boolean')!.url });
    expect(warnings(crashing)).toEqual(['kushki: wrong-content-type']);
    const lax = await runConformance({ provider: 'all', url: receivers.get('validates-nothing')!.url });
    expect(warnings(lax)).toEqual(['kushki: schema-breaking-payload', 'kustom: schema-breaking-payload']);
    expect(lax.rows.find((r) => r.check === 'schema-breaking-payload')?.reason).toBe('answered 200; expected a 4xx (400)');
    const correct = await runConformance({ provider: 'all', url: receivers.get('none')!.url, strict: true });
    expect(correct.passed).toBe(true);
  }, 60_000);

  it('conformance > --happy-only runs the contracts alone; one provider runs its own', async () => {
    // A fresh receiver: one that already saw the documented events would answer their replay with 409.
    const fresh = await startFaultyReceiver('fails-on-duplicate');
    const report = await runConformance({ provider: 'kushki', url: fresh.url, happyOnly: true });
    await fresh.close();
    expect(report.rows.map(rowLabel)).toEqual([
      'kushki.card.approved',
      'kushki.card.declined',
      'kushki.transfer.approved',
      'kushki.transfer.declined',
      'kushki.cash.approved',
      'kushki.cash.expired',
    ]);
    expect(report.passed).toBe(true);
  }, 60_000);

  it('conformance > failed rows carry the payload sent and the response received', async () => {
    const report = await runConformance({ provider: 'kushki', url: receivers.get('answers-500-on-cash-expired')!.url, happyOnly: true });
    const row = report.rows.find((r) => r.variant === 'kushki.cash.expired')!;
    expect(row).toMatchObject({ passed: false, status: 500, reason: 'expected 200 but was 500' });
    expect(JSON.parse(row.exchanges[0]!.request.body)).toMatchObject({ status: 'expiredTransaction', paymentMethod: 'cash' });
    expect(row.exchanges[0]!.request.headers['X-Kushki-Signature']).toMatch(/^[0-9a-f]{64}$/);
    expect(row.exchanges[0]!.response?.status).toBe(500);
  }, 60_000);

  it('conformance > an unreachable receiver is a usage error, not a failed run', async () => {
    await expect(runConformance({ provider: 'all', url: 'http://127.0.0.1:1' })).rejects.toThrow(
      /receiver unreachable at http:\/\/127\.0\.0\.1:1/,
    );
  });
});

describe('receiver endpoints', () => {
  it.each([
    ['http://127.0.0.1:3000', undefined, 'kushki', 'http://127.0.0.1:3000/webhooks/kushki'],
    ['http://127.0.0.1:3000/', undefined, 'kustom', 'http://127.0.0.1:3000/webhooks/kustom'],
    ['http://127.0.0.1:3000/custom/hook', undefined, 'kushki', 'http://127.0.0.1:3000/custom/hook'],
    ['http://127.0.0.1:3000/webhooks/kushki', undefined, 'kushki', 'http://127.0.0.1:3000/webhooks/kushki'],
    ['http://127.0.0.1:3000/hooks/{provider}', undefined, 'kustom', 'http://127.0.0.1:3000/hooks/kustom'],
    ['http://127.0.0.1:3000/api/v2/', '/hooks/kushki', 'kushki', 'http://127.0.0.1:3000/api/v2/hooks/kushki'],
    ['http://127.0.0.1:3000', '/api/{provider}/hook', 'kushki', 'http://127.0.0.1:3000/api/kushki/hook'],
  ] as const)('endpoints > %s with path %s for %s is %s', (url, path, provider, expected) => {
    expect(endpointOf({ url, ...(path ? { path } : {}) }, provider, true).href).toBe(expected);
  });

  it('endpoints > with both providers, a path without {provider} is ignored and one with it applies to each', () => {
    expect(endpointOf({ url: 'http://127.0.0.1:3000', path: '/hook' }, 'kustom', false).href).toBe('http://127.0.0.1:3000/webhooks/kustom');
    expect(endpointOf({ url: 'http://127.0.0.1:3000', path: '/{provider}' }, 'kustom', false).href).toBe('http://127.0.0.1:3000/kustom');
  });
});

describe('other pact files', () => {
  it('pact files > an interaction outside the catalogue gets its own row, with its exchange', async () => {
    const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { REPO_ROOT } = await import('./support/run-cli.js');
    const pact = JSON.parse(readFileSync(join(REPO_ROOT, 'contracts', 'kushki-webhooks-merchant-webhook-receiver.json'), 'utf8'));
    const custom = structuredClone(pact.interactions[0]);
    custom.description = 'a merchant-specific card payment';
    custom.request.body.content = {
      ...custom.request.body.content,
      id: '0e4d5c3b-2a19-4f08-b7e6-d5c4b3a29180',
      ticketNumber: '1234567890123456',
    };
    pact.interactions = [pact.interactions[0], custom];
    const file = join(mkdtempSync(join(tmpdir(), 'hookproof-pact-')), 'custom.json');
    writeFileSync(file, JSON.stringify(pact));
    const receiver = await startFaultyReceiver('none');
    const report = await runConformance({ provider: 'kushki', url: receiver.url, pactFiles: [file], happyOnly: true });
    await receiver.close();
    expect(report.rows.map(rowLabel)).toEqual(['kushki.card.approved', 'a merchant-specific card payment']);
    expect(report.rows.every((r) => r.passed && r.status === 200)).toBe(true);
    expect(JSON.parse(report.rows[1]!.exchanges[0]!.request.body)).toMatchObject({ ticketNumber: '1234567890123456' });
  }, 60_000);
});
