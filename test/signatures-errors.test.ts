/**
 * What each signature failure says: the reason, the header and the exact message a receiver logs,
 * and the configuration mistakes that are `TypeError`s instead. Also the header-reading and
 * fallback edges the vector tests do not reach.
 */
import { describe, expect, it } from 'vitest';
import {
  safeVerifyKushkiSignature,
  safeVerifyKustomSignature,
  signKushki,
  signKustom,
  testKushkiKey,
  testSecrets,
  verifyKushkiSignature,
  verifyKustomSignature,
  WebhookVerificationError,
} from '../src/index.js';
import { assertWithinTolerance, nowMs } from '../src/signatures/timestamp-tolerance.js';

const BODY = '{"id":"evt_1","amount":100}';
const KUSHKI_SECRET = 'kushki-secret';
const ID = '1678902932120';
const KUSHKI_NOW = Number(ID) + 1_000;
const TS = 1_780_684_632;
const KUSTOM_NOW = TS * 1000 + 1_000;
const KUSTOM_SECRET = testSecrets.kustom;

type Headers = Record<string, string | string[] | undefined>;
type Failure = { reason: string; header: string | undefined; message: string };

const kushkiHeaders = async (): Promise<Headers> => ({ ...(await signKushki({ body: BODY, secret: KUSHKI_SECRET, id: ID })) });
const kustomHeaders = async (): Promise<Headers> => signKustom({ body: BODY, secrets: KUSTOM_SECRET, id: 'msg_1', timestamp: TS });
const hex64 = 'a'.repeat(64);
const RAW_TRAP = 'Re-serialising a parsed body changes its bytes, so the signature cannot match: read the raw body before any JSON parser.';

