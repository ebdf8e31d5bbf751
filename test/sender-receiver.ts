/**
 * Receivers for the sender tests: a real node:http server on 127.0.0.1 (ephemeral port) and an
 * in-process fetch handler. Both verify every request's signature with hookproof's verify functions
 * and record what arrived, byte for byte.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';
import { safeVerifyKushkiSignature, safeVerifyKustomSignature, testSecrets } from '../src/index.js';

export interface ReceivedWebhook {
  provider: 'kushki' | 'kustom' | null;
  headers: Record<string, string>;
  body: Buffer;
  /** `null` when the signature verified, else the reason. */
  rejection: string | null;
  /** The payload's `id`, when the body is JSON with one. */
  eventId: string | null;
}

/** What to do with the n-th request (0-based): a status, hang without answering, or drop the connection. */
export type Behaviour = (received: ReceivedWebhook, n: number) => number | 'hang' | 'destroy';

export interface ReceiverSecrets {
  kushki?: string;
  kustom?: string | string[];
}

/** Answers 200 to a verified request and 401 to any other. */
export const verifying = (r: ReceivedWebhook): number => (r.rejection === null ? 200 : 401);

function flatHeaders(headers: IncomingHttpHeaders | Headers): Record<string, string> {
  if (headers instanceof Headers) return Object.fromEntries(headers.entries());
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
}

async function inspect(body: Buffer, headers: IncomingHttpHeaders | Headers, secrets: ReceiverSecrets): Promise<ReceivedWebhook> {
  const flat = flatHeaders(headers);
  let eventId: string | null = null;
  try {
    const id = (JSON.parse(body.toString('utf8')) as { id?: unknown }).id;
    eventId = typeof id === 'string' ? id : null;
  } catch {
    eventId = null;
  }
  if (flat['x-kushki-signature'] !== undefined) {
    const result = await safeVerifyKushkiSignature({ body, headers, secret: secrets.kushki ?? testSecrets.kushki });
    return { provider: 'kushki', headers: flat, body, rejection: result.ok ? null : result.reason, eventId };
  }
  if (flat['webhook-signature'] !== undefined) {
    const result = await safeVerifyKustomSignature({ body, headers, secrets: secrets.kustom ?? testSecrets.kustom });
    return { provider: 'kustom', headers: flat, body, rejection: result.ok ? null : result.reason, eventId };
  }
  return { provider: null, headers: flat, body, rejection: 'unsigned', eventId };
}

export interface LoopbackReceiver {
  url: string;
  received: ReceivedWebhook[];
  close(): Promise<void>;
}

/** A node:http receiver on 127.0.0.1:0. `close()` also drops hanging connections. */
export async function startLoopbackReceiver(behaviour: Behaviour = verifying, secrets: ReceiverSecrets = {}): Promise<LoopbackReceiver> {
  const received: ReceivedWebhook[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void inspect(Buffer.concat(chunks), req.headers, secrets).then((r) => {
        const n = received.push(r) - 1;
        const action = behaviour(r, n);
        if (action === 'hang') return;
        if (action === 'destroy') return void req.socket.destroy();
        res.writeHead(action, { 'content-type': 'text/plain' }).end(r.rejection ?? 'ok');
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An in-process fetch-style handler with the same verification and recording. */
export function inProcessReceiver(
  behaviour: (received: ReceivedWebhook, n: number) => number | 'hang' | 'throw' = verifying,
  secrets: ReceiverSecrets = {},
): { handler: (request: Request) => Promise<Response>; received: ReceivedWebhook[]; requests: Request[] } {
  const received: ReceivedWebhook[] = [];
  const requests: Request[] = [];
  const handler = async (request: Request): Promise<Response> => {
    requests.push(request);
    const r = await inspect(Buffer.from(await request.arrayBuffer()), request.headers, secrets);
    const n = received.push(r) - 1;
    const action = behaviour(r, n);
    if (action === 'hang') return new Promise<Response>(() => {});
    if (action === 'throw') throw new Error('receiver crashed');
    return new Response(r.rejection ?? 'ok', { status: action });
  };
  return { handler, received, requests };
}

/** A URL on 127.0.0.1 where nothing listens (a port that was just freed). */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/webhooks`;
}

/** A `startLoopbackReceiver` for a test file: every receiver it starts is closed after each test. */
export function useLoopbackReceivers(): (...args: Parameters<typeof startLoopbackReceiver>) => Promise<LoopbackReceiver> {
  const open: LoopbackReceiver[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((r) => r.close()));
  });
  return async (...args) => {
    const r = await startLoopbackReceiver(...args);
    open.push(r);
    return r;
  };
}
