/**
 * The page's port: the page itself and its API (the list, the live feed, replay), on 127.0.0.1 only,
 * behind a random token generated at start. A request without the token, or naming another host (a
 * DNS-rebinding page), is refused.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ListenEntry } from './delivery-handler.js';
import type { DeliveryLog } from './delivery-log.js';
import type { ReplayResult } from './recording-replay.js';
import { listenPage } from './ui-page.js';

export interface UiHandlerOptions {
  token: string;
  log: DeliveryLog;
  /** Replays a delivery to the app; `null` when listen forwards nowhere. */
  replay: ((entry: ListenEntry, originalHeaders: boolean) => Promise<ReplayResult>) | null;
  /** The port the page is served on, for the Host check. */
  port: () => number;
}

/** A fresh token: 32 random bytes, hex. */
export function newUiToken(): string {
  return randomBytes(32).toString('hex');
}

function send(res: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}): void {
  res
    .writeHead(status, {
      'content-type': type,
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      ...extra,
    })
    .end(body);
}

const json = (res: ServerResponse, status: number, value: unknown) => send(res, status, 'application/json', JSON.stringify(value));

function tokenMatches(given: string | null, token: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function hostAllowed(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host ?? '';
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function liveFeed(res: ServerResponse, log: DeliveryLog): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
  res.write(': hookproof listen\n\n');
  const unsubscribe = log.subscribe((entry) => res.write(`event: delivery\ndata: ${JSON.stringify(entry)}\n\n`));
  const ping = setInterval(() => res.write(': ping\n\n'), 15_000);
  // The response's close (the browser went away), not the request's (its body ended).
  res.on('close', () => {
    clearInterval(ping);
    unsubscribe();
  });
}

export function createUiHandler(options: UiHandlerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const { token, log } = options;
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!hostAllowed(req, options.port())) return json(res, 403, { error: 'forbidden-host', message: 'open the page at 127.0.0.1' });
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const given = url.searchParams.get('token') ?? (req.headers['x-hookproof-token'] as string | undefined) ?? null;
    if (!tokenMatches(given, token)) {
      return json(res, 401, { error: 'token-required', message: 'open the URL hookproof listen printed at start: it holds the token' });
    }
    const method = req.method ?? 'GET';
    if (method === 'GET' && url.pathname === '/') {
      const nonce = randomBytes(16).toString('base64');
      const csp = `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
      return send(res, 200, 'text/html; charset=utf-8', listenPage(nonce, options.replay !== null), { 'content-security-policy': csp });
    }
    if (method === 'GET' && url.pathname === '/api/deliveries') return json(res, 200, { deliveries: log.list() });
    if (method === 'GET' && url.pathname === '/api/events') return liveFeed(res, log);
    const replay = /^\/api\/deliveries\/(\d+)\/replay$/.exec(url.pathname);
    if (method === 'POST' && replay) {
      const entry = log.get(Number(replay[1]));
      if (!entry) return json(res, 404, { error: 'no-such-delivery' });
      if (options.replay === null) return json(res, 409, { error: 'no-app', message: 'listen was started without --forward-to' });
      try {
        return json(res, 200, await options.replay(entry, url.searchParams.get('headers') === 'original'));
      } catch (error) {
        return json(res, 422, { error: 'not-replayable', message: error instanceof Error ? error.message : String(error) });
      }
    }
    return json(res, 404, { error: 'not-found' });
  };
  return (req, res) => {
    req.resume();
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) json(res, 500, { error: 'failed', message: error instanceof Error ? error.message : String(error) });
    });
  };
}
