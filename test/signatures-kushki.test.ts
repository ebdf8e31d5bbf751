import { describe, expect, it } from 'vitest';
import {
  safeVerifyKushkiSignature,
  signKushki,
  testKushkiKey,
  type VerificationFailureReason,
  variantsOf,
  verifyKushkiSignature,
  WebhookVerificationError,
} from '../src/index.js';
import { constantTimeEqual } from '../src/signatures/hmac-sha256-node.js';
import { opensslHmacHex } from './signatures-openssl.js';
import { exampleOf } from './support/examples.js';

const SECRET = 'kushki-webhook-secret-ñ'; // non-ASCII: the key is its UTF-8 bytes
const ID = '1678902932120';
const NOW = Number(ID) + 1_000;

async function rejection(promise: Promise<unknown>): Promise<WebhookVerificationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return error as WebhookVerificationError;
}

describe('kushki signature vectors (openssl)', () => {
  it.each(variantsOf('kushki').map((v) => [v.id] as const))('kushki signature > %s matches openssl dgst -hmac', async (variant) => {
    const body = JSON.stringify(exampleOf(variant));
    const headers = await signKushki({ body, secret: SECRET, id: ID });
    expect(headers['X-Kushki-Id']).toBe(ID);
    expect(headers['X-Kushki-Signature']).toBe(opensslHmacHex(SECRET, `${body}.${ID}`));
    expect(headers['X-Kushki-SimpleSignature']).toBe(opensslHmacHex(SECRET, ID));
    expect(headers['X-Kushki-Key']).toBe(exampleOf(variant).publicMerchantId);
    await expect(verifyKushkiSignature({ body, headers, secret: SECRET, now: NOW })).resolves.toMatchObject({
      provider: 'kushki',
      id: ID,
      timestampMs: Number(ID),
    });
  });

  it('kushki signature > covers the UTF-8 bytes of a non-ASCII body', async () => {
    const body = JSON.stringify({ ...exampleOf('kushki.cash.approved'), metadata: { city: 'Añasco', note: 'pagó ✓ 🎉' } });
    const headers = await signKushki({ body, secret: SECRET, id: ID });
    expect(headers['X-Kushki-Signature']).toBe(opensslHmacHex(SECRET, Buffer.from(`${body}.${ID}`, 'utf8')));
    for (const raw of [body, Buffer.from(body), new TextEncoder().encode(body), new TextEncoder().encode(body).buffer]) {
      await expect(verifyKushkiSignature({ body: raw, headers, secret: SECRET, now: NOW })).resolves.toMatchObject({ id: ID });
    }
  });

  it('kushki signature > a byte secret, a given key, and the fallback key', async () => {
    const secret = new Uint8Array([0, 1, 2, 250, 251, 252]);
    const headers = await signKushki({ body: '{}', secret, id: ID, key: 'pk_live' });
    expect(headers['X-Kushki-Signature']).toBe(opensslHmacHex(secret, `{}.${ID}`));
    expect(headers['X-Kushki-Key']).toBe('pk_live');
    expect((await signKushki({ body: '{}', secret, id: ID }))['X-Kushki-Key']).toBe(testKushkiKey);
  });

  // Signing in any order, with repeated and alternating (secret, id) pairs, must still match openssl.
  const signings: { name: string; secrets: (string | Uint8Array)[]; ids: string[] }[] = [
    { name: 'the same secret and id twice', secrets: [SECRET, SECRET], ids: [ID, ID] },
    { name: 'another secret, the same id', secrets: [SECRET, 'another-secret'], ids: [ID, ID] },
    { name: 'the same secret, another id', secrets: [SECRET, SECRET], ids: [ID, '1678902932121'] },
    { name: 'a byte secret after a string secret', secrets: ['abc', new TextEncoder().encode('abd')], ids: [ID, ID] },
  ];
  it.each(signings)('kushki signature > simple signature, $name', async ({ secrets, ids }) => {
    for (const [i, secret] of secrets.entries()) {
      const id = ids[i] as string;
      const headers = await signKushki({ body: '{}', secret, id });
      expect(headers['X-Kushki-SimpleSignature']).toBe(opensslHmacHex(secret, id));
      expect(headers['X-Kushki-Signature']).toBe(opensslHmacHex(secret, `{}.${id}`));
    }
  });

  it('kushki signature > X-Kushki-Id defaults to the current time in ms', async () => {
    const before = Date.now();
    const headers = await signKushki({ body: '{}', secret: SECRET });
    expect(Number(headers['X-Kushki-Id'])).toBeGreaterThanOrEqual(before);
    expect(Number(headers['X-Kushki-Id'])).toBeLessThanOrEqual(Date.now());
    await expect(verifyKushkiSignature({ body: '{}', headers, secret: SECRET })).resolves.toMatchObject({ provider: 'kushki' });
  });
});

