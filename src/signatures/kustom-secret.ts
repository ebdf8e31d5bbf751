/** Kustom signing secrets: the Standard Webhooks `whsec_<base64>` form, or a raw string or bytes. */
import { utf8 } from './raw-body.js';

/**
 * A Kustom webhook signing secret.
 *
 * - `whsec_<base64>` (the Standard Webhooks form): the key is the base64-decoded part (standard
 *   alphabet, padded).
 * - any other string: the key is the string's UTF-8 bytes, as is. (The `standardwebhooks`
 *   constructor would base64-decode an unprefixed string; hookproof does not guess, so a secret
 *   copied from a dashboard that has no `whsec_` prefix is used exactly as shown.)
 * - a `Uint8Array`: the key bytes.
 *
 * @example
 * await signKustom({ body, secrets: 'whsec_aG9va3Byb29mLWt1c3RvbS1zZWNyZXQx' });
 * await signKustom({ body, secrets: ['whsec_old...', 'whsec_new...'] }); // during a rotation
 */
export type KustomSecret = string | Uint8Array;

const PREFIX = 'whsec_';
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

// Receivers verify every delivery with the same one or two secrets: decode each once.
const decoded = new Map<string, Uint8Array>();
const MAX_CACHED = 64;

function decodeSecret(secret: string): Uint8Array {
  const cached = decoded.get(secret);
  if (cached) return cached;
  let key: Uint8Array;
  if (secret.startsWith(PREFIX)) {
    const base64 = secret.slice(PREFIX.length);
    if (!BASE64.test(base64)) throw new Error('the part after whsec_ is not base64');
    key = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  } else {
    key = utf8(secret);
  }
  if (decoded.size >= MAX_CACHED) decoded.clear();
  decoded.set(secret, key);
  return key;
}

/** The HMAC key of one secret. Throws a `TypeError` for an empty or undecodable secret. */
export function kustomKey(secret: KustomSecret, caller: string): Uint8Array {
  try {
    const key = typeof secret === 'string' ? decodeSecret(secret) : secret;
    if (!(key instanceof Uint8Array)) throw new Error(`expected a string or Uint8Array, got ${typeof secret}`);
    if (key.length === 0) throw new Error("Secret can't be empty.");
    return key;
  } catch (error) {
    throw new TypeError(`${caller}: invalid Kustom webhook secret (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** One secret or several (a rotation) as a non-empty list. */
export function secretList(secrets: KustomSecret | readonly KustomSecret[], caller: string): readonly KustomSecret[] {
  const list = Array.isArray(secrets) ? (secrets as readonly KustomSecret[]) : [secrets as KustomSecret];
  if (list.length === 0) throw new TypeError(`${caller}: at least one Kustom webhook secret is needed`);
  return list;
}
