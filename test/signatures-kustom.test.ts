import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import {
  safeVerifyKustomSignature,
  signKustom,
  standardWebhooksScheme,
  testSecrets,
  type VerificationFailureReason,
  variantsOf,
  verifyKustomSignature,
  WebhookVerificationError,
} from '../src/index.js';
import { opensslHmacBase64 } from './signatures-openssl.js';
import { exampleOf } from './support/examples.js';

const MSG_ID = 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W';
const TS = 1_780_684_632; // seconds
const NOW = TS * 1000 + 1_000;
const keyOf = (whsec: string) => Buffer.from(whsec.slice('whsec_'.length), 'base64');

async function rejection(promise: Promise<unknown>): Promise<WebhookVerificationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return error as WebhookVerificationError;
}

describe('kustom signature vectors', () => {
  it('kustom signature > the Standard Webhooks published test vector', async () => {
    // From the standard-webhooks reference library's tests ("sign function works").
    const headers = await signKustom({
      body: '{"test": 2432232314}',
      secrets: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      timestamp: 1614265330,
    });
    expect(headers).toEqual({
      'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      'webhook-timestamp': '1614265330',
      'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    });
    await expect(
      verifyKustomSignature({
        body: '{"test": 2432232314}',
        headers,
        secrets: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
        now: new Date(1614265330_000),
      }),
    ).resolves.toEqual({ provider: 'kustom', id: 'msg_p5jXN8AQM9LWM0D4loKWxJek', timestamp: 1614265330, secretIndex: 0 });
  });

  it.each(variantsOf('kustom').map((v) => [v.id] as const))(
    'kustom signature > %s matches openssl over "<id>.<timestamp>.<body>"',
    async (variant) => {
      const body = JSON.stringify(exampleOf(variant));
      const headers = await signKustom({ body, secrets: testSecrets.kustom, id: MSG_ID, timestamp: TS });
      expect(headers['webhook-signature']).toBe(`v1,${opensslHmacBase64(keyOf(testSecrets.kustom), `${MSG_ID}.${TS}.${body}`)}`);
      await expect(verifyKustomSignature({ body, headers, secrets: testSecrets.kustom, now: NOW })).resolves.toMatchObject({
        id: MSG_ID,
        timestamp: TS,
      });
    },
  );

  it('kustom signature > a secret without whsec_ is used as its raw UTF-8 bytes; bytes as they are', async () => {
    const body = JSON.stringify(exampleOf('kustom.ipp.session.finalized'));
    const raw = await signKustom({ body, secrets: 'plain-dashboard-secret', id: MSG_ID, timestamp: TS });
    expect(raw['webhook-signature']).toBe(`v1,${opensslHmacBase64('plain-dashboard-secret', `${MSG_ID}.${TS}.${body}`)}`);
    const bytes = new Uint8Array([9, 8, 7, 0, 255]);
    const signed = await signKustom({ body, secrets: bytes, id: MSG_ID, timestamp: new Date(TS * 1000) });
    expect(signed['webhook-signature']).toBe(`v1,${opensslHmacBase64(bytes, `${MSG_ID}.${TS}.${body}`)}`);
  });

  it('kustom signature > rotation: two entries, either secret verifies, and secretIndex says which', async () => {
    const body = JSON.stringify(exampleOf('kustom.ipp.session.activated'));
    const headers = await signKustom({ body, secrets: [testSecrets.kustom, testSecrets.kustomNext], id: MSG_ID, timestamp: TS });
    const entries = headers['webhook-signature']!.split(' ');
    expect(entries).toEqual([
      `v1,${opensslHmacBase64(keyOf(testSecrets.kustom), `${MSG_ID}.${TS}.${body}`)}`,
      `v1,${opensslHmacBase64(keyOf(testSecrets.kustomNext), `${MSG_ID}.${TS}.${body}`)}`,
    ]);
    const verify = (secrets: string | string[]) => verifyKustomSignature({ body, headers, secrets, now: NOW });
    await expect(verify(testSecrets.kustom)).resolves.toMatchObject({ secretIndex: 0 });
    await expect(verify(testSecrets.kustomNext)).resolves.toMatchObject({ secretIndex: 0 });
    await expect(verify(['whsec_b3RoZXI=', testSecrets.kustomNext])).resolves.toMatchObject({ secretIndex: 1 });
    expect((await rejection(verify('whsec_b3RoZXI='))).reason).toBe('bad-signature');
  });

  it('kustom signature > the standardwebhooks reference verifier accepts what signKustom sends', async () => {
    const body = JSON.stringify(exampleOf('kustom.ipp.session.cancelled'));
    const headers = await signKustom({ body, secrets: [testSecrets.kustomNext, testSecrets.kustom] });
    expect(new Webhook(testSecrets.kustom).verify(body, headers)).toEqual(JSON.parse(body));
    expect(headers['webhook-id']).toMatch(/^msg_[0-9A-Za-z]{27}$/);
  });
});

describe('kustom verification rejects', () => {
  const body = JSON.stringify(exampleOf('kustom.ipp.session.finalized'));
  type Headers = Record<string, string>;
  const cases: {
    name: string;
    change?: (h: Headers) => Headers;
    body?: string;
    options?: { secrets?: string; toleranceSeconds?: number; now?: number };
    reason: VerificationFailureReason;
    header: string;
  }[] = [
    { name: 'no webhook-id', change: ({ 'webhook-id': _, ...h }) => h, reason: 'missing-header', header: 'webhook-id' },
    {
      name: 'no webhook-timestamp',
      change: ({ 'webhook-timestamp': _, ...h }) => h,
      reason: 'missing-header',
      header: 'webhook-timestamp',
    },
    {
      name: 'no webhook-signature',
      change: ({ 'webhook-signature': _, ...h }) => h,
      reason: 'missing-header',
      header: 'webhook-signature',
    },
    {
      name: 'a timestamp that is not an integer',
      change: (h) => ({ ...h, 'webhook-timestamp': '1780684632.5' }),
      reason: 'malformed-header',
      header: 'webhook-timestamp',
    },
    {
      name: 'only a v2 entry',
      change: (h) => ({ ...h, 'webhook-signature': h['webhook-signature']!.replace('v1,', 'v2,') }),
      reason: 'malformed-header',
      header: 'webhook-signature',
    },
    {
      name: 'a truncated signature',
      change: (h) => ({ ...h, 'webhook-signature': h['webhook-signature']!.slice(0, 12) }),
      reason: 'bad-signature',
      header: 'webhook-signature',
    },
    {
      name: 'an empty v1 entry',
      change: (h) => ({ ...h, 'webhook-signature': 'v1,' }),
      reason: 'malformed-header',
      header: 'webhook-signature',
    },
    {
      name: 'a tampered body',
      body: body.replace('"type":"ipp.session.finalized"', '"type":"ipp.session.cancelled"'),
      reason: 'bad-signature',
      header: 'webhook-signature',
    },
    {
      name: 'another webhook-id',
      change: (h) => ({ ...h, 'webhook-id': 'msg_replayed' }),
      reason: 'bad-signature',
      header: 'webhook-signature',
    },
    {
      name: 'a shifted timestamp',
      change: (h) => ({ ...h, 'webhook-timestamp': String(TS + 1) }),
      reason: 'bad-signature',
      header: 'webhook-signature',
    },
    { name: 'the wrong secret', options: { secrets: testSecrets.kustomNext }, reason: 'bad-signature', header: 'webhook-signature' },
    { name: 'a timestamp older than 300 s', options: { now: (TS + 301) * 1000 }, reason: 'stale-timestamp', header: 'webhook-timestamp' },
    {
      name: 'a timestamp more than 300 s ahead',
      options: { now: (TS - 301) * 1000 },
      reason: 'future-timestamp',
      header: 'webhook-timestamp',
    },
    {
      name: 'a custom tolerance',
      options: { now: (TS + 11) * 1000, toleranceSeconds: 10 },
      reason: 'stale-timestamp',
      header: 'webhook-timestamp',
    },
  ];

  it.each(cases.map((c) => [c.name, c] as const))('kustom verify > %s', async (_name, c) => {
    const headers = (c.change ?? ((h: Headers) => h))(await signKustom({ body, secrets: testSecrets.kustom, id: MSG_ID, timestamp: TS }));
    const options = {
      body: c.body ?? body,
      headers,
      secrets: c.options?.secrets ?? testSecrets.kustom,
      now: c.options?.now ?? NOW,
      toleranceSeconds: c.options?.toleranceSeconds,
    };
    const error = await rejection(verifyKustomSignature(options));
    expect([error.reason, error.header]).toEqual([c.reason, c.header]);
    expect(await safeVerifyKustomSignature(options)).toMatchObject({ ok: false, reason: c.reason, header: c.header });
  });

  it('kustom verify > the unchanged request passes at both ends of the tolerance', async () => {
    const headers = await signKustom({ body, secrets: testSecrets.kustom, id: MSG_ID, timestamp: TS });
    for (const now of [(TS + 300) * 1000, (TS - 300) * 1000]) {
      expect(await safeVerifyKustomSignature({ body, headers, secrets: testSecrets.kustom, now })).toEqual({
        ok: true,
        delivery: { provider: 'kustom', id: MSG_ID, timestamp: TS, secretIndex: 0 },
      });
    }
  });

  it('kustom verify > any v1 entry may match; other versions and junk are skipped', async () => {
    const headers = await signKustom({ body, secrets: testSecrets.kustom, id: MSG_ID, timestamp: TS });
    const mixed = {
      ...headers,
      'webhook-signature': `v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= v2,abc ${headers['webhook-signature']} v1a,x`,
    };
    await expect(verifyKustomSignature({ body, headers: mixed, secrets: testSecrets.kustom, now: NOW })).resolves.toMatchObject({
      id: MSG_ID,
    });
  });
});

describe('kustom verification inputs', () => {
  const body = JSON.stringify(exampleOf('kustom.ipp.session.created'));

  it('kustom verify > repeated signature headers in a Headers object and in Node arrays', async () => {
    const one = await signKustom({ body, secrets: 'whsec_b3RoZXI=', id: MSG_ID, timestamp: TS });
    const two = await signKustom({ body, secrets: testSecrets.kustom, id: MSG_ID, timestamp: TS });
    const headers = new Headers({ 'Webhook-Id': MSG_ID, 'Webhook-Timestamp': String(TS) });
    headers.append('webhook-signature', one['webhook-signature']!);
    headers.append('webhook-signature', two['webhook-signature']!); // joined as "v1,a, v1,b"
    await expect(verifyKustomSignature({ body, headers, secrets: testSecrets.kustom, now: NOW })).resolves.toMatchObject({ id: MSG_ID });
    const node = {
      'webhook-id': MSG_ID,
      'webhook-timestamp': String(TS),
      'webhook-signature': [one['webhook-signature']!, two['webhook-signature']!],
    };
    await expect(verifyKustomSignature({ body, headers: node, secrets: testSecrets.kustom, now: NOW })).resolves.toMatchObject({
      id: MSG_ID,
    });
  });

  it('kustom verify > a configurable scheme (svix-* header names)', async () => {
    const scheme = { idHeader: 'svix-id', timestampHeader: 'svix-timestamp', signatureHeader: 'svix-signature' };
    const headers = await signKustom({ body, secrets: testSecrets.kustom, id: MSG_ID, timestamp: TS, scheme });
    expect(Object.keys(headers).sort()).toEqual(['svix-id', 'svix-signature', 'svix-timestamp']);
    await expect(verifyKustomSignature({ body, headers, secrets: testSecrets.kustom, now: NOW, scheme })).resolves.toMatchObject({
      id: MSG_ID,
    });
    const error = await rejection(verifyKustomSignature({ body, headers, secrets: testSecrets.kustom, now: NOW }));
    expect([error.reason, error.header]).toEqual(['missing-header', standardWebhooksScheme.idHeader]);
  });

  it('kustom verify > re-serialising the parsed body breaks the signature (pretty and reordered JSON)', async () => {
    const event = exampleOf('kustom.ipp.session.finalized');
    const pretty = JSON.stringify(event, null, 2);
    const headers = await signKustom({ body: pretty, secrets: testSecrets.kustom, id: MSG_ID, timestamp: TS });
    expect(headers['webhook-signature']).toBe(`v1,${opensslHmacBase64(keyOf(testSecrets.kustom), `${MSG_ID}.${TS}.${pretty}`)}`);
    await expect(
      verifyKustomSignature({ body: new TextEncoder().encode(pretty), headers, secrets: testSecrets.kustom, now: NOW }),
    ).resolves.toMatchObject({ id: MSG_ID });
    const compact = JSON.stringify(JSON.parse(pretty));
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(event).reverse()), null, 2);
    for (const reserialised of [compact, reordered]) {
      expect(JSON.parse(reserialised)).toEqual(event);
      expect((await rejection(verifyKustomSignature({ body: reserialised, headers, secrets: testSecrets.kustom, now: NOW }))).reason).toBe(
        'bad-signature',
      );
    }
  });

  it('kustom verify > a BOM is part of the signed bytes', async () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]);
    const headers = await signKustom({ body: withBom, secrets: testSecrets.kustom, id: MSG_ID, timestamp: TS });
    expect(headers['webhook-signature']).toBe(
      `v1,${opensslHmacBase64(keyOf(testSecrets.kustom), Buffer.concat([Buffer.from(`${MSG_ID}.${TS}.`), withBom]))}`,
    );
    await expect(verifyKustomSignature({ body: withBom, headers, secrets: testSecrets.kustom, now: NOW })).resolves.toMatchObject({
      id: MSG_ID,
    });
    expect((await rejection(verifyKustomSignature({ body, headers, secrets: testSecrets.kustom, now: NOW }))).reason).toBe('bad-signature');
  });

  it.each([
    ['an empty secret', ''],
    ['whsec_ with non-base64', 'whsec_not base64!'],
    ['no secret at all', [] as string[]],
  ] as const)('kustom verify > %s is a TypeError', async (_name, secrets) => {
    const headers = await signKustom({ body, secrets: testSecrets.kustom, id: MSG_ID, timestamp: TS });
    await expect(verifyKustomSignature({ body, headers, secrets, now: NOW })).rejects.toThrow(TypeError);
    await expect(signKustom({ body, secrets })).rejects.toThrow(TypeError);
  });

  it('kustom verify > a parsed body is a TypeError that names the raw-body trap', async () => {
    const headers = await signKustom({ body, secrets: testSecrets.kustom, id: MSG_ID, timestamp: TS });
    await expect(
      verifyKustomSignature({ body: JSON.parse(body) as never, headers, secrets: testSecrets.kustom, now: NOW }),
    ).rejects.toThrow(/raw request body.*Re-serialising/);
  });
});
