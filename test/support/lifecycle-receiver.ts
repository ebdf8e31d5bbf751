/**
 * A Kustom receiver for the scenario tests, correct by default, with one switch per bug the lifecycle
 * scenarios must catch. A real node:http server on 127.0.0.1 that verifies signatures and captures
 * through the Order Management API of a `hookproof mock`.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyKustomSignature } from '../../src/index.js';

export interface ReceiverBugs {
  /** Never calls Order Management. */
  neverCaptures?: boolean;
  /** Captures this much less than the remaining amount. */
  amountOff?: number;
  /** Retries after a failed capture (default true). */
  retries?: boolean;
  /** A new idempotency key on every attempt instead of one derived from the order. */
  newKeyPerAttempt?: boolean;
  /** Captures without reading the order first ("if not already captured" ignored). */
  noAlreadyCapturedCheck?: boolean;
  /** Processes a redelivered event again (no dedup by event id). */
  noDedup?: boolean;
  /** Captures before answering the callback. */
  captureBeforeAck?: boolean;
  /** Wrong Basic credentials. */
  wrongCredentials?: boolean;
}

export interface LifecycleReceiver {
  url: string;
  close(): Promise<void>;
}

const derivedKey = (orderId: string) => {
  const h = createHash('sha256').update(orderId).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

export async function startLifecycleReceiver(
  options: { apiBase: string; credentials: { username: string; password: string }; secret: string },
  bugs: ReceiverBugs = {},
): Promise<LifecycleReceiver> {
  const seen = new Set<string>();
  const pending = new Set<Promise<unknown>>();
  const password = bugs.wrongCredentials ? 'wrong' : options.credentials.password;
  const auth = `Basic ${Buffer.from(`${options.credentials.username}:${password}`).toString('base64')}`;
  const om = (path: string, init: RequestInit = {}) =>
    fetch(`${options.apiBase}/ordermanagement/v1/orders/${path}`, { ...init, headers: { Authorization: auth, ...init.headers } });

  /** Reads the order once, then posts the capture, retrying the POST (with the same key unless the bug says). */
  const capture = async (orderId: string) => {
    const delays = bugs.retries === false ? [0] : [0, 50, 100, 200];
    let amount: number | null = null;
    const key = derivedKey(orderId);
    for (const delay of delays) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      try {
        if (amount === null) {
          const response = await om(orderId);
          if (!response.ok) continue;
          const order = (await response.json()) as { order_amount: number; remaining_authorized_amount: number };
          if (!bugs.noAlreadyCapturedCheck && order.remaining_authorized_amount <= 0) return;
          amount = bugs.noAlreadyCapturedCheck ? order.order_amount : order.remaining_authorized_amount;
        }
        const response = await om(`${orderId}/captures`, {
          method: 'POST',
          headers: { 'Klarna-Idempotency-Key': bugs.newKeyPerAttempt ? randomUUID() : key, 'Content-Type': 'application/json' },
          body: JSON.stringify({ captured_amount: amount - (bugs.amountOff ?? 0) }),
        });
        if (response.status < 500) return;
      } catch {
        // a lost response: try again
      }
    }
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const body = Buffer.concat(chunks).toString('utf8');
        try {
          await verifyKustomSignature({ body, headers: req.headers as Record<string, string>, secrets: options.secret });
        } catch {
          return void res.writeHead(401).end();
        }
        const event = JSON.parse(body) as { id: string; type: string; data: { order_id?: string | null } };
        const fresh = !seen.has(event.id);
        seen.add(event.id);
        if ((fresh || bugs.noDedup) && event.type === 'ipp.session.finalized' && event.data.order_id && !bugs.neverCaptures) {
          const work = capture(event.data.order_id);
          if (bugs.captureBeforeAck) await work;
          else {
            pending.add(work);
            void work.finally(() => pending.delete(work));
          }
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"received":true}');
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/kustom`,
    close: async () => {
      await Promise.allSettled([...pending]);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
