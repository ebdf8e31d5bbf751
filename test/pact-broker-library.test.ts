/**
 * The broker options in the library: `publishContracts`, `verifyReceiver`, `runConformance` and
 * `describeReceiverContract` against the stand-in broker (see test/support/pact-broker-stand-in).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runConformance } from '../src/conformance/run-conformance.js';
import { PactBrokerError } from '../src/pact/broker-error.js';
import { publishContracts } from '../src/pact/publish-contracts.js';
import { verifyReceiver } from '../src/pact/verify-receiver.js';
import { describeReceiverContract } from '../src/pact/vitest.js';
import { type RunningReceiver, startFaultyReceiver } from './support/faulty-receivers.js';
import { type BrokerStandIn, startBrokerStandIn } from './support/pact-broker-stand-in/start-broker-stand-in.js';

const token = 'library-token';
let broker: BrokerStandIn;
let receiver: RunningReceiver;
beforeAll(async () => {
  broker = await startBrokerStandIn({ token });
  receiver = await startFaultyReceiver('none');
  await publishContracts({ url: broker.url, token, providerName: 'acme-receiver', consumerVersion: '7.0.0' });
});
afterAll(async () => {
  await Promise.all([broker.close(), receiver.close()]);
});

describeReceiverContract('pact broker library > describeReceiverContract', 'all', () => ({
  url: receiver.url,
  broker: { url: broker.url, token, providerName: 'acme-receiver', providerVersion: 'lib-1', providerBranch: 'main', publish: true },
}));

it('pact broker library > describeReceiverContract published its results to the broker', () => {
  const results = broker.store.verifications.filter((v) => v.providerVersion === 'lib-1');
  expect(results.map((r) => [r.consumer, r.success]).sort()).toEqual([
    ['kushki-webhooks', true],
    ['kustom-webhooks', true],
  ]);
});

it('pact broker library > verifyReceiver takes one provider from the broker, without publishing', async () => {
  const before = broker.store.verifications.length;
  const result = await verifyReceiver({
    provider: 'kushki',
    url: receiver.url,
    broker: { url: broker.url, token, providerName: 'acme-receiver' },
  });
  expect(result.passed).toBe(true);
  expect(result.variants.map((v) => [v.provider, v.pending])).toEqual(Array.from({ length: 6 }, () => ['kushki', false]));
  expect(broker.store.verifications).toHaveLength(before);
}, 30_000);

it('pact broker library > runConformance with a refused token rejects before any delivery', async () => {
  const before = receiver.received.length;
  await expect(
    runConformance({ provider: 'all', url: receiver.url, broker: { url: broker.url, token: 'wrong', providerName: 'acme-receiver' } }),
  ).rejects.toThrow(PactBrokerError);
  expect(receiver.received.length).toBe(before);
});
