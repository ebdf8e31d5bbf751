/**
 * Every verdict of `diagnoseSignature`, field by field and message by message, for Kustom and
 * Kushki with several secrets: which secret matched, the tolerance boundaries, the missing and
 * malformed headers, a wrong secret and each rendering a body may have been altered into.
 */
import { describe, expect, it } from 'vitest';
import { signKushki, signKustom, testSecrets } from '../src/index.js';
import {
  type DiagnosisSecrets,
  diagnoseSignature,
  type SignatureVerdict,
  signatureProviderOf,
} from '../src/signatures/signature-diagnosis.js';

const NOW_MS = 1_780_000_000_000;
const NOW_S = NOW_MS / 1000;
const forgedKustom = 'whsec_Zm9yZ2VkLXNlY3JldC1mb3ItdGVzdHM=';
const secrets: DiagnosisSecrets = {
  kustom: [testSecrets.kustomNext, testSecrets.kustom],
  kushki: ['another-kushki-secret', testSecrets.kushki, 'a-third-kushki-secret'],
};
const kustomBody = '{"type":"ipp.session.created","data":{"session_id":"s1","amount":1250}}';
const kushkiBody = '{"publicMerchantId":"m-1","amount":{"subtotalIva0":12.5},"ticketNumber":"t-1"}';
const pretty = (body: string) => JSON.stringify(JSON.parse(body), null, 2);

type Delivery = { body: string; headers: Record<string, string> };
const kustom = async (body: string, o: { signed?: string; secret?: string; seconds?: number } = {}): Promise<Delivery> => ({
  body,
  headers: await signKustom({ body: o.signed ?? body, secrets: o.secret ?? testSecrets.kustom, timestamp: o.seconds ?? NOW_S }),
});
const kushki = async (body: string, o: { signed?: string; secret?: string; ms?: number } = {}): Promise<Delivery> => ({
  body,
  headers: { ...(await signKushki({ body: o.signed ?? body, secret: o.secret ?? testSecrets.kushki, id: o.ms ?? NOW_MS })) },
});
const without = (names: string[]) => async (d: Promise<Delivery>) => {
  const { body, headers } = await d;
  return { body, headers: Object.fromEntries(Object.entries(headers).filter(([k]) => !names.includes(k.toLowerCase()))) };
};
const altered = (how: string) =>
  `the signature was made over ${how} of this body, not over the bytes received: something between the provider and here changed them`;
const KUSTOM_NONE = `webhook-signature matches none of the 2 given kustom secret(s): a wrong secret, a forged delivery, or a body changed beyond recognition`;
const KUSHKI_NONE = `x-kushki-signature matches none of the 3 given kushki secret(s): a wrong secret, a forged delivery, or a body changed beyond recognition`;

type Row = [name: string, delivery: () => Promise<Delivery>, want: SignatureVerdict, extra?: { toleranceSeconds?: number }];