describe('signatures > Kushki failure messages', () => {
  const rows: [string, (h: Headers) => Headers, { now?: number; key?: string; toleranceMs?: number }, Failure][] = [
    [
      'no X-Kushki-Id',
      ({ 'X-Kushki-Id': _, ...h }) => h,
      {},
      { reason: 'missing-header', header: 'x-kushki-id', message: 'x-kushki-id header is missing' },
    ],
    [
      'a signature with a character before 64 hex',
      (h) => ({ ...h, 'X-Kushki-Signature': `x${hex64}` }),
      {},
      { reason: 'malformed-header', header: 'x-kushki-signature', message: 'x-kushki-signature must be 64 hex characters (HMAC-SHA256)' },
    ],
    [
      'a signature with a character after 64 hex',
      (h) => ({ ...h, 'X-Kushki-Signature': `${hex64}x` }),
      {},
      { reason: 'malformed-header', header: 'x-kushki-signature', message: 'x-kushki-signature must be 64 hex characters (HMAC-SHA256)' },
    ],
    [
      'a simple signature that is not hex',
      (h) => ({ ...h, 'X-Kushki-SimpleSignature': 'nope' }),
      {},
      {
        reason: 'malformed-header',
        header: 'x-kushki-simplesignature',
        message: 'x-kushki-simplesignature must be 64 hex characters (HMAC-SHA256)',
      },
    ],
    [
      'another signature',
      (h) => ({ ...h, 'X-Kushki-Signature': hex64 }),
      {},
      { reason: 'bad-signature', header: 'x-kushki-signature', message: 'x-kushki-signature does not match the body and the secret' },
    ],
    [
      'another simple signature',
      (h) => ({ ...h, 'X-Kushki-SimpleSignature': hex64 }),
      {},
      {
        reason: 'bad-signature',
        header: 'x-kushki-simplesignature',
        message: 'x-kushki-simplesignature does not match x-kushki-id and the secret',
      },
    ],
    [
      'another public key',
      (h) => h,
      { key: 'pk-other' },
      { reason: 'wrong-key', header: 'x-kushki-key', message: 'x-kushki-key is not the expected public key' },
    ],
    [
      'an expected key but no X-Kushki-Key header',
      ({ 'X-Kushki-Key': _, ...h }) => h,
      { key: testKushkiKey },
      { reason: 'wrong-key', header: 'x-kushki-key', message: 'x-kushki-key is not the expected public key' },
    ],
    [
      'an id that is not an integer',
      (h) => ({ ...h, 'X-Kushki-Id': '1.5e12' }),
      {},
      { reason: 'malformed-header', header: 'x-kushki-id', message: 'x-kushki-id must be an integer timestamp, got "1.5e12"' },
    ],
    [
      'a long id, quoted up to 40 characters',
      (h) => ({ ...h, 'X-Kushki-Id': `${'9'.repeat(17)}${'z'.repeat(60)}` }),
      {},
      {
        reason: 'malformed-header',
        header: 'x-kushki-id',
        message: `x-kushki-id must be an integer timestamp, got "${'9'.repeat(17)}${'z'.repeat(23)}"`,
      },
    ],
    [
      'an id 601 s old',
      (h) => h,
      { now: Number(ID) + 601_000 },
      { reason: 'stale-timestamp', header: 'x-kushki-id', message: 'x-kushki-id is 601 s old, more than the 300 s tolerance' },
    ],
    [
      'an id 62 s ahead with a 60 s tolerance',
      (h) => h,
      { now: Number(ID) - 62_000, toleranceMs: 60_000 },
      {
        reason: 'future-timestamp',
        header: 'x-kushki-id',
        message: 'x-kushki-id is 62 s in the future, more than the 60 s tolerance',
      },
    ],
  ];
  it.each(rows)('kushki errors > %s', async (_name, change, options, want) => {
    const headers = change(await kushkiHeaders());
    const result = await safeVerifyKushkiSignature({ body: BODY, headers, secret: KUSHKI_SECRET, now: KUSHKI_NOW, ...options });
    expect(result).toEqual({ ok: false, ...want });
  });

  it('kushki errors > the thrown error is a WebhookVerificationError by name too', async () => {
    const error = await verifyKushkiSignature({ body: BODY, headers: {}, secret: KUSHKI_SECRET }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect((error as Error).name).toBe('WebhookVerificationError');
    expect(String(error)).toBe('WebhookVerificationError: x-kushki-id header is missing');
  });
});

describe('signatures > Kustom failure messages', () => {
  const scheme = { idHeader: 'Svix-Id', timestampHeader: 'Svix-Timestamp', signatureHeader: 'Svix-Signature' };
  const rows: [string, (h: Headers) => Headers, Failure][] = [
    [
      'no webhook-id',
      ({ 'webhook-id': _, ...h }) => h,
      { reason: 'missing-header', header: 'webhook-id', message: 'webhook-id header is missing' },
    ],
    [
      'no webhook-timestamp',
      ({ 'webhook-timestamp': _, ...h }) => h,
      { reason: 'missing-header', header: 'webhook-timestamp', message: 'webhook-timestamp header is missing' },
    ],
    [
      'a webhook-signature of blanks',
      (h) => ({ ...h, 'webhook-signature': '   ' }),
      { reason: 'missing-header', header: 'webhook-signature', message: 'webhook-signature header is missing' },
    ],
    [
      'only a v2 entry',
      (h) => ({ ...h, 'webhook-signature': 'v2,abc' }),
      { reason: 'malformed-header', header: 'webhook-signature', message: 'webhook-signature has no v1 signature entry' },
    ],
    [
      'another v1 signature',
      (h) => ({ ...h, 'webhook-signature': 'v1,AAAA' }),
      {
        reason: 'bad-signature',
        header: 'webhook-signature',
        message: 'webhook-signature does not match the body, webhook-id, webhook-timestamp and the secret(s)',
      },
    ],
    [
      'a timestamp 601 s old',
      (h) => ({ ...h, 'webhook-timestamp': String(TS + 1 - 601) }),
      {
        reason: 'stale-timestamp',
        header: 'webhook-timestamp',
        message: 'webhook-timestamp is 601 s old, more than the 300 s tolerance',
      },
    ],
  ];
  it.each(rows)('kustom errors > %s', async (_name, change, want) => {
    const headers = change(await kustomHeaders());
    const result = await safeVerifyKustomSignature({ body: BODY, headers, secrets: KUSTOM_SECRET, now: KUSTOM_NOW });
    expect(result).toEqual({ ok: false, ...want });
  });

  it('kustom errors > a custom scheme names its own headers', async () => {
    const headers = await signKustom({ body: BODY, secrets: KUSTOM_SECRET, id: 'msg_1', timestamp: TS, scheme });
    const result = await safeVerifyKustomSignature({ body: `${BODY} `, headers, secrets: KUSTOM_SECRET, now: KUSTOM_NOW, scheme });
    expect(result).toEqual({
      ok: false,
      reason: 'bad-signature',
      header: 'svix-signature',
      message: 'svix-signature does not match the body, Svix-Id, Svix-Timestamp and the secret(s)',
    });
  });
});

describe('signatures > configuration mistakes are TypeErrors', () => {
  const rows: [string, () => Promise<unknown>, string][] = [
    [
      'an empty Kushki secret (sign)',
      () => signKushki({ body: BODY, secret: '' }),
      'signKushki: the Kushki webhook secret must not be empty',
    ],
    [
      'an empty Kushki secret (verify)',
      () => verifyKushkiSignature({ body: BODY, headers: {}, secret: new Uint8Array() }),
      'verifyKushkiSignature: the Kushki webhook secret must not be empty',
    ],
    [
      'a parsed body (Kushki sign)',
      () => signKushki({ body: { id: 1 } as never, secret: KUSHKI_SECRET }),
      `signKushki: body must be the raw request body (a string, Uint8Array/Buffer or ArrayBuffer), got a parsed object. ${RAW_TRAP}`,
    ],
    [
      'an array body (Kushki verify)',
      () => verifyKushkiSignature({ body: [] as never, headers: {}, secret: KUSHKI_SECRET }),
      `verifyKushkiSignature: body must be the raw request body (a string, Uint8Array/Buffer or ArrayBuffer), got an array. ${RAW_TRAP}`,
    ],
    [
      'a null body (Kustom sign)',
      () => signKustom({ body: null as never, secrets: KUSTOM_SECRET }),
      `signKustom: body must be the raw request body (a string, Uint8Array/Buffer or ArrayBuffer), got null. ${RAW_TRAP}`,
    ],
    [
      'a number body (Kustom verify)',
      () => verifyKustomSignature({ body: 42 as never, headers: {}, secrets: KUSTOM_SECRET }),
      `verifyKustomSignature: body must be the raw request body (a string, Uint8Array/Buffer or ArrayBuffer), got number. ${RAW_TRAP}`,
    ],
    [
      'a whsec_ secret that is not base64 (sign)',
      () => signKustom({ body: BODY, secrets: 'whsec_not base64!' }),
      'signKustom: invalid Kustom webhook secret (the part after whsec_ is not base64)',
    ],
    [
      'an empty secret (verify)',
      () => verifyKustomSignature({ body: BODY, headers: {}, secrets: '' }),
      "verifyKustomSignature: invalid Kustom webhook secret (Secret can't be empty.)",
    ],
    [
      'a secret that is neither a string nor bytes',
      () => verifyKustomSignature({ body: BODY, headers: {}, secrets: 42 as never }),
      'verifyKustomSignature: invalid Kustom webhook secret (expected a string or Uint8Array, got number)',
    ],
    [
      'no secret at all',
      () => verifyKustomSignature({ body: BODY, headers: {}, secrets: [] }),
      'verifyKustomSignature: at least one Kustom webhook secret is needed',
    ],
  ];
  it.each(rows)('configuration > %s', async (_name, run, message) => {
    const error = await run().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(message);
  });

  it.each([
    [-1, 'the timestamp tolerance must be a non-negative number, got -1'],
    [Number.NaN, 'the timestamp tolerance must be a non-negative number, got NaN'],
  ])('configuration > a tolerance of %s is a TypeError', (tolerance, message) => {
    expect(() => assertWithinTolerance(1_000, 1_000, tolerance, 'webhook-timestamp')).toThrow(new TypeError(message));
  });

  it('configuration > a tolerance of 0 accepts only the exact time', () => {
    expect(() => assertWithinTolerance(1_000, 1_000, 0, 'webhook-timestamp')).not.toThrow();
    expect(() => assertWithinTolerance(1_000, 1_001, 0, 'webhook-timestamp')).toThrow(WebhookVerificationError);
  });

  it('configuration > now may be a Date or milliseconds', () => {
    expect(nowMs(new Date(5_000))).toBe(5_000);
    expect(nowMs(7)).toBe(7);
    const before = Date.now();
    expect(nowMs(undefined)).toBeGreaterThanOrEqual(before);
  });
});

describe('signatures > reading headers and fallbacks', () => {
  it('headers > values are trimmed, blank repeats dropped, a Headers object without the header is a missing header', async () => {
    const signed = await kushkiHeaders();
    const padded = { ...signed, 'X-Kushki-Id': ['', `  ${ID}  `] };
    await expect(verifyKushkiSignature({ body: BODY, headers: padded, secret: KUSHKI_SECRET, now: KUSHKI_NOW })).resolves.toMatchObject({
      id: ID,
    });
    const repeated = { ...signed, 'X-Kushki-Id': [ID, ID] };
    expect(await safeVerifyKushkiSignature({ body: BODY, headers: repeated, secret: KUSHKI_SECRET, now: KUSHKI_NOW })).toMatchObject({
      reason: 'malformed-header',
      message: `x-kushki-id must be an integer timestamp, got "${ID}, ${ID}"`,
    });
    const fetchHeaders = new Headers({ 'X-Kushki-Signature': String(signed['X-Kushki-Signature']) });
    expect(await safeVerifyKushkiSignature({ body: BODY, headers: fetchHeaders, secret: KUSHKI_SECRET })).toMatchObject({
      reason: 'missing-header',
      header: 'x-kushki-id',
    });
    const undefinedValue = { ...signed, 'x-kushki-id': undefined };
    expect(await safeVerifyKushkiSignature({ body: BODY, headers: undefinedValue, secret: KUSHKI_SECRET, now: KUSHKI_NOW })).toMatchObject({
      ok: true,
    });
  });

  it('headers > a Headers object joins repeated signature headers with ", ": the first entry still verifies', async () => {
    const signed = await kustomHeaders();
    const headers = new Headers();
    headers.append('webhook-id', String(signed['webhook-id']));
    headers.append('webhook-timestamp', String(signed['webhook-timestamp']));
    headers.append('webhook-signature', String(signed['webhook-signature']));
    headers.append('webhook-signature', 'v1,AAAA');
    expect(await safeVerifyKustomSignature({ body: BODY, headers, secrets: KUSTOM_SECRET, now: KUSTOM_NOW })).toMatchObject({ ok: true });
  });

  it('headers > the first matching secret is reported, even when a later one matches too', async () => {
    const headers = await kustomHeaders();
    const result = await safeVerifyKustomSignature({ body: BODY, headers, secrets: [KUSTOM_SECRET, KUSTOM_SECRET], now: KUSTOM_NOW });
    expect(result).toMatchObject({ ok: true, delivery: { secretIndex: 0 } });
    const second = await safeVerifyKustomSignature({ body: BODY, headers, secrets: ['other-secret', KUSTOM_SECRET], now: KUSTOM_NOW });
    expect(second).toMatchObject({ ok: true, delivery: { secretIndex: 1 } });
  });

  it.each([
    ['a string publicMerchantId', '{"publicMerchantId":"pm-1"}', 'pm-1'],
    ['the same as bytes', new TextEncoder().encode('{"publicMerchantId":"pm-2"}'), 'pm-2'],
    ['an empty publicMerchantId', '{"publicMerchantId":""}', testKushkiKey],
    ['a number', '{"publicMerchantId":7}', testKushkiKey],
    ['a JSON null body', 'null', testKushkiKey],
    ['a body that is not JSON', 'publicMerchantId', testKushkiKey],
  ])('headers > X-Kushki-Key from %s', async (_name, body, key) => {
    expect((await signKushki({ body, secret: KUSHKI_SECRET, id: ID }))['X-Kushki-Key']).toBe(key);
  });
});
