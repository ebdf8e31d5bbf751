/**
 * A loopback proxy between the Pact verifier and the receiver under test. The verifier replays each
 * interaction's request; the proxy signs the exact bytes it received (at verification time, with the
 * user's secret), forwards them to the receiver's endpoint for that provider, and records the exchange.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Provider } from '../catalogue/variant-catalogue.js';
import { CONTRACT_PATHS } from './contract-conventions.js';
import { type Exchange, postToReceiver } from './exchange.js';
import { type SignDeliveryOptions, signDelivery } from './sign-delivery.js';

export interface SigningProxyOptions {
  endpoints: Partial<Record<Provider, URL>>;
  secrets: SignDeliveryOptions['secrets'];
  timeoutMs?: number | undefined;
}

export interface SigningProxy {
  url: string;
  exchanges: Exchange[];
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function providerOfPath(path: string): Provider | undefined {
  return (Object.keys(CONTRACT_PATHS) as Provider[]).find((p) => CONTRACT_PATHS[p] === path);
}

export async function startSigningProxy(options: SigningProxyOptions): Promise<SigningProxy> {
  const exchanges: Exchange[] = [];
  // Only labels the exchanges: loaded while the verifier process starts, off the run's critical path.
  const validation = import('../validation/parse-webhook.js');

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const provider = providerOfPath(new URL(req.url ?? '/', 'http://proxy').pathname);
    const endpoint = provider ? options.endpoints[provider] : undefined;
    if (!provider || !endpoint) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`hookproof proxy: no receiver endpoint for ${req.method} ${req.url}`);
      return;
    }
    const text = body.toString('utf8');
    const parsed = (await validation).parseWebhook(body, { provider });
    const variant = parsed.ok && parsed.kind === 'variant' ? parsed.variant : null;
    const signed = await signDelivery({ provider, body: text, secrets: options.secrets });
    const headers = { 'content-type': String(req.headers['content-type'] ?? 'application/json'), ...signed };
    const exchange = await postToReceiver(endpoint, provider, variant, headers, body, options.timeoutMs);
    exchanges.push(exchange);
    if (!exchange.response) {
      res
        .writeHead(502, { 'content-type': 'text/plain' })
        .end(`hookproof proxy: receiver unreachable (${exchange.error ?? 'no response'})`);
      return;
    }
    const contentType = exchange.response.headers['content-type'];
    res.writeHead(exchange.response.status, contentType ? { 'content-type': contentType } : {}).end(exchange.response.body);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`hookproof proxy error: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    exchanges,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
