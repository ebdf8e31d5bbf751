/** Turns a webhook body in any form a server hands over into a JSON value, or an issue saying why not. */
import type { ParseIssue } from './parse-issue.js';

/** What `parseWebhook` accepts: a parsed JSON value, the raw body as a string, or its bytes. */
export type WebhookBody = unknown;

export type DecodedBody = { ok: true; value: unknown } | { ok: false; issue: ParseIssue };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function parseJson(text: string): DecodedBody {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, issue: { path: '', message: `is not valid JSON: ${detail}`, keyword: 'json' } };
  }
}

/**
 * Strings and bytes are parsed as JSON (a leading byte-order mark is ignored; invalid UTF-8 is an
 * issue); anything else is taken as an already parsed value.
 */
export function decodeBody(body: WebhookBody): DecodedBody {
  if (typeof body === 'string') return parseJson(body.charCodeAt(0) === 0xfeff ? body.slice(1) : body);
  if (body instanceof Uint8Array || body instanceof ArrayBuffer) {
    let text: string;
    try {
      text = utf8.decode(body);
    } catch {
      return { ok: false, issue: { path: '', message: 'is not valid UTF-8', keyword: 'encoding' } };
    }
    return parseJson(text);
  }
  return { ok: true, value: body };
}
