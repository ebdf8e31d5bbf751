/** HMAC-SHA256 through Web Crypto (Node 20, browsers, edge runtimes), hex encoding and constant-time comparison. */

function subtle(): SubtleCrypto {
  const api = globalThis.crypto?.subtle;
  if (!api) throw new TypeError('hookproof signatures need Web Crypto (globalThis.crypto.subtle): Node 20+, a browser or an edge runtime');
  return api;
}

/** HMAC-SHA256 of `message` keyed with `key`. */
export async function hmacSha256(key: Uint8Array, message: Uint8Array): Promise<Uint8Array> {
  // Copies give Web Crypto plain ArrayBuffer-backed views (a Buffer may sit on a shared pool or a SharedArrayBuffer).
  const cryptoKey = await subtle().importKey('raw', new Uint8Array(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await subtle().sign('HMAC', cryptoKey, new Uint8Array(message)));
}

/** Lower-case hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/**
 * Whether two strings are equal, in time that depends only on their lengths (not on where they
 * first differ), so that a forger cannot learn a signature byte by byte from response times.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) diff |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  return diff === 0;
}
