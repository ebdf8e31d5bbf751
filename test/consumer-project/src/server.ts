/** The consumer's server: the README's app (src/app.ts) on a random loopback port. */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { app } from './app.js';

export async function startApp(options: { port: number }): Promise<{ url: string; close(): Promise<void> }> {
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: options.port }, () => resolve(started));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
