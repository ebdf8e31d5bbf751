/**
 * Starts the example receiver on an ephemeral port of 127.0.0.1.
 *
 * As a script (`tsx examples/receiver/server.ts`), it listens until stopped and prints its URL; set
 * `PORT` for a fixed port.
 */

import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { serve } from '@hono/node-server';
import { testSecrets } from 'hookproof';
import { createReceiver, type Receiver } from './receiver-app.js';
import type { ReceiverConfig } from './receiver-config.js';

/** A listening receiver. */
export interface RunningReceiver {
  /** `http://127.0.0.1:<port>`: the webhook endpoints are `${url}/webhooks/kustom` and `${url}/webhooks/kushki`. */
  url: string;
  receiver: Receiver;
  /** Stops listening, after the captures in flight. */
  close(): Promise<void>;
}

/**
 * The configuration with hookproof's public test secrets, no Order Management (captures are skipped)
 * and quick capture retries (10 ms, 20 ms) so that tests of failing captures end fast.
 */
export const testReceiverConfig: ReceiverConfig = {
  kustom: { secrets: testSecrets.kustom },
  kushki: { secret: testSecrets.kushki },
  orderManagement: null,
  captureRetryDelaysMs: [10, 20],
};

/**
 * Starts the receiver on 127.0.0.1 (port 0: the system picks a free one).
 *
 * @example
 * const { url, close } = await startReceiver();
 * await sendAll({ target: `${url}/webhooks/kustom`, webhooks: ['kustom.ipp.session.created'] });
 * await close();
 */
export function startReceiver(config: ReceiverConfig = testReceiverConfig, port = 0): Promise<RunningReceiver> {
  const receiver = createReceiver(config);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: receiver.app.fetch, hostname: '127.0.0.1', port }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        receiver,
        close: async () => {
          await receiver.idle();
          await new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done())));
        },
      });
    });
    server.once('error', reject);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const running = await startReceiver(testReceiverConfig, Number(process.env.PORT ?? 0));
  console.log(`receiver listening on ${running.url} (POST /webhooks/kustom, /webhooks/kushki)`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
