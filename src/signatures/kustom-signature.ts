/**
 * Kustom's webhook signature, modelled on Standard Webhooks: `webhook-id`, `webhook-timestamp`
 * (seconds) and `webhook-signature` (`v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`, one
 * space-separated entry per active secret). The HMAC is the platform's (`#hmac-sha256`); the tests
 * check interop with the `standardwebhooks` reference library.
 */
import { constantTimeEqual, hmacSha256 } from '#hmac-sha256';
import { type KustomSecret, kustomKey, secretList } from './kustom-secret.js';
import { type RawBody, rawBodyText } from './raw-body.js';
import { assertWithinTolerance, nowMs, parseIntegerHeader } from './timestamp-tolerance.js';
import { headerValue, headerValues, type WebhookHeaders } from './webhook-headers.js';
import { asVerificationResult, type VerificationResult, WebhookVerificationError } from './webhook-verification-error.js';

/**
 * The header names of the Kustom signing scheme. Kustom's deliveries follow Standard Webhooks, so the
 * default is `webhook-id` / `webhook-timestamp` / `webhook-signature`; pass another scheme (Svix's
 * `svix-*` names, say) if your endpoint receives those.
 */
export interface KustomSignatureScheme {
  idHeader: string;
  timestampHeader: string;
  signatureHeader: string;
}

/**
 * The Standard Webhooks header names, Kustom's default.
 *
 * @example
 * await verifyKustomSignature({ body, headers, secrets, scheme: { ...standardWebhooksScheme, idHeader: 'svix-id' } });
 * @see https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md
 */
export const standardWebhooksScheme: Readonly<KustomSignatureScheme> = Object.freeze({
  idHeader: 'webhook-id',
  timestampHeader: 'webhook-timestamp',
  signatureHeader: 'webhook-signature',
});

/** Options of `signKustom`. */
export interface SignKustomOptions {
  /** The exact bytes that will be sent. */
  body: RawBody;
  /** The secret, or every active secret during a rotation (one signature entry each). */
  secrets: KustomSecret | readonly KustomSecret[];
  /** The `webhook-id`: the same for every retry of one message. Default: a fresh `msg_...` id. */
  id?: string | undefined;
  /** The `webhook-timestamp`: a `Date`, or a number of seconds since the epoch. Default: now. */
  timestamp?: Date | number | undefined;
  /** Header names. Default `standardWebhooksScheme`. */
  scheme?: Partial<KustomSignatureScheme> | undefined;
}

/** Options of `verifyKustomSignature`. */
export interface VerifyKustomOptions {
  /** The raw request body, exactly as received (not `JSON.stringify(req.body)`). */
  body: RawBody;
  /** The request headers: a `Headers`, Node's `req.headers` or a plain object in any case. */
  headers: WebhookHeaders;
  /** The secret, or the old and the new one during a rotation: any one may match. */
  secrets: KustomSecret | readonly KustomSecret[];
  /** How far `webhook-timestamp` may be from now, in seconds. Default 300 (the Standard Webhooks tolerance). */
  toleranceSeconds?: number | undefined;
  /** Header names. Default `standardWebhooksScheme`. */
  scheme?: Partial<KustomSignatureScheme> | undefined;
  /** The receiver's clock (a `Date` or ms since the epoch). Default: now. */
  now?: Date | number | undefined;
}

/** What a verified Kustom delivery tells the receiver. */
export interface VerifiedKustomDelivery {
  provider: 'kustom';
  /** The `webhook-id`: the same across retries of one message, so a key for deduplication. */
  id: string;
  /** The `webhook-timestamp`, seconds since the epoch. */
  timestamp: number;
  /** Which of the given secrets matched (0 for the first). */
  secretIndex: number;
}

const DEFAULT_TOLERANCE_SECONDS = 5 * 60;
const WHITESPACE = /\s+/;
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

const ID_LENGTH = 27;
// Random bytes are drawn 64 ids at a time (as the uuid package pools them): one `getRandomValues`
// call per id cost about as much as the HMAC that signs the message (about 2 µs on Node 20).
let randomPool = new Uint8Array(0);
let poolOffset = 0;

/** A fresh message id in the Standard Webhooks style: `msg_` and 27 base62 characters. */
export function newKustomMessageId(): string {
  if (poolOffset + ID_LENGTH > randomPool.length) {
    randomPool = globalThis.crypto.getRandomValues(new Uint8Array(ID_LENGTH * 64));
    poolOffset = 0;
  }
  let id = 'msg_';
  for (let i = poolOffset; i < poolOffset + ID_LENGTH; i++) id += BASE62[(randomPool[i] as number) % 62];
  poolOffset += ID_LENGTH;
  return id;
}

/** The base64 HMAC of `<id>.<timestamp>.<body>`, the Standard Webhooks signed content. */
function signature(key: Uint8Array, id: string, seconds: number, text: string): string {
  return hmacSha256(key, [`${id}.${seconds}.`, text], 'base64');
}

function schemeOf(scheme: Partial<KustomSignatureScheme> | undefined): KustomSignatureScheme {
  return scheme === undefined ? standardWebhooksScheme : { ...standardWebhooksScheme, ...scheme };
}

function timestampSeconds(timestamp: Date | number | undefined): number {
  if (timestamp === undefined) return Math.floor(Date.now() / 1000);
  return typeof timestamp === 'number' ? Math.floor(timestamp) : Math.floor(timestamp.getTime() / 1000);
}

