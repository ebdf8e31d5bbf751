/**
 * A stand-in Pact Broker for the tests: node:http on 127.0.0.1 (ephemeral port), data in memory.
 *
 * The real Pact Broker is a Ruby application shipped as a container (`pactfoundation/pact-broker`),
 * which cannot run where hookproof's tests run. This stand-in implements, from the broker's public
 * API documentation, the subset of its HAL API that `hookproof publish`, the Rust verifier inside
 * pact-js and the Rust `pact-broker` CLI (`@pact-foundation/pact-cli`) use, and the tests drive it
 * with those real clients. Bearer-token and basic authentication are enforced when configured.
 */

import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { routes } from './broker-routes.js';
import { BrokerStore } from './broker-store.js';

export interface BrokerStandInOptions {
  /** Require `Authorization: Bearer <token>`. */
  token?: string;
  /** Require basic authentication with these credentials. */
  basicAuth?: { username: string; password: string };
  /** Environments to create up front, as an administrator would (`pact-broker create-environment`). */
  environments?: { name: string; production?: boolean }[];
}

export interface RequestRecord {
  method: string;
  path: string;
  status: number;
  /** The client, from its `User-Agent` (`pact-broker-cli/…`, `pact_verifier/…`, `hookproof/…`). */
  userAgent: string;
}

export interface BrokerStandIn {
  url: string;
  store: BrokerStore;
  /** Every request answered, in order. */
  requests: RequestRecord[];
  close(): Promise<void>;
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function authorized(header: string | undefined, options: BrokerStandInOptions): boolean {
  if (!options.token && !options.basicAuth) return true;
  if (!header) return false;
  if (options.token && header.startsWith('Bearer ') && same(header.slice(7), options.token)) return true;
  if (options.basicAuth && header.startsWith('Basic ')) {
    const expected = Buffer.from(`${options.basicAuth.username}:${options.basicAuth.password}`).toString('base64');
    return same(header.slice(6), expected);
  }
  return false;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  return JSON.parse(text) as unknown;
}

/**
 * Starts a stand-in broker.
 *
 * @example
 * const broker = await startBrokerStandIn({ token: 'ci-token', environments: [{ name: 'production', production: true }] });
 * // ... hookproof publish --broker-url broker.url ...
 * await broker.close();
 */
export async function startBrokerStandIn(options: BrokerStandInOptions = {}): Promise<BrokerStandIn> {
  const store = new BrokerStore();
  for (const e of options.environments ?? []) store.createEnvironment(e.name, e.production ?? false);
  const requests: RequestRecord[] = [];

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const answer = (status: number, body: unknown) => {
      requests.push({
        method: req.method ?? 'GET',
        path: `${url.pathname}${url.search}`,
        status,
        userAgent: String(req.headers['user-agent'] ?? ''),
      });
      const headers: Record<string, string> = { 'content-type': 'application/hal+json;charset=utf-8' };
      if (status === 401) headers['www-authenticate'] = options.token ? 'Bearer realm="stand-in"' : 'Basic realm="stand-in"';
      res.writeHead(status, headers).end(JSON.stringify(body));
    };
    if (!authorized(req.headers.authorization, options)) {
      req.resume();
      answer(401, { error: 'Unauthorized' });
      return;
    }
    const match = routes
      .map(([method, pattern, handler]) => ({ method, found: pattern.exec(url.pathname), handler }))
      .find((r) => r.found && r.method === req.method);
    if (!match?.found) {
      req.resume();
      answer(404, { errors: [`No route for ${req.method} ${url.pathname}`] });
      return;
    }
    const base = `http://${req.headers.host ?? '127.0.0.1'}`;
    const params = match.found.slice(1).map((p) => decodeURIComponent(p));
    readJson(req)
      .then((body) => {
        const { status, body: out } = match.handler({ store, base, params, body, search: url.searchParams });
        answer(status, out);
      })
      .catch((error: unknown) =>
        answer(400, { errors: [`request body is not JSON: ${error instanceof Error ? error.message : String(error)}`] }),
      );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
