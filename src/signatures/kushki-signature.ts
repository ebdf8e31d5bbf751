/**
 * Kushki's webhook signature: `X-Kushki-Signature` is the lower-case hex HMAC-SHA256 of
 * `<raw body>.<X-Kushki-Id>` and `X-Kushki-SimpleSignature` the hex HMAC-SHA256 of the
 * `X-Kushki-Id` alone, both keyed with the merchant's webhook signature secret.
 */
import { constantTimeEqual, hmacSha256 } from '#hmac-sha256';
import { type RawBody, rawBodyInput, utf8 } from './raw-body.js';
import { assertWithinTolerance, nowMs, parseIntegerHeader } from './timestamp-tolerance.js';
import { headerValue, type WebhookHeaders } from './webhook-headers.js';
import { asVerificationResult, type VerificationResult, WebhookVerificationError } from './webhook-verification-error.js';

/** The headers Kushki signs a webhook with, as `signKushki` returns them (a plain object: spread it into `fetch` headers). */
export type KushkiSignatureHeaders = {
  /** The merchant's public key (Kushki sends the public merchant id). */
  'X-Kushki-Key': string;
  /** The send time in milliseconds since the epoch, as a decimal string. */
  'X-Kushki-Id': string;
  /** Lower-case hex HMAC-SHA256 of `<raw body>.<X-Kushki-Id>`. */
  'X-Kushki-Signature': string;
  /** Lower-case hex HMAC-SHA256 of the `X-Kushki-Id` string. */
  'X-Kushki-SimpleSignature': string;
};

/** Options of `signKushki`. */
export interface SignKushkiOptions {
  /** The exact bytes that will be sent. */
  body: RawBody;
  /** The webhook signature secret (used as UTF-8 bytes) or its raw bytes. */
  secret: string | Uint8Array;
  /** The `X-Kushki-Id` (a millisecond timestamp). Default: the current time. */
  id?: string | number | undefined;
  /** The `X-Kushki-Key`. Default: the body's `publicMerchantId`, else a fixed test key. */
  key?: string | undefined;
}

/** Options of `verifyKushkiSignature`. */
export interface VerifyKushkiOptions {
  /** The raw request body, exactly as received (not `JSON.stringify(req.body)`). */
  body: RawBody;
  /** The request headers: a `Headers`, Node's `req.headers` or a plain object in any case. */
  headers: WebhookHeaders;
  /** The webhook signature secret. */
  secret: string | Uint8Array;
  /** How far `X-Kushki-Id` may be from now, in ms. Default 300 000 (5 minutes); `Infinity` turns the check off. */
  toleranceMs?: number | undefined;
  /** When set, `X-Kushki-Key` must equal it (your public merchant id). */
  key?: string | undefined;
  /** The receiver's clock (a `Date` or ms since the epoch). Default: now. */
  now?: Date | number | undefined;
}

/** What a verified Kushki delivery tells the receiver. */
export interface VerifiedKushkiDelivery {
  provider: 'kushki';
  /** The `X-Kushki-Id`. */
  id: string;
  /** The `X-Kushki-Id` as a number of milliseconds since the epoch. */
  timestampMs: number;
  /** The `X-Kushki-Key`, when sent. */
  key: string | undefined;
  /** Whether an `X-Kushki-SimpleSignature` was sent (and so verified). */
  simpleSignatureChecked: boolean;
}

/** The `X-Kushki-Key` `signKushki` sends when neither the caller nor the body names one. */
export const testKushkiKey = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';

const DEFAULT_TOLERANCE_MS = 5 * 60 * 1000;

// Receivers verify every delivery with the same secret: encode it once.
const encodedSecrets = new Map<string, Uint8Array>();

/** The HMAC key of a Kushki secret (its UTF-8 bytes). Throws a `TypeError` for an empty one. */
export function kushkiKeyBytes(secret: string | Uint8Array, caller: string): Uint8Array {
  let bytes = typeof secret === 'string' ? encodedSecrets.get(secret) : secret;
  if (bytes === undefined && typeof secret === 'string') {
    bytes = utf8(secret);
    if (encodedSecrets.size >= 64) encodedSecrets.clear();
    encodedSecrets.set(secret, bytes);
  }
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) throw new TypeError(`${caller}: the Kushki webhook secret must not be empty`);
  return bytes;
}

/** Both signatures: the body is fed to the HMAC as it came (a string or bytes), never copied. */
function kushkiSignatures(body: string | Uint8Array, id: string, key: Uint8Array): { full: string; simple: string } {
  return { full: hmacSha256(key, [body, '.', id], 'hex'), simple: hmacSha256(key, [id], 'hex') };
}

