/**
 * Acceptance: a describeReceiverContract suite fails against a receiver that accepts unsigned (and
 * forged) deliveries. This file is expected to fail exactly its signature rows; the repository's
 * test/consumer.test.ts checks which.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { parseWebhook } from 'hookproof';
import { describeReceiverContract } from 'hookproof/pact/vitest';
import { afterAll, beforeAll } from 'vitest';

const careless = new Hono().post('/webhooks/:provider', async (c) => c.body(null, parseWebhook(await c.req.text()).ok ? 200 : 400));

let server: ReturnType<typeof serve>;
beforeAll(async () => {
  server = await new Promise((resolve) => {
    const started = serve({ fetch: careless.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(started));
  });
});
afterAll(() => void server.close());

describeReceiverContract('unsigned-accepting receiver', 'all', () => ({
  url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
}));
