/** The raw request body a signature covers: the exact bytes on the wire, never a re-serialised parse. */

/**
 * The raw request body: the string or bytes exactly as received. A parsed and re-serialised body
 * (`JSON.stringify(req.body)`) is not the same bytes (key order, spacing, escapes, number format)
 * and will not verify.
 *
 * @example
 * app.post('/webhooks', express.raw({ type: 'application/json' }), async (req, res) => {
 *   await verifyKushkiSignature({ body: req.body, headers: req.headers, secret }); // req.body is a Buffer here
 * });
 */
export type RawBody = string | Uint8Array | ArrayBuffer;

const encoder = new TextEncoder();
// Keeps a leading byte-order mark, like Node's Buffer#toString: the signed text is the bytes as sent.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

function assertRawBody(body: unknown, caller: string): asserts body is RawBody {
  if (typeof body === 'string' || body instanceof Uint8Array || body instanceof ArrayBuffer) return;
  const got = body === null ? 'null' : Array.isArray(body) ? 'an array' : typeof body === 'object' ? 'a parsed object' : typeof body;
  throw new TypeError(
    `${caller}: body must be the raw request body (a string, Uint8Array/Buffer or ArrayBuffer), got ${got}. ` +
      'Re-serialising a parsed body changes its bytes, so the signature cannot match: read the raw body before any JSON parser.',
  );
}

/** A raw body as a string or bytes, whichever it came as (an `ArrayBuffer` is viewed, not copied). Throws a `TypeError` for anything else. */
export function rawBodyInput(body: unknown, caller: string): string | Uint8Array {
  assertRawBody(body, caller);
  if (typeof body === 'string') return body;
  return body instanceof Uint8Array ? body : new Uint8Array(body);
}

/** The text of a raw body (bytes are decoded as UTF-8, a byte-order mark kept). Throws a `TypeError` for anything else. */
export function rawBodyText(body: unknown, caller: string): string {
  assertRawBody(body, caller);
  return typeof body === 'string' ? body : decoder.decode(body);
}

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}