function publicMerchantIdOf(body: string | Uint8Array): string | undefined {
  try {
    const parsed: unknown = JSON.parse(typeof body === 'string' ? body : new TextDecoder().decode(body));
    const id = (parsed as { publicMerchantId?: unknown } | null)?.publicMerchantId;
    return typeof id === 'string' && id !== '' ? id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Signs a body the way Kushki does and returns the four `X-Kushki-*` headers. Sign exactly the bytes
 * you send: the signature covers them, not the JSON value.
 *
 * @example
 * import { signKushki } from 'hookproof';
 *
 * const body = JSON.stringify(event);
 * const headers = await signKushki({ body, secret: 'my-webhook-secret' });
 * await fetch(url, { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...headers } });
 * @see https://docs.kushki.com (Webhooks: signature verification)
 */
export async function signKushki(options: SignKushkiOptions): Promise<KushkiSignatureHeaders> {
  return kushkiSignatureHeaders(options);
}

/** `signKushki` without the promise: the sender signs every attempt with it, in the same tick. */
export function kushkiSignatureHeaders(options: SignKushkiOptions): KushkiSignatureHeaders {
  const body = rawBodyInput(options.body, 'signKushki');
  const key = kushkiKeyBytes(options.secret, 'signKushki');
  const id = String(options.id ?? Date.now());
  const { full, simple } = kushkiSignatures(body, id, key);
  return {
    'X-Kushki-Key': options.key ?? publicMerchantIdOf(body) ?? testKushkiKey,
    'X-Kushki-Id': id,
    'X-Kushki-Signature': full,
    'X-Kushki-SimpleSignature': simple,
  };
}

function required(headers: WebhookHeaders, name: string): string {
  const value = headerValue(headers, name);
  if (value === undefined) throw new WebhookVerificationError('missing-header', `${name} header is missing`, name);
  return value;
}

function assertHexSignature(value: string, header: string): string {
  const lower = value.toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(lower)) {
    throw new WebhookVerificationError('malformed-header', `${header} must be 64 hex characters (HMAC-SHA256)`, header);
  }
  return lower;
}

/**
 * Verifies a Kushki delivery: `X-Kushki-Signature` over the raw body and `X-Kushki-Id`,
 * `X-Kushki-SimpleSignature` when present, the `X-Kushki-Id` timestamp within the tolerance, and
 * `X-Kushki-Key` when you pass `key`. Comparisons are constant-time. Throws a
 * `WebhookVerificationError` (answer 401); resolves with what the headers tell.
 *
 * @example
 * import { verifyKushkiSignature } from 'hookproof';
 *
 * app.post('/webhooks/kushki', express.raw({ type: 'application/json' }), async (req, res) => {
 *   await verifyKushkiSignature({ body: req.body, headers: req.headers, secret: process.env.KUSHKI_WEBHOOK_SECRET! });
 *   res.sendStatus(200);
 * });
 * @see https://docs.kushki.com (Webhooks: signature verification)
 */
export async function verifyKushkiSignature(options: VerifyKushkiOptions): Promise<VerifiedKushkiDelivery> {
  const body = rawBodyInput(options.body, 'verifyKushkiSignature');
  const key = kushkiKeyBytes(options.secret, 'verifyKushkiSignature');
  const { headers } = options;
  const id = required(headers, 'x-kushki-id');
  const signature = assertHexSignature(required(headers, 'x-kushki-signature'), 'x-kushki-signature');
  const simpleHeader = headerValue(headers, 'x-kushki-simplesignature');
  const simple = simpleHeader === undefined ? undefined : assertHexSignature(simpleHeader, 'x-kushki-simplesignature');
  const timestampMs = parseIntegerHeader(id, 'x-kushki-id');
  assertWithinTolerance(timestampMs, nowMs(options.now), options.toleranceMs ?? DEFAULT_TOLERANCE_MS, 'x-kushki-id');

  const expected = kushkiSignatures(body, id, key);
  if (!constantTimeEqual(signature, expected.full)) {
    throw new WebhookVerificationError('bad-signature', 'x-kushki-signature does not match the body and the secret', 'x-kushki-signature');
  }
  if (simple !== undefined && !constantTimeEqual(simple, expected.simple)) {
    throw new WebhookVerificationError(
      'bad-signature',
      'x-kushki-simplesignature does not match x-kushki-id and the secret',
      'x-kushki-simplesignature',
    );
  }
  const sentKey = headerValue(headers, 'x-kushki-key');
  if (options.key !== undefined && !constantTimeEqual(sentKey ?? '', options.key)) {
    throw new WebhookVerificationError('wrong-key', 'x-kushki-key is not the expected public key', 'x-kushki-key');
  }
  return { provider: 'kushki', id, timestampMs, key: sentKey, simpleSignatureChecked: simple !== undefined };
}

/**
 * `verifyKushkiSignature` that resolves with `{ ok: false, reason, message }` instead of throwing
 * a `WebhookVerificationError`. Configuration mistakes still throw a `TypeError`.
 *
 * @example
 * const result = await safeVerifyKushkiSignature({ body, headers: request.headers, secret });
 * if (!result.ok) return new Response(result.reason, { status: 401 });
 */
export function safeVerifyKushkiSignature(options: VerifyKushkiOptions): Promise<VerificationResult<VerifiedKushkiDelivery>> {
  return asVerificationResult(() => verifyKushkiSignature(options));
}