describe('kushki verification rejects', () => {
  const body = JSON.stringify(exampleOf('kushki.card.approved'));
  type Headers = Record<string, string>;
  const cases: {
    name: string;
    change?: (h: Headers) => Headers;
    body?: string;
    options?: { secret?: string; toleranceMs?: number; key?: string; now?: number };
    reason: VerificationFailureReason;
    header: string;
  }[] = [
    { name: 'no X-Kushki-Id', change: ({ 'X-Kushki-Id': _, ...h }) => h, reason: 'missing-header', header: 'x-kushki-id' },
    {
      name: 'no X-Kushki-Signature',
      change: ({ 'X-Kushki-Signature': _, ...h }) => h,
      reason: 'missing-header',
      header: 'x-kushki-signature',
    },
    {
      name: 'an empty signature',
      change: (h) => ({ ...h, 'X-Kushki-Signature': '  ' }),
      reason: 'missing-header',
      header: 'x-kushki-signature',
    },
    {
      name: 'an id that is not a number',
      change: (h) => ({ ...h, 'X-Kushki-Id': 'abc' }),
      reason: 'malformed-header',
      header: 'x-kushki-id',
    },
    {
      name: 'a signature that is not hex',
      change: (h) => ({ ...h, 'X-Kushki-Signature': 'z'.repeat(64) }),
      reason: 'malformed-header',
      header: 'x-kushki-signature',
    },
    {
      name: 'a truncated signature',
      change: (h) => ({ ...h, 'X-Kushki-Signature': h['X-Kushki-Signature']!.slice(0, 63) }),
      reason: 'malformed-header',
      header: 'x-kushki-signature',
    },
    { name: 'a tampered body', body: body.replace('"iva":50', '"iva":5'), reason: 'bad-signature', header: 'x-kushki-signature' },
    { name: 'the wrong secret', options: { secret: 'another-secret' }, reason: 'bad-signature', header: 'x-kushki-signature' },
    {
      name: 'a signature over another id',
      change: (h) => ({ ...h, 'X-Kushki-Id': String(Number(ID) + 1) }),
      reason: 'bad-signature',
      header: 'x-kushki-signature',
    },
    {
      name: 'a wrong simple signature',
      change: (h) => ({ ...h, 'X-Kushki-SimpleSignature': opensslHmacHex('another', ID) }),
      reason: 'bad-signature',
      header: 'x-kushki-simplesignature',
    },
    {
      name: 'an id older than the tolerance',
      options: { now: Number(ID) + 5 * 60_000 + 1 },
      reason: 'stale-timestamp',
      header: 'x-kushki-id',
    },
    { name: 'an id in the future', options: { now: Number(ID) - 5 * 60_000 - 1 }, reason: 'future-timestamp', header: 'x-kushki-id' },
    {
      name: 'a tighter tolerance',
      options: { now: Number(ID) + 2_000, toleranceMs: 1_000 },
      reason: 'stale-timestamp',
      header: 'x-kushki-id',
    },
    { name: 'an unexpected public key', options: { key: 'someone-else' }, reason: 'wrong-key', header: 'x-kushki-key' },
  ];

  it.each(cases.map((c) => [c.name, c] as const))('kushki verify > %s', async (_name, c) => {
    const signed: Headers = { ...(await signKushki({ body, secret: SECRET, id: ID })) };
    const headers = c.change ? c.change(signed) : signed;
    const options = {
      body: c.body ?? body,
      headers,
      secret: c.options?.secret ?? SECRET,
      now: c.options?.now ?? NOW,
      toleranceMs: c.options?.toleranceMs,
      key: c.options?.key,
    };
    const error = await rejection(verifyKushkiSignature(options));
    expect([error.reason, error.header]).toEqual([c.reason, c.header]);
    expect(await safeVerifyKushkiSignature(options)).toMatchObject({ ok: false, reason: c.reason, header: c.header });
  });

  it('kushki verify > the same request passes with no changes (the table above is not vacuous)', async () => {
    const headers = await signKushki({ body, secret: SECRET, id: ID });
    const result = await safeVerifyKushkiSignature({ body, headers, secret: SECRET, now: NOW, key: headers['X-Kushki-Key'] });
    expect(result).toEqual({
      ok: true,
      delivery: { provider: 'kushki', id: ID, timestampMs: Number(ID), key: headers['X-Kushki-Key'], simpleSignatureChecked: true },
    });
  });

  it('kushki verify > toleranceMs: Infinity accepts an old delivery', async () => {
    const headers = await signKushki({ body, secret: SECRET, id: ID });
    await expect(verifyKushkiSignature({ body, headers, secret: SECRET, toleranceMs: Number.POSITIVE_INFINITY })).resolves.toMatchObject({
      id: ID,
    });
  });

  it('kushki verify > the simple signature is optional, the full one is not', async () => {
    const { 'X-Kushki-SimpleSignature': _, ...headers } = await signKushki({ body, secret: SECRET, id: ID });
    await expect(verifyKushkiSignature({ body, headers, secret: SECRET, now: NOW })).resolves.toMatchObject({
      simpleSignatureChecked: false,
    });
  });
});

