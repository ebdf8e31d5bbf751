/**
 * Small webhook receivers for the conformance tests: one correct, and others each wrong in one
 * realistic way. Each is a real HTTP server on loopback.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseWebhook, testSecrets, verifyKushkiSignature, verifyKustomSignature, WebhookVerificationError } from '../../src/index.js';

export type ReceiverFault =
  | 'none'
  | 'answers-500-on-cash-expired'
  | 'requires-ticket-number'
  | 'parses-sync-metadata-as-boolean'
  | 'accepts-forged-signatures'
  | 'fails-on-duplicate'
  | 'verifies-reserialised-body'
  | 'rejects-other-kustom-events'
  | 'no-body-limit'
  | 'validates-nothing'
  | 'unique-transaction-reference';

export interface RunningReceiver {
  url: string;
  received: { path: string; status: number }[];
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

async function rawBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startFaultyReceiver(fault: ReceiverFault): Promise<RunningReceiver> {
  const seen = new Set<string>();
  const received: RunningReceiver['received'] = [];

  async function handle(req: IncomingMessage): Promise<number> {
    const provider = req.url === '/webhooks/kustom' ? 'kustom' : req.url === '/webhooks/kushki' ? 'kushki' : undefined;
    if (!provider || req.method !== 'POST') return 404;
    if (fault !== 'no-body-limit' && Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return 413;
    const body = await rawBody(req);
    if (fault !== 'accepts-forged-signatures') {
      const signed = fault === 'verifies-reserialised-body' ? JSON.stringify(JSON.parse(body.toString('utf8'))) : body;
      try {
        if (provider === 'kushki') await verifyKushkiSignature({ body: signed, headers: req.headers, secret: testSecrets.kushki });
        else await verifyKustomSignature({ body: signed, headers: req.headers, secrets: testSecrets.kustom });
      } catch (error) {
        if (error instanceof WebhookVerificationError) return 401;
        throw error;
      }
    }
    if (fault === 'validates-nothing') return 200;
    const result = parseWebhook(body, { provider });
    if (!result.ok) return 400;
    if (result.kind === 'other-event') return fault === 'rejects-other-kustom-events' ? 400 : 200;
    const event = result.event as unknown as Record<string, unknown>;
    // A unique index on Kushki's transactionReference, written before the event id is deduplicated.
    if (fault === 'unique-transaction-reference' && typeof event.transactionReference === 'string') {
      if (seen.has(event.transactionReference)) throw new Error('duplicate key value violates unique constraint');
      seen.add(event.transactionReference);
    }
    const id = String(event.id);
    if (seen.has(id) && fault === 'fails-on-duplicate') return 409;
    seen.add(id);
    if (fault === 'answers-500-on-cash-expired' && result.variant === 'kushki.cash.expired') return 500;
    if (fault === 'requires-ticket-number' && provider === 'kushki' && typeof event.ticketNumber !== 'string') {
      throw new TypeError("Cannot read properties of undefined (reading 'padStart')");
    }
    if (fault === 'parses-sync-metadata-as-boolean' && provider === 'kushki' && typeof event.syncMetadata !== 'boolean') {
      throw new TypeError('syncMetadata must be a boolean');
    }
    return 200;
  }

  const server = createServer((req, res) => {
    handle(req)
      .then((status) => {
        received.push({ path: req.url ?? '', status });
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ status }));
      })
      .catch((error: unknown) => {
        received.push({ path: req.url ?? '', status: 500 });
        res.writeHead(500, { 'content-type': 'text/plain' }).end(`internal error: ${String(error)}`);
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
