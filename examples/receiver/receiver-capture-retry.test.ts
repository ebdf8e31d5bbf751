/**
 * The capture after `ipp.session.finalized` happens after the acknowledgement, so nobody redelivers
 * the event if it fails: the receiver retries it, safely, under the same idempotency key.
 */

import { fixtures } from 'hookproof/fixtures';
import { createKustomMock } from 'hookproof/msw';
import { sendWebhook } from 'hookproof/sender';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReceiver } from './receiver-app.js';
import { testReceiverConfig } from './server.js';

const credentials = { username: 'K501661_retry', password: 'kustom-test-password' };
const baseUrl = 'https://api.playground.kustom.co';
const kustom = createKustomMock({ credentials, seed: 29 });
const server = setupServer(...kustom.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

/** A fetch that fails its first `failures` calls with a network error, then calls the real one. */
function flakyFetch(failures: number): { fetch: typeof fetch; calls: () => number } {
  let calls = 0;
  return {
    calls: () => calls,
    fetch: async (input, init) => {
      calls++;
      if (calls <= failures) throw new TypeError('fetch failed: ECONNRESET');
      return fetch(input, init);
    },
  };
}

async function deliverFinalized(failures: number) {
  const order = kustom.orders.authorize({ order_amount: 12_300, purchase_currency: 'EUR' });
  const flaky = flakyFetch(failures);
  const receiver = createReceiver({ ...testReceiverConfig, orderManagement: { baseUrl, credentials, fetch: flaky.fetch } });
  const event = fixtures.kustom.sessionFinalized({ data: { order_id: order.order_id } });
  const report = await sendWebhook({ event, target: receiver.fetch, handlerUrl: 'http://localhost/webhooks/kustom', schedule: [0] });
  expect(report.deliveries[0]?.outcome).toBe('delivered');
  await receiver.idle();
  return { order: kustom.orders.get(order.order_id), outcomes: receiver.store.captures, calls: flaky.calls() };
}

describe('receiver capture retries', () => {
  it('capture retry > a capture whose first attempts fail is retried and captures once', async () => {
    const { order, outcomes, calls } = await deliverFinalized(2);
    expect(outcomes).toEqual([expect.objectContaining({ status: 'captured', amount: 12_300, attempts: 3 })]);
    expect(order).toMatchObject({ status: 'CAPTURED', captured_amount: 12_300 });
    expect(order?.captures).toHaveLength(1);
    expect(calls).toBe(4); // two failed GETs, then GET and POST
  });

  it('capture retry > a capture that keeps failing is recorded as failed after every attempt', async () => {
    const { order, outcomes } = await deliverFinalized(100);
    expect(outcomes).toEqual([expect.objectContaining({ status: 'failed', attempts: 3 })]);
    expect(order).toMatchObject({ status: 'AUTHORIZED', captured_amount: 0 });
  });
});