/**
 * Signs a body the way Kustom does (Standard Webhooks) and returns the three headers. With two
 * secrets (a rotation), `webhook-signature` carries two space-separated `v1,` entries.
 *
 * @example
 * import { signKustom } from 'hookproof';
 *
 * const body = JSON.stringify(event);
 * const headers = await signKustom({ body, secrets: 'whsec_aG9va3Byb29mLWt1c3RvbS1zZWNyZXQx' });
 * // { 'webhook-id': 'msg_...', 'webhook-timestamp': '1780684632', 'webhook-signature': 'v1,...' }
 * @see https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md#signature-scheme
 */
export async function signKustom(options: SignKustomOptions): Promise<Record<string, string>> {
  return kustomSignatureHeaders(options);
}

/** `signKustom` without the promise: the sender signs every attempt with it, in the same tick. */
export function kustomSignatureHeaders(options: SignKustomOptions): Record<string, string> {
  const text = rawBodyText(options.body, 'signKustom');
  const keys = secretList(options.secrets, 'signKustom').map((s) => kustomKey(s, 'signKustom'));
  const scheme = schemeOf(options.scheme);
  const id = options.id ?? newKustomMessageId();
  const seconds = timestampSeconds(options.timestamp);
  return {
    [scheme.idHeader]: id,
    [scheme.timestampHeader]: String(seconds),
    [scheme.signatureHeader]: keys.map((key) => `v1,${signature(key, id, seconds, text)}`).join(' '),
  };
}

function required(headers: WebhookHeaders, name: string): string {
  const value = headerValue(headers, name);
  if (value === undefined) throw new WebhookVerificationError('missing-header', `${name} header is missing`, name);
  return value;
}

/** The base64 signatures of every `v1,` entry (other versions are ignored, as the spec says). */
function v1Signatures(headers: WebhookHeaders, name: string): string[] {
  const entries: string[] = [];
  for (const value of headerValues(headers, name)) {
    for (const part of value.split(WHITESPACE)) {
      // A `Headers` object joins repeated headers with ", ".
      const entry = part.endsWith(',') ? part.slice(0, -1) : part;
      if (entry !== '') entries.push(entry);
    }
  }
  if (entries.length === 0) throw new WebhookVerificationError('missing-header', `${name} header is missing`, name);
  const v1: string[] = [];
  for (const entry of entries) if (entry.startsWith('v1,')) v1.push(entry.slice(3));
  if (v1.length === 0) throw new WebhookVerificationError('malformed-header', `${name} has no v1 signature entry`, name);
  return v1;
}

/**
 * Verifies a Kustom delivery (Standard Webhooks): the timestamp within `toleranceSeconds` of now,
 * then any `v1` entry of `webhook-signature` against any of the secrets, compared in constant time.
 * Throws a `WebhookVerificationError` (answer 401); resolves with the message id (a key for
 * deduplication), its timestamp and which secret matched.
 *
 * @example
 * import { verifyKustomSignature } from 'hookproof';
 *
 * export async function POST(request: Request): Promise<Response> {
 *   const body = await request.text();
 *   await verifyKustomSignature({ body, headers: request.headers, secrets: process.env.KUSTOM_WEBHOOK_SECRET! });
 *   return new Response(null, { status: 200 });
 * }
 * @see https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md#verifying-webhook-authenticity
 */
export async function verifyKustomSignature(options: VerifyKustomOptions): Promise<VerifiedKustomDelivery> {
  const text = rawBodyText(options.body, 'verifyKustomSignature');
  const secrets = secretList(options.secrets, 'verifyKustomSignature');
  const keys: Uint8Array[] = [];
  for (const secret of secrets) keys.push(kustomKey(secret, 'verifyKustomSignature'));
  const scheme = schemeOf(options.scheme);
  const { headers } = options;
  const id = required(headers, scheme.idHeader);
  const timestampHeader = required(headers, scheme.timestampHeader);
  const signatures = v1Signatures(headers, scheme.signatureHeader);
  const timestampName = scheme.timestampHeader.toLowerCase();
  const timestamp = parseIntegerHeader(timestampHeader, timestampName);
  const toleranceSeconds = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  assertWithinTolerance(timestamp * 1000, nowMs(options.now), toleranceSeconds * 1000, timestampName);

  let secretIndex = -1;
  for (let index = 0; index < keys.length; index++) {
    const expected = signature(keys[index] as Uint8Array, id, timestamp, text);
    // Compare against every entry, without stopping early, so timing does not tell which matched.
    let matched = false;
    for (const candidate of signatures) matched = constantTimeEqual(candidate, expected) || matched;
    if (matched && secretIndex === -1) secretIndex = index;
  }
  if (secretIndex === -1) {
    const header = scheme.signatureHeader.toLowerCase();
    throw new WebhookVerificationError(
      'bad-signature',
      `${header} does not match the body, ${scheme.idHeader}, ${scheme.timestampHeader} and the secret(s)`,
      header,
    );
  }
  return { provider: 'kustom', id, timestamp, secretIndex };
}

/**
 * `verifyKustomSignature` that resolves with `{ ok: false, reason, message }` instead of throwing
 * a `WebhookVerificationError`. Configuration mistakes still throw a `TypeError`.
 *
 * @example
 * const result = await safeVerifyKustomSignature({ body, headers: request.headers, secrets: [oldSecret, newSecret] });
 * if (!result.ok) return new Response(result.reason, { status: 401 });
 * if (await seen(result.delivery.id)) return new Response(null, { status: 200 }); // a retry or duplicate
 */
export function safeVerifyKustomSignature(options: VerifyKustomOptions): Promise<VerificationResult<VerifiedKustomDelivery>> {
  return asVerificationResult(() => verifyKustomSignature(options));
}
