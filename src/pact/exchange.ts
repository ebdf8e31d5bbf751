/** One HTTP exchange with the receiver under test, as recorded for the report. */
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
  error?: string;
  durationMs: number;
}

const MAX_RECORDED_BODY = 64 * 1024;

/** Keeps recorded bodies readable in a report: long bodies are cut, with their size said. */
export function recordedBody(text: string): string {
  return text.length <= MAX_RECORDED_BODY ? text : `${text.slice(0, MAX_RECORDED_BODY)}\n... (${text.length} characters in all)`;
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
  const text = typeof body === 'string' ? body : Buffer.from(body).toString('utf8');
  const request = { headers, body: recordedBody(text) };
  try {
    const response = await fetch(url, { method: 'POST', headers, body: typeof body === 'string' ? body : Buffer.from(body), signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
    const responseBody = await response.text();
    return {
      provider,
      variant,
      url: url.href,
      request,
      response: { status: response.status, headers: Object.fromEntries(response.headers), body: recordedBody(responseBody) },
      durationMs: Math.round(performance.now() - started),
    };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
    return { provider, variant, url: url.href, request, response: null, error: detail, durationMs: Math.round(performance.now() - started) };
  }
}
