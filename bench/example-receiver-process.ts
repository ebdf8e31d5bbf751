/**
 * The example receiver (examples/receiver/) as the listen benchmark's app: the merchant endpoint a
 * developer forwards to, verifying each delivery's signature over its raw body and validating it with
 * `parseWebhook` before answering. In a process of its own, started with `fork` like the loopback
 * receiver, and speaking the same messages (`{ port }` once listening, `'count'` answered with the
 * requests answered so far).
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createReceiver } from '../examples/receiver/receiver-app.js';
import { testReceiverConfig } from '../examples/receiver/server.js';
import type { ReceiverMessage } from './loopback-receiver.js';

let requests = 0;
const receiver = createReceiver(testReceiverConfig);

const send = (message: ReceiverMessage) => process.send?.(message);

if (process.send) {
  const server = serve(
    {
      // Counted once answered, whatever the answer: the benchmark checks the statuses itself.
      fetch: async (request: Request) => {
        const response = await receiver.app.fetch(request);
        requests++;
        return response;
      },
      hostname: '127.0.0.1',
      port: 0,
    },
    (info: AddressInfo) => send({ type: 'listening', port: info.port }),
  );
  server.once('error', (error) => {
    console.error(error);
    process.exit(1);
  });
  process.on('message', (message: unknown) => {
    if (message === 'count') send({ type: 'count', requests, bytes: 0 });
  });
  process.on('disconnect', () => process.exit(0));
}
