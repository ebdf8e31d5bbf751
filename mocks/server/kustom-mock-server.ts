/**
 * `startKustomMockServer`: the Kustom Order Management and IPP mocks of `hookproof/msw` served over
 * real HTTP, for receivers in any language, plus the control API under `/__hookproof/`. The MSW
 * handlers answer every Kustom API request (through MSW's `getResponse`), so the rules are the ones
 * the in-process mock applies; this file only moves bytes between `node:http` and them.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import type { KustomSecret } from '../../src/signatures/kustom-secret.js';
import { type BasicCredentials, createKustomMock, type KustomMock } from '../msw/index.js';
import { fastSchedule } from '../sender/retry-schedule.js';
import { CONTROL_PREFIX, handleControl } from './control-api.js';
import { json, RequestTooLargeError, toFetchRequest, writeResponse } from './node-http-adapter.js';

/** Options of {@link startKustomMockServer}. */
export interface KustomMockServerOptions {
  /** The merchant's API credentials every Kustom API request must carry (Basic auth). */
  credentials: BasicCredentials;
  /** Default 0: a free port. */
  port?: number | undefined;
  /** Default `127.0.0.1`. */
  host?: string | undefined;
  /** The secret IPP callbacks are signed with. Default: hookproof's public test secret. */
  secret?: KustomSecret | readonly KustomSecret[] | undefined;
  /** Where IPP callbacks go (the receiver's Kustom webhook URL); also settable through the control API. */
  receiver?: string | undefined;
  /** How long one callback delivery attempt may take, in ms. Default 5 000. */
  deliveryTimeoutMs?: number | undefined;
  /** Seed of the ids the mock assigns. Default: drawn at random, so two servers never share ids. */
  seed?: number | undefined;
}

/** A listening mock server. */
export interface KustomMockServer {
  /** `http://127.0.0.1:<port>`: the Kustom API base URL to give the receiver. */
  url: string;
  /** The in-process mock behind it: the same state the control API reads. */
  mock: KustomMock;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

const hostInUrl = (host: string) => (host.includes(':') ? `[${host}]` : host);

/**
 * Starts the Kustom API mock on `host:port`.
 *
 * @example
 * const server = await startKustomMockServer({ credentials: { username: 'K1', password: 's3cret' } });
 * // give server.url to the receiver as its Kustom API base URL
 * await server.close();
 */
export async function startKustomMockServer(options: KustomMockServerOptions): Promise<KustomMockServer> {
  const host = options.host ?? '127.0.0.1';
  let mock: KustomMock | undefined;
  let url = '';
  const deliveryTimeoutMs = options.deliveryTimeoutMs ?? 5_000;

  const server: Server = createServer((req, res) => {
    void (async () => {
      if (!mock) return void res.writeHead(503).end();
      const request = await toFetchRequest(req, url);
      const { pathname, searchParams } = new URL(request.url);
      const response =
        pathname === CONTROL_PREFIX || pathname.startsWith(`${CONTROL_PREFIX}/`)
          ? await handleControl(
              { mock, defaultSecret: options.secret, deliveryTimeoutMs },
              request.method,
              pathname.slice(CONTROL_PREFIX.length),
              await request.text(),
              searchParams,
            )
          : ((await getResponse(mock.handlers, request)) ??
            json(404, { error: `hookproof mock: no Kustom API route ${request.method} ${pathname}` }));
      await writeResponse(res, response);
    })().catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      const status = error instanceof RequestTooLargeError ? 413 : 500;
      res.writeHead(status, { 'content-type': 'application/json', connection: 'close' });
      res.end(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  url = `http://${hostInUrl(host)}:${(server.address() as AddressInfo).port}`;
  mock = createKustomMock({
    credentials: options.credentials,
    baseUrl: url,
    seed: options.seed ?? Math.floor(Math.random() * 0x7fff_ffff),
    receiver: options.receiver
      ? {
          target: options.receiver,
          schedule: fastSchedule,
          timeoutMs: deliveryTimeoutMs,
          ...(options.secret === undefined ? {} : { secret: { kustom: options.secret } }),
        }
      : null,
  });

  return {
    url,
    mock,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
