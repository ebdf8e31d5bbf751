/**
 * Forwards a delivery to the app: the exact body bytes with the provider's headers, over a kept-alive
 * connection, and reads the app's answer. Never throws: an app that is down is a result.
 */
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { endToEndHeaders } from './hop-by-hop.js';
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
  forward(url: string, headers: Record<string, string | string[] | undefined>, body: Uint8Array): Promise<ForwardOutcome>;
  close(): void;
}

export function createForwarder(timeoutMs: number): Forwarder {
  const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
  // One URL per provider at most: parsed once each.
  const targets = new Map<string, URL>();
  const targetOf = (url: string): URL => {
    const known = targets.get(url);
    if (known !== undefined) return known;
    const target = new URL(url);
    targets.set(url, target);
    return target;
  };
  const forward = (url: string, headers: Record<string, string | string[] | undefined>, body: Uint8Array): Promise<ForwardOutcome> => {
    const started = performance.now();
    const latency = () => Math.round(performance.now() - started);
    return new Promise((resolve) => {
      const target = targetOf(url);
      const secure = target.protocol === 'https:';
      const send = secure ? httpsRequest : httpRequest;
      const down = (error: string): void =>
        resolve({ url, status: null, latencyMs: latency(), responseBody: '', error, contentType: undefined, answer: Buffer.alloc(0) });
      const req = send(target, {
        method: 'POST',
        agent: secure ? agents.https : agents.http,
        headers: { ...endToEndHeaders(headers), 'content-length': String(body.length) },
        timeout: timeoutMs,
      });
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