const rows: Row[] = [
  // Valid, with the index of the secret that matched.
  [
    'kustom > signed with the first secret',
    () => kustom(kustomBody, { secret: testSecrets.kustomNext }),
    { status: 'valid', provider: 'kustom', secretIndex: 0, message: 'signed with kustom secret #1' },
  ],
  [
    'kustom > signed with the second secret',
    () => kustom(kustomBody),
    { status: 'valid', provider: 'kustom', secretIndex: 1, message: 'signed with kustom secret #2' },
  ],
  [
    'kushki > signed with the second of three secrets',
    () => kushki(kushkiBody),
    { status: 'valid', provider: 'kushki', secretIndex: 1, message: 'signed with kushki secret #2' },
  ],
  [
    'kushki > signed with the third of three secrets',
    () => kushki(kushkiBody, { secret: 'a-third-kushki-secret' }),
    { status: 'valid', provider: 'kushki', secretIndex: 2, message: 'signed with kushki secret #3' },
  ],
  // Timestamp boundaries: exactly at the tolerance is accepted, one second past it is not.
  [
    'kustom > exactly 300 s old is valid',
    () => kustom(kustomBody, { seconds: NOW_S - 300 }),
    { status: 'valid', provider: 'kustom', secretIndex: 1, message: 'signed with kustom secret #2' },
  ],
  [
    'kustom > 301 s old is stale, and says which secret signed it',
    () => kustom(kustomBody, { seconds: NOW_S - 301 }),
    {
      status: 'invalid',
      provider: 'kustom',
      reason: 'stale-timestamp',
      header: 'webhook-timestamp',
      message: 'webhook-timestamp is 301 s old, more than the 300 s tolerance (the signature itself matches secret #2)',
    },
  ],
  [
    'kustom > 301 s in the future',
    () => kustom(kustomBody, { seconds: NOW_S + 301, secret: testSecrets.kustomNext }),
    {
      status: 'invalid',
      provider: 'kustom',
      reason: 'future-timestamp',
      header: 'webhook-timestamp',
      message: 'webhook-timestamp is 301 s in the future, more than the 300 s tolerance (the signature itself matches secret #1)',
    },
  ],
  [
    'kustom > a 60 s tolerance: 60 s old is valid',
    () => kustom(kustomBody, { seconds: NOW_S - 60 }),
    { status: 'valid', provider: 'kustom', secretIndex: 1, message: 'signed with kustom secret #2' },
    { toleranceSeconds: 60 },
  ],
  [
    'kustom > a 60 s tolerance: 61 s old is stale',
    () => kustom(kustomBody, { seconds: NOW_S - 61 }),
    {
      status: 'invalid',
      provider: 'kustom',
      reason: 'stale-timestamp',
      header: 'webhook-timestamp',
      message: 'webhook-timestamp is 61 s old, more than the 60 s tolerance (the signature itself matches secret #2)',
    },
    { toleranceSeconds: 60 },
  ],
  [
    'kushki > exactly 300 000 ms old is valid',
    () => kushki(kushkiBody, { ms: NOW_MS - 300_000 }),
    { status: 'valid', provider: 'kushki', secretIndex: 1, message: 'signed with kushki secret #2' },
  ],
  [
    'kushki > 300 001 ms old is stale, and says which secret signed it',
    () => kushki(kushkiBody, { ms: NOW_MS - 300_001, secret: 'a-third-kushki-secret' }),
    {
      status: 'invalid',
      provider: 'kushki',
      reason: 'stale-timestamp',
      header: 'x-kushki-id',
      message: 'x-kushki-id is 300 s old, more than the 300 s tolerance (the signature itself matches secret #3)',
    },
  ],
  [
    'kushki > 400 s in the future',
    () => kushki(kushkiBody, { ms: NOW_MS + 400_000 }),
    {
      status: 'invalid',
      provider: 'kushki',
      reason: 'future-timestamp',
      header: 'x-kushki-id',
      message: 'x-kushki-id is 400 s in the future, more than the 300 s tolerance (the signature itself matches secret #2)',
    },
  ],
  // Stale and signed with no given secret: the secret is the worse problem.
  [
    'kustom > stale and signed with a secret not given',
    () => kustom(kustomBody, { seconds: NOW_S - 3600, secret: forgedKustom }),
    { status: 'invalid', provider: 'kustom', reason: 'wrong-secret', header: 'webhook-signature', message: KUSTOM_NONE },
  ],
  [
    'kushki > stale and signed with a secret not given',
    () => kushki(kushkiBody, { ms: NOW_MS - 3_600_000, secret: 'forger' }),
    { status: 'invalid', provider: 'kushki', reason: 'wrong-secret', header: 'x-kushki-signature', message: KUSHKI_NONE },
  ],
  [
    'kustom > stale and pretty-printed on the way',
    () => kustom(pretty(kustomBody), { signed: kustomBody, seconds: NOW_S - 3600 }),
    { status: 'invalid', provider: 'kustom', reason: 'body-altered', header: 'webhook-signature', message: altered('compact JSON') },
  ],
  // Wrong secret.
  [
    'kustom > signed with a secret not given',
    () => kustom(kustomBody, { secret: forgedKustom }),
    { status: 'invalid', provider: 'kustom', reason: 'wrong-secret', header: 'webhook-signature', message: KUSTOM_NONE },
  ],
  [
    'kushki > signed with a secret not given',
    () => kushki(kushkiBody, { secret: 'forger' }),
    { status: 'invalid', provider: 'kushki', reason: 'wrong-secret', header: 'x-kushki-signature', message: KUSHKI_NONE },
  ],
  [
    'kushki > a changed body without the simple signature cannot prove the secret',
    () => without(['x-kushki-simplesignature'])(kushki(kushkiBody.replace('12.5', '1'), { signed: kushkiBody })),
    { status: 'invalid', provider: 'kushki', reason: 'wrong-secret', header: 'x-kushki-signature', message: KUSHKI_NONE },
  ],
  // Body altered: each rendering the signed bytes may have been turned into.
  [
    'kustom > signed compact, received pretty-printed',
    () => kustom(pretty(kustomBody), { signed: kustomBody }),
    { status: 'invalid', provider: 'kustom', reason: 'body-altered', header: 'webhook-signature', message: altered('compact JSON') },
  ],
  [
    'kushki > signed pretty-printed, received compact',
    () => kushki(kushkiBody, { signed: pretty(kushkiBody) }),
    {
      status: 'invalid',
      provider: 'kushki',
      reason: 'body-altered',
      header: 'x-kushki-signature',
      message: altered('pretty-printed JSON'),
    },
  ],
  [
    'kustom > trailing whitespace added (a leading space kept)',
    () => kustom(' not json \n\t', { signed: ' not json' }),
    {
      status: 'invalid',
      provider: 'kustom',
      reason: 'body-altered',
      header: 'webhook-signature',
      message: altered('the body without its trailing whitespace'),
    },
  ],
  [
    'kushki > the final newline dropped',
    () => kushki('not json', { signed: 'not json\n' }),
    {
      status: 'invalid',
      provider: 'kushki',
      reason: 'body-altered',
      header: 'x-kushki-signature',
      message: altered('the body with a final newline'),
    },
  ],
  [
    'kustom > LF line ends turned into CRLF',
    () => kustom('line one\r\nline two', { signed: 'line one\nline two' }),
    {
      status: 'invalid',
      provider: 'kustom',
      reason: 'body-altered',
      header: 'webhook-signature',
      message: altered('the body with LF line ends'),
    },
  ],
  [
    'kushki > one amount changed: the simple signature proves the secret',
    () => kushki(kushkiBody.replace('12.5', '1'), { signed: kushkiBody }),
    {
      status: 'invalid',
      provider: 'kushki',
      reason: 'body-altered',
      header: 'x-kushki-signature',
      message:
        'x-kushki-simplesignature matches a given secret but x-kushki-signature does not: the body is not the bytes that were signed',
    },
  ],
  // Missing and malformed headers, passed on as the verification said them.
  [
    'kustom > webhook-id missing (detected by webhook-signature)',
    () => without(['webhook-id'])(kustom(kustomBody)),
    { status: 'invalid', provider: 'kustom', reason: 'missing-header', header: 'webhook-id', message: 'webhook-id header is missing' },
  ],
  [
    'kustom > webhook-signature missing (detected by webhook-id)',
    () => without(['webhook-signature'])(kustom(kustomBody)),
    {
      status: 'invalid',
      provider: 'kustom',
      reason: 'missing-header',
      header: 'webhook-signature',
      message: 'webhook-signature header is missing',
    },
  ],
  [
    'kustom > no v1 entry in webhook-signature',
    async () => {
      const d = await kustom(kustomBody);
      return { body: d.body, headers: { ...d.headers, 'webhook-signature': 'v2,AAAA' } };
    },
    {
      status: 'invalid',
      provider: 'kustom',
      reason: 'malformed-header',
      header: 'webhook-signature',
      message: 'webhook-signature has no v1 signature entry',
    },
  ],
  [
    'kustom > a webhook-timestamp that is not an integer',
    async () => {
      const d = await kustom(kustomBody);
      return { body: d.body, headers: { ...d.headers, 'webhook-timestamp': 'soon' } };
    },
    {
      status: 'invalid',
      provider: 'kustom',
      reason: 'malformed-header',
      header: 'webhook-timestamp',
      message: 'webhook-timestamp must be an integer timestamp, got "soon"',
    },
  ],
  [
    'kushki > x-kushki-id missing (detected by x-kushki-signature)',
    () => without(['x-kushki-id'])(kushki(kushkiBody)),
    { status: 'invalid', provider: 'kushki', reason: 'missing-header', header: 'x-kushki-id', message: 'x-kushki-id header is missing' },
  ],
  [
    'kushki > x-kushki-signature missing (detected by x-kushki-id)',
    () => without(['x-kushki-signature'])(kushki(kushkiBody)),
    {
      status: 'invalid',
      provider: 'kushki',
      reason: 'missing-header',
      header: 'x-kushki-signature',
      message: 'x-kushki-signature header is missing',
    },
  ],
  [
    'kushki > an x-kushki-signature that is not hex',
    async () => {
      const d = await kushki(kushkiBody);
      return { body: d.body, headers: { ...d.headers, 'X-Kushki-Signature': 'not-hex' } };
    },
    {
      status: 'invalid',
      provider: 'kushki',
      reason: 'malformed-header',
      header: 'x-kushki-signature',
      message: 'x-kushki-signature must be 64 hex characters (HMAC-SHA256)',
    },
  ],
  [
    'kushki > stale and malformed: the malformed header is the verdict',
    async () => {
      const d = await kushki(kushkiBody, { ms: NOW_MS - 3_600_000 });
      return { body: d.body, headers: { ...d.headers, 'X-Kushki-SimpleSignature': 'zz' } };
    },
    {
      status: 'invalid',
      provider: 'kushki',
      reason: 'malformed-header',
      header: 'x-kushki-simplesignature',
      message: 'x-kushki-simplesignature must be 64 hex characters (HMAC-SHA256)',
    },
  ],
  // Nothing to check.
  [
    'unchecked > no signature header of either provider',
    async () => ({ body: kustomBody, headers: { 'content-type': 'application/json' } }),
    { status: 'unchecked', provider: null, message: 'neither a Kustom nor a Kushki delivery: no signature to check' },
  ],
];

