/**
 * `npm start`, the main job: starts the example merchant receiver on an ephemeral loopback port, with
 * the Kustom Order Management API mocked in-process by hookproof/msw; runs `hookproof verify --provider
 * all` against it (Pact contracts through the real Pact verifier, then the checks beyond the happy path);
 * prints the table, writes reports/conformance.html, and exits 0 only when every row passes.
 */
import { setupServer } from 'msw/node';
import { startReceiver } from '../examples/receiver/server.js';
import { createKustomMock } from '../mocks/msw/index.js';
import { runVerifyCommand } from '../src/cli/commands/verify.js';
import { testSecrets } from '../src/index.js';

const credentials = { username: 'merchant-test-user', password: 'merchant-test-password' };
const kustom = createKustomMock({ credentials });
// Only Kustom's API hosts are mocked; requests to the receiver on loopback pass through.
const msw = setupServer(...kustom.handlers);
msw.listen({ onUnhandledRequest: 'bypass' });

const receiver = await startReceiver({
  kustom: { secrets: testSecrets.kustom },
  kushki: { secret: testSecrets.kushki },
  orderManagement: { baseUrl: 'https://api.kustom.co', credentials },
});
console.log(`Example receiver listening on ${receiver.url}; Kustom Order Management mocked in-process.\n`);

const { code } = await runVerifyCommand(
  { provider: 'all', url: receiver.url, report: 'reports/conformance.html' },
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
for (const capture of captures) {
  const order = kustom.orders.get(capture.orderId);
  console.log(`Receiver capture of order ${capture.orderId}: ${capture.status}${order ? ` (order now ${order.status})` : ''}`);
}
await receiver.close();
msw.close();
process.exitCode = code;
