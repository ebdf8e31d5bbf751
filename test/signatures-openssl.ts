/** An independent HMAC-SHA256: the openssl command line, for signature vectors computed in the tests. */
import { execFileSync } from 'node:child_process';

/** Lower-case hex HMAC-SHA256 of `message`, computed by `openssl dgst`. A string key is passed as is (its UTF-8 bytes), bytes as a hex key. */
export function opensslHmacHex(key: string | Uint8Array, message: string | Uint8Array): string {
  const keyArgs = typeof key === 'string' ? ['-hmac', key] : ['-mac', 'HMAC', '-macopt', `hexkey:${Buffer.from(key).toString('hex')}`];
  const out = execFileSync('openssl', ['dgst', '-sha256', ...keyArgs], { input: message })
    .toString('utf8')
    .trim();
  const hex = out.split(/\s+/).pop() ?? '';
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`unexpected openssl output: ${out}`);
  return hex;
}

/** The same, base64-encoded (the Standard Webhooks signature encoding). */
export function opensslHmacBase64(key: string | Uint8Array, message: string | Uint8Array): string {
  return Buffer.from(opensslHmacHex(key, message), 'hex').toString('base64');
}
