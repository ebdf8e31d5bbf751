/** Kustom signing secrets: the Standard Webhooks `whsec_<base64>` form, or a raw string or bytes. */
import { Webhook } from 'standardwebhooks';
import { utf8 } from './raw-body.js';

/**
 * A Kustom webhook signing secret.
 *
 * - `whsec_<base64>` (the Standard Webhooks form): the key is the base64-decoded part.
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

/** A Standard Webhooks signer for one secret. Throws a `TypeError` for an empty or undecodable secret. */
export function kustomSigner(secret: KustomSecret, caller: string): Webhook {
  try {
    if (typeof secret === 'string' && secret.startsWith(PREFIX)) {
      if (!/^[A-Za-z0-9+/]+={0,2}$/.test(secret.slice(PREFIX.length))) throw new Error('the part after whsec_ is not base64');
      return new Webhook(secret);
    }
    const key = typeof secret === 'string' ? utf8(secret) : secret;
    if (!(key instanceof Uint8Array)) throw new Error(`expected a string or Uint8Array, got ${typeof secret}`);
    return new Webhook(key, { format: 'raw' });
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
