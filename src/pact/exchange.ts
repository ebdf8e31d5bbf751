/** One HTTP exchange with the receiver under test, as recorded for the report. */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Provider, VariantId } from '../catalogue/variant-catalogue.js';

export interface Exchange {
  provider: Provider;
  /** The catalogue variant of the body sent, when it is one. */
  variant: VariantId | null;
  url: string;
  request: { headers: Record<string, string>; body: string };
  /** `null` when no response came (connection refused, timeout). */
  response: { status: number; headers: Record<string, string>; body: string } | null;
  /** Why no response came. */
  error?: string | undefined;
  durationMs: number;
}

const MAX_RECORDED_BODY = 64 * 1024;

/** Keeps recorded bodies readable in a report: long bodies are cut, with their size said. */
export function recordedBody(text: string): string {
  return text.length <= MAX_RECORDED_BODY ? text : `${text.slice(0, MAX_RECORDED_BODY)}\n... (${text.length} characters in all)`;
}

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * One POST on a connection of its own (no keep-alive pool): a receiver that answers early and drops
 * the rest of a request (a 413 on an oversize body) must not break the next, unrelated request.
 */
function post(url: URL, headers: Record<string, string>, body: Buffer, timeoutMs: number): Promise<RawResponse> {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      url,
      { method: 'POST', headers: { ...headers, 'content-length': String(body.length) }, agent: false, timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const responseHeaders = Object.fromEntries(
            Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v)]),
          );
          resolve({ status: res.statusCode ?? 0, headers: responseHeaders, body: Buffer.concat(chunks).toString('utf8') });
        });
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error(`no response within ${timeoutMs} ms`), { code: 'TIMEOUT' })));
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Posts a body to the receiver and records the exchange. Never throws: a network failure is recorded
 * as `response: null` with its `error`.
 */
export async function postToReceiver(
  url: URL,
  provider: Provider,
  variant: VariantId | null,
  headers: Record<string, string>,
  body: string | Uint8Array,
  timeoutMs = 10_000,
): Promise<Exchange> {
  const started = performance.now();
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
  const request = { headers, body: recordedBody(bytes.toString('utf8')) };
  const durationMs = () => Math.round(performance.now() - started);
  try {
    const response = await post(url, headers, bytes, timeoutMs);
    return {
      provider,
      variant,
      url: url.href,
      request,
      response: { ...response, body: recordedBody(response.body) },
      durationMs: durationMs(),
    };
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    return { provider, variant, url: url.href, request, response: null, error: detail, durationMs: durationMs() };
  }
}
