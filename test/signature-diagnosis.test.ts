/** `diagnoseSignature` says which secret matched or why none did; `schemaDrift` names unknown fields. */
import { describe, expect, it } from 'vitest';
import { examples } from '../mocks/fixtures/index.js';
import { signKushki, signKustom, testSecrets } from '../src/index.js';
import { diagnoseSignature, type SignatureVerdict } from '../src/signatures/signature-diagnosis.js';
import { schemaDrift } from '../src/validation/schema-drift.js';

const secrets = { kustom: [testSecrets.kustomNext, testSecrets.kustom], kushki: [testSecrets.kushki] };
const kustomBody = JSON.stringify(examples['kustom.ipp.session.created']);
const kushkiBody = JSON.stringify(examples['kushki.card.approved']);
const pretty = (body: string) => JSON.stringify(JSON.parse(body), null, 2);
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

type Row = [name: string, delivery: () => Promise<{ body: string; headers: Record<string, string> }>, want: Partial<SignatureVerdict>];

const rows: Row[] = [
  [
    'Kustom signed with the second secret',
    async () => ({ body: kustomBody, headers: await signKustom({ body: kustomBody, secrets: testSecrets.kustom }) }),
    { status: 'valid', secretIndex: 1 },
  ],
  [
    'Kushki signed with the secret',
    async () => ({ body: kushkiBody, headers: { ...(await signKushki({ body: kushkiBody, secret: testSecrets.kushki })) } }),
    { status: 'valid', secretIndex: 0 },
  ],
  ['Kustom without headers', async () => ({ body: kustomBody, headers: {} }), { status: 'unchecked', provider: null }],
  [
    'Kushki without X-Kushki-Signature',
    async () => {
      const { 'X-Kushki-Signature': _, ...headers } = await signKushki({ body: kushkiBody, secret: testSecrets.kushki });
      return { body: kushkiBody, headers };
    },
    { status: 'invalid', reason: 'missing-header', header: 'x-kushki-signature' },
  ],
  [
    'Kustom signed 6 minutes ago',
    async () => ({
      body: kustomBody,
      headers: await signKustom({ body: kustomBody, secrets: testSecrets.kustom, timestamp: minutesAgo(6) }),
    }),
    { status: 'invalid', reason: 'stale-timestamp' },
  ],
  [
    'Kushki signed 6 minutes ago',
    async () => ({
      body: kushkiBody,
      headers: { ...(await signKushki({ body: kushkiBody, secret: testSecrets.kushki, id: minutesAgo(6).getTime() })) },
    }),
    { status: 'invalid', reason: 'stale-timestamp' },
  ],
  [
    'Kustom signed with a secret not given (forged)',
    async () => ({ body: kustomBody, headers: await signKustom({ body: kustomBody, secrets: 'whsec_Zm9yZ2VkLXNlY3JldC1mb3ItdGVzdHM=' }) }),
    { status: 'invalid', reason: 'wrong-secret' },
  ],
  [
    'Kushki signed with another secret (forged)',
    async () => ({ body: kushkiBody, headers: { ...(await signKushki({ body: kushkiBody, secret: 'forger' })) } }),
    { status: 'invalid', reason: 'wrong-secret' },
  ],
  [
    'Kustom signed compact, received pretty-printed',
    async () => ({ body: pretty(kustomBody), headers: await signKustom({ body: kustomBody, secrets: testSecrets.kustom }) }),
    { status: 'invalid', reason: 'body-altered' },
  ],
  [
    'Kushki with one changed amount (the simple signature proves the secret)',
    async () => ({
      body: kushkiBody.replace(/"subtotalIva0":[0-9.]+/, '"subtotalIva0":1'),
      headers: { ...(await signKushki({ body: kushkiBody, secret: testSecrets.kushki })) },
    }),
    { status: 'invalid', reason: 'body-altered' },
  ],
];

describe('signature diagnosis', () => {
  it.each(rows)('%s', async (_name, delivery, want) => {
    const { body, headers } = await delivery();
    const verdict = await diagnoseSignature({ provider: null, body, headers, secrets });
    expect(verdict).toMatchObject(want);
    expect(verdict.message).not.toBe('');
  });

  it('no secret for the provider is unchecked, not invalid', async () => {
    const headers = await signKustom({ body: kustomBody, secrets: testSecrets.kustom });
    expect(await diagnoseSignature({ provider: null, body: kustomBody, headers, secrets: { kustom: [], kushki: [] } })).toMatchObject({
      status: 'unchecked',
      provider: 'kustom',
    });
  });
});

describe('schema drift', () => {
  const withExtra = (payload: object, extra: (p: Record<string, unknown>) => void) => {
    const copy = structuredClone(payload) as Record<string, unknown>;
    extra(copy);
    return JSON.stringify(copy);
  };
  const rows: [string, string, { path: string; value: unknown }[]][] = [
    ['a documented payload', kushkiBody, []],
    [
      'a new top-level Kushki field',
      withExtra(examples['kushki.card.approved'], (p) => (p.riskScore = 12)),
      [{ path: '/riskScore', value: 12 }],
    ],
    [
      'a new field inside Kustom data',
      withExtra(examples['kustom.ipp.session.created'], (p) => ((p.data as Record<string, unknown>).terminal_label = 'till 2')),
      [{ path: '/data/terminal_label', value: 'till 2' }],
    ],
    ['not JSON', '{"paymentMethod":', []],
  ];
  it.each(rows)('%s', (_name, body, want) => {
    expect(schemaDrift(body)).toEqual(want);
  });
});
