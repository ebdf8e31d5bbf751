/**
 * HMAC-SHA256 and constant-time comparison on Node's own crypto (`createHmac`, `timingSafeEqual`):
 * the implementation `#hmac-sha256` resolves to under the `node` export condition. Synchronous, so
 * signing and verifying settle in microtasks and senders driven by fake timers stay deterministic.
 * `hmac-sha256-portable.ts` is the same interface for browsers and edge runtimes.
 */
import { Buffer } from 'node:buffer';
import { createHmac, timingSafeEqual } from 'node:crypto';

/** What an HMAC covers: parts fed in order (strings as UTF-8), as if concatenated. */
export type HmacParts = readonly (string | Uint8Array)[];

/** The HMAC-SHA256 of the concatenated `parts`, keyed with `key`, as lower-case hex or base64. */
export function hmacSha256(key: Uint8Array, parts: HmacParts, encoding: 'hex' | 'base64'): string {
  const hmac = createHmac('sha256', key);
  for (const part of parts) hmac.update(part);
  return hmac.digest(encoding);
}

/**
 * Whether two strings are equal, in time that depends only on their lengths (not on where they
 * first differ), so that a forger cannot learn a signature byte by byte from response times.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  if (left.length !== right.length) {
    timingSafeEqual(left, left);
    return false;
  }
  return timingSafeEqual(left, right);
}

/** Which implementation this is (reported by the benchmark and checked by the package test). */
export const hmacImplementation = 'node:crypto';
