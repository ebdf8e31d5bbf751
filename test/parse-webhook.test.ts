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

  /** Rules the documents state: an error in both profiles. */
  const retypes: [VariantId, string, unknown, string][] = [
    ['kushki.card.approved', '/amount/iva', '50', 'must be number'],
    ['kushki.card.approved', '/transactionType', 'REFUND', 'must be "SALE"'],
    ['kushki.card.declined', '/code', 17, 'must be string'],
    ['kushki.transfer.approved', '/trazabilityCode', 564988596, 'must be string'],
    ['kushki.cash.approved', '/pin', 8903296880, 'must be string'],
    ['kustom.ipp.session.finalized', '/data/order_id', null, 'must be string'],
    ['kustom.ipp.session.finalized', '/data/order_id', 'ORD-1', 'must match format "uuid"'],
    ['kustom.ipp.session.cancelled', '/data/session_id', 42, 'must be string'],
  ];
  const setAt = (payload: Record<string, unknown>, path: string, value: unknown): void => {
    const keys = path.split('/').slice(1);
    let node = payload;
    for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
    node[keys.at(-1)!] = value;
  };
  it.each(retypes)('types > %s with a wrong %s fails there in both profiles', (variant, path, value, message) => {
    const payload = exampleOf(variant);
    setAt(payload, path, value);
    for (const strict of [false, true]) {
      const result = parseWebhook(payload, { strict });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.variant).toBe(variant);
      expect(result.errors).toContainEqual(expect.objectContaining({ path, message }));
    }
  });

  /** What the documents state stays an error whichever the profile. */
  const refusedInBoth: [string, VariantId, (p: Record<string, unknown>) => void, string][] = [
    [
      'amounts as strings',
      'kushki.card.approved',
      (p) => Object.assign(p.amount as object, { iva: '50', subtotalIva: '50' }),
      '/amount/iva',
    ],
    ['an unknown paymentMethod', 'kushki.card.approved', (p) => Object.assign(p, { paymentMethod: 'crypto' }), '/paymentMethod'],
    ['an unknown status', 'kushki.cash.approved', (p) => Object.assign(p, { status: 'pendingTransaction' }), '/status'],
    [
      'a finalized session without session_id',
      'kustom.ipp.session.finalized',
      (p) => delete (p.data as Record<string, unknown>).session_id,
      '/data/session_id',
    ],
    [
      'a finalized order_id that is not a UUID',
      'kustom.ipp.session.finalized',
      (p) => Object.assign(p.data as object, { order_id: 'ORD-1' }),
      '/data/order_id',
    ],
  ];
  it.each(refusedInBoth)('both profiles > %s is refused by default and under strict', (_name, variant, change, path) => {
    const payload = exampleOf(variant);
    change(payload);
    for (const strict of [false, true]) {
      const result = parseWebhook(JSON.stringify(payload), { strict });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.map((e) => e.path)).toContain(path);
    }
  });

  /** Rules only the documents' examples show: a warning with a hint by default, an error under strict. */
  const exampleRules: [VariantId, string, unknown, string][] = [
    ['kushki.card.approved', '/contactDetails/email', 'not-an-email', 'must match format "email"'],
    ['kushki.card.approved', '/contactDetails/email', '', 'must match format "email"'],
    ['kushki.card.approved', '/token', 'D23507A568AF477893FA0D298FD97B50', 'must match pattern "^[0-9a-f]{32}$"'],
    ['kushki.card.approved', '/amount/currency', 'usd', 'must match pattern "^[A-Z]{3}$"'],
    ['kushki.card.approved', '/merchantId', 'M-2000', 'must match pattern "^[0-9]+$"'],
    ['kushki.transfer.declined', '/redirectUrl', 'not a url', 'must match format "uri"'],
    ['kushki.cash.expired', '/id', 'not-a-uuid', 'must match format "uuid"'],
    ['kustom.ipp.session.created', '/id', 'evt_123', 'must match pattern "^kevt_[0-9A-Za-z]+$"'],
    ['kustom.ipp.session.activated', '/timestamp', '2026-06-05', 'must match format "date-time"'],
    ['kustom.ipp.session.activated', '/data/session_id', 'S-1', 'must match format "uuid"'],
  ];
  it.each(exampleRules)('example rules > %s with %s = %j warns by default, fails under strict', (variant, path, value, message) => {
    const payload = exampleOf(variant);
    setAt(payload, path, value);
    const lax = parseWebhook(payload);
    expect(lax).toMatchObject({ ok: true, variant });
    if (!lax.ok) return;
    expect(lax.warnings).toContainEqual({ path, message, keyword: expect.any(String), hint: expect.stringMatching(/example/) });
    const strict = parseWebhook(payload, { strict: true });
    expect(strict.ok).toBe(false);
    if (strict.ok) return;
    expect(strict.errors).toContainEqual(expect.objectContaining({ path, message, hint: expect.stringMatching(/example/) }));
  });

  it("example rules > the documents' own examples carry no warning", () => {
    for (const { payload } of variantExamples) {
      const result = parseWebhook(payload);
      expect(result.ok && result.warnings).toEqual([]);
    }
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
    const result = parseWebhook(payload, { strict: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.filter((e) => e.path === '/syncMetadata')).toHaveLength(1);
  });

  it('errors > a value that matches neither documented reading is one issue naming both', () => {
    const payload = exampleOf('kushki.cash.approved');
    payload.syncMetadata = 1;
    const result = parseWebhook(payload);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issues = result.errors.filter((e) => e.path === '/syncMetadata');
    expect(issues).toEqual([
      expect.objectContaining({ keyword: 'anyOf', message: expect.stringMatching(/must be string.*must be boolean/) }),
    ]);
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
