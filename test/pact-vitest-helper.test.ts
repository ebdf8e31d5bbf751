/**
 * The vitest helper as an app suite uses it: one test per row of `hookproof verify`, against a receiver
 * started in beforeAll; advisory rows that fail warn without failing their test. That a suite fails
 * against a broken receiver is shown in a packed install by test/consumer.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConformanceRow } from '../src/conformance/conformance-row.js';
import { describeReceiverContract, describeRowFailure } from '../src/pact/vitest.js';
import { type RunningReceiver, startFaultyReceiver } from './support/faulty-receivers.js';

let receiver: RunningReceiver;
let lax: RunningReceiver;
const seededSessions: unknown[] = [];
beforeAll(async () => {
  receiver = await startFaultyReceiver('none');
  lax = await startFaultyReceiver('validates-nothing');
});
afterAll(async () => {
  await receiver.close();
  await lax.close();
});

describeReceiverContract('pact vitest helper > receiver', 'all', () => ({
  url: receiver.url,
  stateHandlers: { 'an IPP session exists': (params) => void seededSessions.push(params.session_id) },
}));

// Validates nothing: the advisory schema-breaking-payload rows warn, and their tests pass.
describeReceiverContract('pact vitest helper > lax receiver, contracts and advisory rows', 'kushki', () => ({ url: lax.url }));

describeReceiverContract('pact vitest helper > happy path only', 'kustom', () => ({ url: receiver.url }), { happyOnly: true });

describe('pact vitest helper > failure message', () => {
  it('pact vitest helper > names the expectation, the status, the response body (truncated) and the URL', () => {
    const row: ConformanceRow = {
      provider: 'kushki',
      check: 'missing-signature',
      variant: 'kushki.card.approved',
      expectation: 'a delivery without signature headers is refused (4xx, not 2xx)',
      severity: 'required',
      passed: false,
      status: 200,
      reason: 'answered 200; expected a 4xx (401)',
      exchanges: [
        {
          provider: 'kushki',
          variant: 'kushki.card.approved',
          url: 'http://127.0.0.1:3000/webhooks/kushki',
          request: { headers: {}, body: '{}' },
          response: { status: 200, headers: {}, body: `ok ${'x'.repeat(1000)}` },
          durationMs: 1,
        },
      ],
    };
    const message = describeRowFailure(row);
    expect(message).toMatch(/^expected: a delivery without signature headers is refused/);
    expect(message).toMatch(/got: status 200, body "ok x+…"/);
    expect(message.length).toBeLessThan(600);
    expect(message).toMatch(/sent: POST http:\/\/127\.0\.0\.1:3000\/webhooks\/kushki$/);
  });
  it('pact vitest helper > the seeded state handler saw the session ids of the contracts', () => {
    expect(seededSessions.length).toBeGreaterThan(0);
  });
});
