/**
 * A webhook receiver that injects delivery faults, for the reliability suite: a real node:http
 * server on 127.0.0.1 (ephemeral port) that verifies every signature, decides per event and per
 * attempt what to do (answer a status, answer too late, hang, reset the connection) and keeps its
 * own books: requests per event id, and the 2xx answers that were actually written out.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { safeVerifyKushkiSignature, safeVerifyKustomSignature, testSecrets } from '../../src/index.js';

// Captured at import, so the receiver's own late answers are not counted as the sender's timers.
const { setTimeout, clearTimeout } = globalThis;

/**
 * What the receiver does with one request: answer `status`; `slow`: answer 200 after `slowMs`
 * (past the sender's timeout); `hang`: never answer; `reset`: read the whole body, then destroy
 * the connection without an answer.
 */
export type FaultAction = { status: number } | 'slow' | 'hang' | 'reset';

/** Decides the action for the `attempt`-th request (1-based) carrying event `eventId`. */
export type FaultPlan = (eventId: string, attempt: number) => FaultAction;

export interface FaultReceiverOptions {
  /** Per-request decision; ignored when `resetMidBody` is set. */
  plan?: FaultPlan;
  /** Destroy every connection after the first chunk of its body: the request is never read whole. */
  resetMidBody?: boolean;
  /** How late a `slow` answer comes. Default 1 500 ms. */
  slowMs?: number;
}

export interface FaultReceiver {
  url: string;
  /** Requests that arrived whole, per event id (a request whose signature failed counts under `unverified`). */
  readonly attempts: Map<string, number>;
  /** Event ids whose 2xx answer was written out completely, with how many times. */
  readonly acknowledged: Map<string, number>;
  /** Requests whose signature did not verify (they were answered 401). */
  readonly unverified: number;
  /** Requests cut off mid-body: `[bytes read, Content-Length]` each. */
  readonly cutOff: [number, number][];
  /** `slow` answers still waiting on their timer. */
  readonly pendingTimers: number;
  /** Closes the server, drops every connection (hanging ones too) and clears pending timers. */
  close(): Promise<void>;
}

async function verified(body: Buffer, req: IncomingMessage): Promise<boolean> {
  if (req.headers['x-kushki-signature'] !== undefined) {
    return (await safeVerifyKushkiSignature({ body, headers: req.headers, secret: testSecrets.kushki })).ok;
  }
  return (await safeVerifyKustomSignature({ body, headers: req.headers, secrets: testSecrets.kustom })).ok;
}

function eventIdOf(body: Buffer): string {
  try {
    const id = (JSON.parse(body.toString('utf8')) as { id?: unknown }).id;
    return typeof id === 'string' ? id : '(no id)';
  } catch {
    return '(not JSON)';
  }
}

/**
 * Starts a fault-injecting receiver on 127.0.0.1:0.
 *
 * @example
 * const receiver = await startFaultReceiver({ plan: (_id, attempt) => (attempt === 1 ? { status: 503 } : { status: 200 }) });
 * await sendAll({ target: receiver.url, webhooks, schedule: [0, 5] });
 * await receiver.close();
 */
export async function startFaultReceiver(options: FaultReceiverOptions): Promise<FaultReceiver> {
  const attempts = new Map<string, number>();
  const acknowledged = new Map<string, number>();
  const cutOff: [number, number][] = [];
  const timers = new Set<NodeJS.Timeout>();
  let unverified = 0;
  const slowMs = options.slowMs ?? 1_500;

  const answer = (res: ServerResponse, id: string, status: number) => {
    res.on('finish', () => {
      if (status >= 200 && status < 300) acknowledged.set(id, (acknowledged.get(id) ?? 0) + 1);
    });
    res.writeHead(status, { 'content-type': 'text/plain' }).end(String(status));
  };

  const server = createServer((req, res) => {
    if (options.resetMidBody) {
      let read = 0;
      req.once('data', (chunk: Buffer) => {
        read += chunk.length;
        cutOff.push([read, Number(req.headers['content-length'])]);
        req.socket.destroy();
      });
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      void verified(body, req).then((ok) => {
        if (!ok) {
          unverified++;
          return void res.writeHead(401).end();
        }
        const id = eventIdOf(body);
        const attempt = (attempts.get(id) ?? 0) + 1;
        attempts.set(id, attempt);
        const action = options.plan?.(id, attempt) ?? { status: 200 };
        if (action === 'hang') return;
        if (action === 'reset') return void req.socket.destroy();
        if (action === 'slow') {
          const timer = setTimeout(() => {
            timers.delete(timer);
            if (!res.destroyed) answer(res, id, 200);
          }, slowMs);
          return void timers.add(timer);
        }
        answer(res, id, action.status);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`,
    attempts,
    acknowledged,
    cutOff,
    get unverified() {
      return unverified;
    },
    get pendingTimers() {
      return timers.size;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