describe('kushki verification inputs', () => {
  const body = JSON.stringify(exampleOf('kushki.transfer.approved'));

  it('kushki verify > reads a Headers object, any-case plain objects and Node header arrays', async () => {
    const signed = await signKushki({ body, secret: SECRET, id: ID });
    const lower = Object.fromEntries(Object.entries(signed).map(([k, v]) => [k.toLowerCase(), v]));
    const upper = Object.fromEntries(Object.entries(signed).map(([k, v]) => [k.toUpperCase(), v]));
    const arrays = Object.fromEntries(Object.entries(lower).map(([k, v]) => [k, [v]]));
    for (const headers of [new Headers(signed), lower, upper, arrays]) {
      await expect(verifyKushkiSignature({ body, headers, secret: SECRET, now: NOW })).resolves.toMatchObject({ id: ID });
    }
  });

  it('kushki verify > re-serialising the parsed body breaks the signature (pretty and reordered JSON)', async () => {
    const event = exampleOf('kushki.card.declined');
    const pretty = JSON.stringify(event, null, 2);
    const headers = await signKushki({ body: pretty, secret: SECRET, id: ID });
    expect(headers['X-Kushki-Signature']).toBe(opensslHmacHex(SECRET, `${pretty}.${ID}`));
    await expect(verifyKushkiSignature({ body: Buffer.from(pretty), headers, secret: SECRET, now: NOW })).resolves.toMatchObject({
      id: ID,
    });

    const compact = JSON.stringify(JSON.parse(pretty));
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(event).reverse()), null, 2);
    for (const reserialised of [compact, reordered]) {
      expect(JSON.parse(reserialised)).toEqual(JSON.parse(pretty)); // the same JSON value...
      expect((await rejection(verifyKushkiSignature({ body: reserialised, headers, secret: SECRET, now: NOW }))).reason).toBe(
        'bad-signature',
      ); // ...other bytes
    }
  });

  it('kushki verify > a parsed body or an empty secret is a TypeError, not a verification failure', async () => {
    const headers = await signKushki({ body, secret: SECRET, id: ID });
    await expect(verifyKushkiSignature({ body: JSON.parse(body) as never, headers, secret: SECRET, now: NOW })).rejects.toThrow(TypeError);
    await expect(safeVerifyKushkiSignature({ body: JSON.parse(body) as never, headers, secret: SECRET, now: NOW })).rejects.toThrow(
      /raw request body/,
    );
    await expect(verifyKushkiSignature({ body, headers, secret: '', now: NOW })).rejects.toThrow(TypeError);
    await expect(signKushki({ body, secret: '' })).rejects.toThrow(TypeError);
  });
});

describe('constant-time comparison', () => {
  it.each([
    ['abc', 'abc', true],
    ['abc', 'abd', false],
    ['abc', 'ab', false],
    ['ab', 'abc', false],
    ['', '', true],
    ['', 'a', false],
    ['a\u0000', 'a', false],
  ] as const)('constantTimeEqual > %j vs %j is %s', (a, b, want) => {
    expect(constantTimeEqual(a, b)).toBe(want);
  });
});
