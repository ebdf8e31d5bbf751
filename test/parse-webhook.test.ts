import { describe, expect, it } from 'vitest';
import { variantExamples } from '../src/generated/catalogue.js';
import { parseWebhook, type VariantId, variants } from '../src/index.js';
import { exampleOf } from './support/examples.js';

/** Every top-level required field of a variant, read from its example (all examples carry every required field). */
function requiredFields(variant: VariantId): string[] {
  const entry = variants.find((v) => v.id === variant)!;
  return entry.provider === 'kustom'
    ? ['id', 'merchant_id', 'timestamp', 'type', 'data']
    : Object.keys(exampleOf(variant)).filter((k) => !optionalKushki[variant]?.includes(k));
}
const optionalKushki: Partial<Record<VariantId, string[]>> = {};

describe('parseWebhook', () => {
  it.each(variantExamples.map((e) => [e.variant, e.source, e.payload] as const))(
    'examples > %s (%s) parses as its variant from object, string and bytes',
    (variant, _source, payload) => {
      const text = JSON.stringify(payload);
      for (const body of [payload, text, new TextEncoder().encode(text), Buffer.from(text)]) {
        const result = parseWebhook(body);
        expect(result).toMatchObject({ ok: true, kind: 'variant', variant, provider: variant.split('.')[0] });
      }
    },
  );

  const removals = variants.flatMap((v) => requiredFields(v.id).map((field) => [v.id, field] as const));
  it.each(removals)('required > %s without %s fails naming /%s', (variant, field) => {
    const payload = exampleOf(variant);
    delete payload[field];
    const result = parseWebhook(payload, { provider: variant.startsWith('kustom') ? 'kustom' : 'kushki' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toContain(
      // Removing a discriminator makes the variant unknowable: the error still names the field.
      `/${field}`,
    );
  });

  const retypes: [VariantId, string, unknown, string][] = [
    ['kushki.card.approved', '/amount/iva', '50', 'must be number'],
    ['kushki.card.approved', '/contactDetails/email', 'not-an-email', 'must match format "email"'],
    ['kushki.card.approved', '/transactionType', 'REFUND', 'must be "SALE"'],
    ['kushki.card.declined', '/code', 17, 'must be string'],
    ['kushki.transfer.approved', '/trazabilityCode', 564988596, 'must be string'],
    ['kushki.transfer.declined', '/redirectUrl', 'not a url', 'must match format "uri"'],
    ['kushki.cash.approved', '/pin', 8903296880, 'must be string'],
    ['kushki.cash.expired', '/id', 'not-a-uuid', 'must match format "uuid"'],
    ['kustom.ipp.session.created', '/id', 'evt_123', 'must match pattern "^kevt_[0-9A-Za-z]+$"'],
    ['kustom.ipp.session.activated', '/timestamp', '2026-06-05', 'must match format "date-time"'],
    ['kustom.ipp.session.finalized', '/data/order_id', null, 'must be string'],
    ['kustom.ipp.session.cancelled', '/data/session_id', 42, 'must be string'],
  ];
  it.each(retypes)('types > %s with a wrong %s fails there', (variant, path, value, message) => {
    const payload = exampleOf(variant);
    const keys = path.split('/').slice(1);
    let node = payload as Record<string, unknown>;
    for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
    node[keys.at(-1)!] = value;
    const result = parseWebhook(payload);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.variant).toBe(variant);
    expect(result.errors).toContainEqual(expect.objectContaining({ path, message }));
  });

  it('options > variant rejects another variant', () => {
    const result = parseWebhook(exampleOf('kushki.card.approved'), { variant: 'kushki.card.declined' });
    expect(result).toMatchObject({ ok: false, variant: 'kushki.card.approved' });
  });

  it('options > provider mismatch fails instead of guessing', () => {
    const result = parseWebhook(exampleOf('kushki.card.approved'), { provider: 'kustom' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.provider).toBe('kustom');
    expect(result.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['/type', '/data']));
  });

  it('errors > a wrong type is reported once, not with every keyword it then fails', () => {
    const payload = exampleOf('kushki.cash.approved');
    payload.syncMetadata = true;
    const result = parseWebhook(payload);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.filter((e) => e.path === '/syncMetadata')).toHaveLength(1);
  });

  it('errors > JSON Pointer escapes odd keys', () => {
    const payload = exampleOf('kushki.card.approved');
    payload['a/b~c'] = 1;
    const result = parseWebhook(payload, { strict: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(expect.objectContaining({ path: '/a~1b~0c', keyword: 'unevaluatedProperties' }));
  });
});

describe('parseWebhook detection', () => {
  it('detection > a Kushki payload carrying Kustom-like extra fields is still recognised', () => {
    const payload = { ...exampleOf('kushki.cash.approved'), type: 'cash', data: {} };
    expect(parseWebhook(payload)).toMatchObject({ ok: true, variant: 'kushki.cash.approved' });
    expect(parseWebhook({ ...payload, pin: 1 })).toMatchObject({ ok: false, provider: 'kustom' });
  });
});
