/**
 * HMAC-SHA256 and constant-time comparison in plain JavaScript (fast-sha256, the implementation the
 * Standard Webhooks reference library uses): what `#hmac-sha256` resolves to outside Node (browsers,
 * edge runtimes). Synchronous like the Node version, unlike Web Crypto's `subtle.sign`, so a signing
 * sender still settles under fake timers. Same interface as `hmac-sha256-node.ts`.
 */
import { HMAC } from 'fast-sha256';
import type { HmacParts } from './hmac-sha256-node.js';
import { utf8 } from './raw-body.js';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += BASE64.charAt((n >> 18) & 63) + BASE64.charAt((n >> 12) & 63);
    out += i + 1 < bytes.length ? BASE64.charAt((n >> 6) & 63) : '=';
    out += i + 2 < bytes.length ? BASE64.charAt(n & 63) : '=';
  }
  return out;
}

/** The HMAC-SHA256 of the concatenated `parts`, keyed with `key`, as lower-case hex or base64. */
export function hmacSha256(key: Uint8Array, parts: HmacParts, encoding: 'hex' | 'base64'): string {
  const hmac = new HMAC(key);
  for (const part of parts) hmac.update(typeof part === 'string' ? utf8(part) : part);
  const digest = hmac.digest();
  hmac.clean();
  return encoding === 'hex' ? toHex(digest) : toBase64(digest);
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

/** Which implementation this is (reported by the benchmark and checked by the package test). */
export const hmacImplementation = 'fast-sha256';
