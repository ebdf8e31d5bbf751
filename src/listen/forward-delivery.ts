/**
 * Forwards a delivery to the app: the exact body bytes with the provider's headers, over a kept-alive
 * connection, and reads the app's answer. Never throws: an app that is down is a result.
 */
import { Agent as HttpAgent, request as httpRequest, type RequestOptions } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { endToEndRawHeaders } from './hop-by-hop.js';
import type { ForwardResult } from './recording.js';

const MAX_RESPONSE_CHARS = 2_000;

/** The app's answer as it goes back to the provider. */
export interface ForwardOutcome extends ForwardResult {
  /** The app's content type, passed back to the provider with its body. */
  contentType: string | undefined;
  /** The app's whole answer, passed back to the provider. */
  answer: Buffer;
}

/** A forwarder with its own connection pools; `close()` ends them. */
export interface Forwarder {
  /** Forwards `body` with the provider's raw headers (`IncomingMessage.rawHeaders`), hop-by-hop ones left out. */
  forward(url: string, rawHeaders: readonly string[], body: Uint8Array): Promise<ForwardOutcome>;
  close(): void;
}

/** What a URL becomes once: the request options every forward to it shares. */
interface Target {
  secure: boolean;
  options: RequestOptions;
  /** The `Host` header: the URL's host, with its port when it is not the default. */
  host: string;
}

export function createForwarder(timeoutMs: number): Forwarder {
  const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
  // One URL per provider at most: parsed once each.
  const targets = new Map<string, Target>();
  const targetOf = (url: string): Target => {
    const known = targets.get(url);
    if (known !== undefined) return known;
    const parsed = new URL(url);
    const secure = parsed.protocol === 'https:';
    const target: Target = {
      secure,
      host: parsed.host,
      options: {
        hostname: parsed.hostname.startsWith('[') ? parsed.hostname.slice(1, -1) : parsed.hostname,
        port: parsed.port === '' ? undefined : Number(parsed.port),
        path: `${parsed.pathname}${parsed.search}`,
        method: 'POST',
        agent: secure ? agents.https : agents.http,
        timeout: timeoutMs,
      },
    };
    targets.set(url, target);
    return target;
  };
  const forward = (url: string, rawHeaders: readonly string[], body: Uint8Array): Promise<ForwardOutcome> => {
    const started = performance.now();
    const latency = () => Math.round(performance.now() - started);
    return new Promise((resolve) => {
      const target = targetOf(url);
      const send = target.secure ? httpsRequest : httpRequest;
      const down = (error: string): void =>
        resolve({ url, status: null, latencyMs: latency(), responseBody: '', error, contentType: undefined, answer: Buffer.alloc(0) });
      // The provider's headers as they came (names, case, repeats), then the ones this connection needs.
      const headers = endToEndRawHeaders(rawHeaders);
      headers.push('host', target.host, 'content-length', String(body.length));
      const req = send({ ...target.options, headers });
      req.on('timeout', () => req.destroy(new Error(`no response within ${timeoutMs} ms`)));
      req.on('error', (error: NodeJS.ErrnoException) => down(error.code ?? error.message));
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', (error) => down(error.message));
        res.on('end', () => {
          const answer = Buffer.concat(chunks);
          resolve({
            url,
            status: res.statusCode ?? null,
            latencyMs: latency(),
            responseBody: answer.toString('utf8').slice(0, MAX_RESPONSE_CHARS),
            error: null,
            contentType: res.headers['content-type'],
            answer,
          });
        });
      });
      req.end(body);
    });
  };
  return {
    forward,
    close: () => {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}
