/**
 * The two HMAC implementations behind `#hmac-sha256` (node:crypto under the `node` condition, pure
 * JavaScript elsewhere) against RFC 4231's vectors and openssl, and the `whsec_` secret decoding.
 */
import { describe, expect, it } from 'vitest';
import * as nodeHmac from '../src/signatures/hmac-sha256-node.js';
import * as portableHmac from '../src/signatures/hmac-sha256-portable.js';
import { kustomKey } from '../src/signatures/kustom-secret.js';
import { opensslHmacHex } from './signatures-openssl.js';

const implementations = [
  ['node:crypto', nodeHmac],
  ['fast-sha256', portableHmac],
] as const;

// RFC 4231 section 4: test cases 2 (short key) and 6 (key longer than the block size).
const rfc4231 = [
  {
    name: 'case 2',
    key: 'Jefe',
    data: 'what do ya want for nothing?',
    hex: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
  },
  {
    name: 'case 6',
    key: '\xaa'.repeat(131),
    data: 'Test Using Larger Than Block-Size Key - Hash Key First',
    hex: '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
  },
];
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('hmac', () => {
  it.each(implementations)('hmac > %s reports which implementation it is', (name, impl) => {
    expect(impl.hmacImplementation).toBe(name);
  });

  for (const [name, impl] of implementations) {
    it.each(rfc4231)(`hmac > ${name} matches RFC 4231 $name`, ({ key, data, hex }) => {
      expect(impl.hmacSha256(latin1(key), [data], 'hex')).toBe(hex);
      expect(impl.hmacSha256(latin1(key), [data], 'base64')).toBe(Buffer.from(hex, 'hex').toString('base64'));
    });

    it(`hmac > ${name}: parts are hashed as their concatenation, strings as UTF-8, and match openssl`, () => {
      const key = new TextEncoder().encode('hookproof-kushki-test-secret');
      const body = '{"amount":{"currency":"USD"},"name":"Año ✓ 😀"}'.repeat(40);
      const parts = [new TextEncoder().encode(body), '.', '1780684632120'];
      expect(impl.hmacSha256(key, parts, 'hex')).toBe(opensslHmacHex('hookproof-kushki-test-secret', `${body}.1780684632120`));
      expect(impl.hmacSha256(key, [body, '.1780684632120'], 'hex')).toBe(impl.hmacSha256(key, parts, 'hex'));
    });

    it.each([
      { a: 'abc', b: 'abc', equal: true },
      { a: 'abc', b: 'abd', equal: false },
      { a: 'abc', b: 'abcd', equal: false },
      { a: '', b: '', equal: true },
      { a: 'ñ', b: 'n', equal: false },
    ])(`hmac > ${name} constantTimeEqual(%j)`, ({ a, b, equal }) => {
      expect(impl.constantTimeEqual(a, b)).toBe(equal);
    });
  }

  it('hmac > both implementations agree on random keys and bodies of every length up to 300 bytes', () => {
    for (let length = 0; length <= 300; length += 7) {
      const key = crypto.getRandomValues(new Uint8Array(1 + (length % 97)));
      const body = crypto.getRandomValues(new Uint8Array(length));
      expect(portableHmac.hmacSha256(key, [body], 'base64')).toBe(nodeHmac.hmacSha256(key, [body], 'base64'));
    }
  });
});

describe('kustom secret', () => {
  it.each([
    { secret: 'whsec_aG9va3Byb29mLWt1c3RvbS1zZWNyZXQx', key: Buffer.from('hookproof-kustom-secret1') },
    { secret: 'whsec_b3RoZXI=', key: Buffer.from('other') },
    { secret: 'plain-dashboard-secret', key: Buffer.from('plain-dashboard-secret') },
  ])('kustom secret > $secret decodes to its key', ({ secret, key }) => {
    expect(Buffer.from(kustomKey(secret, 'test'))).toEqual(key);
    expect(Buffer.from(kustomKey(secret, 'test'))).toEqual(key); // the cached decoding
  });

  it.each([
    { secret: 'whsec_b3RoZXI', why: 'unpadded base64' },
    { secret: 'whsec_b3R-ZXI=', why: 'the URL-safe alphabet' },
    { secret: 'whsec_', why: 'an empty key' },
    { secret: '', why: 'an empty string' },
  ])('kustom secret > $why is a TypeError', ({ secret }) => {
    expect(() => kustomKey(secret, 'signKustom')).toThrow(/^signKustom: invalid Kustom webhook secret/);
  });
});