describe('signature diagnosis verdicts', () => {
  it.each(rows)('%s', async (_name, delivery, want, extra) => {
    const { body, headers } = await delivery();
    expect(await diagnoseSignature({ provider: null, body, headers, secrets, now: NOW_MS, ...extra })).toEqual(want);
  });

  it('bytes > a body given as bytes is diagnosed like its text', async () => {
    const { headers } = await kustom(kustomBody, { signed: pretty(kustomBody) });
    const verdict = await diagnoseSignature({ provider: null, body: new TextEncoder().encode(kustomBody), headers, secrets, now: NOW_MS });
    expect(verdict).toMatchObject({ reason: 'body-altered', message: altered('pretty-printed JSON') });
  });

  it('bytes > the clock given as a Date', async () => {
    const { body, headers } = await kushki(kushkiBody, { ms: NOW_MS - 301_000 });
    const verdict = await diagnoseSignature({ provider: null, body, headers, secrets, now: new Date(NOW_MS) });
    expect(verdict).toMatchObject({ status: 'invalid', reason: 'stale-timestamp' });
  });
});

describe('signature diagnosis without secrets', () => {
  const rows: [string, () => Promise<Delivery>, DiagnosisSecrets, SignatureVerdict][] = [
    [
      'unchecked > a Kustom delivery with only Kushki secrets',
      () => kustom(kustomBody),
      { kustom: [], kushki: [testSecrets.kushki] },
      { status: 'unchecked', provider: 'kustom', message: 'no kustom secret given' },
    ],
    [
      'unchecked > a Kushki delivery with only Kustom secrets',
      () => kushki(kushkiBody),
      { kustom: [testSecrets.kustom], kushki: [] },
      { status: 'unchecked', provider: 'kushki', message: 'no kushki secret given' },
    ],
  ];
  it.each(rows)('%s', async (_name, delivery, given, want) => {
    const { body, headers } = await delivery();
    expect(await diagnoseSignature({ provider: null, body, headers, secrets: given, now: NOW_MS })).toEqual(want);
  });
});

