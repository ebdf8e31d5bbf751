/**
 * `npm start`, the main job: starts a `hookproof mock` server of the Kustom APIs and the example
 * merchant receiver (its Kustom API base URL is the mock's), both on ephemeral loopback ports; runs
 * `hookproof verify --provider all --scenarios` against it (Pact contracts through the real Pact
 * verifier, the checks beyond the happy path, and the Kustom lifecycle scenarios through the mock);
 * prints the table, writes reports/conformance.html, and exits 0 only when every row passes.
 */
import { startReceiver } from '../examples/receiver/server.js';
import { startKustomMockServer } from '../mocks/server/kustom-mock-server.js';
import { runVerifyCommand } from '../src/cli/commands/verify.js';
import { testSecrets } from '../src/index.js';

const credentials = { username: 'merchant-test-user', password: 'merchant-test-password' };
const mock = await startKustomMockServer({ credentials, secret: testSecrets.kustom });
const kustom = mock.mock;

const receiver = await startReceiver({
  kustom: { secrets: testSecrets.kustom },
  kushki: { secret: testSecrets.kushki },
  orderManagement: { baseUrl: mock.url, credentials },
});
console.log(`Example receiver listening on ${receiver.url}; Kustom APIs mocked by hookproof mock at ${mock.url}.\n`);

const { code } = await runVerifyCommand(
  { provider: 'all', url: receiver.url, report: 'reports/conformance.html', scenarios: true, mock: mock.url },
  {
    stateHandlers: {
      // The finalized session's order must exist in Order Management for the receiver to capture it.
      'an IPP session was finalized with an authorized order': (params) => {
        const orderId = String(params.order_id);
        if (!kustom.orders.get(orderId)) kustom.orders.authorize({ order_id: orderId, order_amount: 25_000, purchase_currency: 'EUR' });
      },
    },
  },
);

await receiver.receiver.idle();
const captures = receiver.receiver.store.captures;
console.log(`\nThe receiver made ${captures.length} capture(s) through the mock:`);
for (const capture of captures) {
  const order = kustom.orders.get(capture.orderId);
  // Rows other than the scenarios may send a finalized event for an order the mock never authorized: that capture fails (404).
  const why = capture.status === 'failed' ? `: ${capture.reason}` : '';
  console.log(`  order ${capture.orderId}: ${capture.status}${why}${order ? ` (order now ${order.status})` : ''}`);
}
await receiver.close();
await mock.close();
process.exitCode = code;
