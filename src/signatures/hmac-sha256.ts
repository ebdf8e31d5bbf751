/**
 * HMAC-SHA256, hex encoding and constant-time comparison. The HMAC is fast-sha256 (pure JavaScript,
 * the implementation `standardwebhooks` itself uses): synchronous, so signing and verifying settle in
 * microtasks, which keeps senders driven by fake timers deterministic, and it runs unchanged in
 * Node, browsers and edge runtimes.
 */
import { hmac } from 'fast-sha256';

/** HMAC-SHA256 of `message` keyed with `key`. */
export function hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array {
  return hmac(key, message);
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