describe('signature diagnosis with the provider given', () => {
  it('provider > Kushki headers on a Kustom delivery do not prove a Kustom secret', async () => {
    const wrong = await kustom(kustomBody.replace('1250', '1'), { signed: kustomBody, secret: forgedKustom });
    const kushkiHeaders = (await kushki(kushkiBody)).headers;
    const headers = { ...wrong.headers, ...kushkiHeaders };
    const verdict = await diagnoseSignature({ provider: 'kustom', body: wrong.body, headers, secrets, now: NOW_MS });
    expect(verdict).toEqual({
      status: 'invalid',
      provider: 'kustom',
      reason: 'wrong-secret',
      header: 'webhook-signature',
      message: KUSTOM_NONE,
    });
  });

  it('configuration > an empty Kushki secret throws a TypeError instead of a verdict', async () => {
    const { body, headers } = await kushki(kushkiBody);
    const given = { kustom: [], kushki: ['', testSecrets.kushki] };
    await expect(diagnoseSignature({ provider: 'kushki', body, headers, secrets: given, now: NOW_MS })).rejects.toThrow(TypeError);
  });
});

describe('signature provider detection', () => {
  const rows: [string, Record<string, string>, 'kustom' | 'kushki' | null][] = [
    ['detection > X-Kushki-Signature alone', { 'X-Kushki-Signature': 'a' }, 'kushki'],
    ['detection > X-Kushki-Id alone', { 'X-Kushki-Id': '1' }, 'kushki'],
    ['detection > webhook-signature alone', { 'webhook-signature': 'v1,a' }, 'kustom'],
    ['detection > webhook-id alone', { 'webhook-id': 'msg_1' }, 'kustom'],
    ['detection > Kushki headers win over Standard Webhooks ones', { 'webhook-id': 'msg_1', 'x-kushki-id': '1' }, 'kushki'],
    ['detection > webhook-timestamp alone is not enough', { 'webhook-timestamp': '1' }, null],
    ['detection > no signature header', { 'content-type': 'application/json' }, null],
  ];
  it.each(rows)('%s', (_name, headers, want) => {
    expect(signatureProviderOf(headers)).toBe(want);
  });
});
