/**
 * How parseWebhook tells the providers and variants apart, and what a refusal then says: which
 * provider a partial payload is taken for, where a wrong variant is reported, other events under a
 * variant option or strict, a payload that throws when read, which issues carry an example-rule hint,
 * and the JSON form of a result.
 */
import { describe, expect, it } from 'vitest';
import { type ParseOptions, type Provider, parseWebhook } from '../src/index.js';
import { exampleOf } from './support/examples.js';

describe('validation detection > which provider', () => {
  const cases: [string, Record<string, unknown>, Provider | null][] = [
    ['only smartLink', { smartLink: 'x' }, 'kushki'],
    ['only publicMerchantId', { publicMerchantId: 'x' }, 'kushki'],
    ['only transactionReference', { transactionReference: 'x' }, 'kushki'],
    ['only paymentMethod', { paymentMethod: 'x' }, 'kushki'],
    ['a type and a kevt_ id', { type: 'x', id: 'kevt_1' }, 'kustom'],
    ['a type and merchant_id', { type: 'x', merchant_id: 'm' }, 'kustom'],
    ['a type and data', { type: 'x', data: {} }, 'kustom'],
    ['a type alone', { type: 'x' }, null],
    ['a type and an id that only ends in kevt_', { type: 'x', id: 'xkevt_' }, null],
    ['a kevt_ id and merchant_id but no type', { id: 'kevt_1', merchant_id: 'm' }, null],
  ];
  it.each(cases)('detection > %s is taken for %s', (_name, payload, provider) => {
    const result = parseWebhook(payload);
    expect(result).toMatchObject({ ok: false, provider });
    if (provider === null) expect(!result.ok && result.errors).toEqual([expect.objectContaining({ path: '', keyword: 'variant' })]);
  });

  it('detection > a Kustom claim on an envelope whose type is not a string reports each envelope fault once', () => {
    const result = parseWebhook({ type: 42 }, { provider: 'kustom' });
    expect(result).toMatchObject({ ok: false, provider: 'kustom', variant: null });
    const paths = result.ok ? [] : result.errors.map((e) => e.path);
    expect(paths.sort()).toEqual(['/data', '/id', '/merchant_id', '/timestamp', '/type']);
  });

  it('detection > a Kushki claim on an empty object names the missing paymentMethod once', () => {
    const result = parseWebhook({}, { provider: 'kushki' });
    expect(result).toMatchObject({ ok: false, provider: 'kushki', errors: [{ path: '/paymentMethod', keyword: 'variant' }] });
    expect(!result.ok && result.errors).toHaveLength(1);
  });
});

describe('validation detection > variant and other events', () => {
  const mismatches: [string, ParseOptions, string][] = [
    ['kustom.ipp.session.created', { variant: 'kustom.ipp.session.finalized' }, '/type'],
    ['kushki.card.approved', { variant: 'kushki.card.declined' }, '/status'],
  ];
  it.each(mismatches)('variant option > %s asked as %o is refused at %s, naming both', (variant, options, path) => {
    const result = parseWebhook(exampleOf(variant as 'kushki.card.approved'), options);
    expect(result).toMatchObject({ ok: false, variant, errors: [{ path, keyword: 'variant' }] });
    expect(!result.ok && result.errors[0]?.message).toContain(String(options.variant));
    expect(!result.ok && result.errors[0]?.message).toContain(variant);
  });

  it('variant option > an other Kustom event is refused at /type, naming the event it carries', () => {
    const payload = { ...exampleOf('kustom.ipp.session.created'), type: 'capture.created' };
    const result = parseWebhook(payload, { variant: 'kustom.ipp.session.created' });
    expect(result).toMatchObject({ ok: false, provider: 'kustom', errors: [{ path: '/type', keyword: 'variant' }] });
    expect(!result.ok && result.errors[0]?.message).toContain('"capture.created"');
  });

  it('other events > a type no document names is a warning by default and the first error under strict', () => {
    const payload = { ...exampleOf('kustom.ipp.session.created'), type: 'ipp.session.create' };
    const lax = parseWebhook(payload);
    expect(lax).toMatchObject({ ok: true, kind: 'other-event', warnings: [{ path: '/type', keyword: 'variant' }] });
    const strict = parseWebhook(payload, { strict: true });
    expect(strict).toMatchObject({ ok: false, provider: 'kustom', errors: [{ path: '/type', keyword: 'variant' }] });
    expect(!strict.ok && strict.errors[0]?.message).toContain('"ipp.session.create"');
    expect(!strict.ok && strict.errors[0]?.hint).toMatch(/200/);
    const named = parseWebhook({ ...payload, type: 'capture.created' }, { strict: true });
    expect(named).toMatchObject({ ok: true, kind: 'other-event', warnings: [] });
  });

  it("other events > the documents' other spelling of the finalized event is one warning at /type", () => {
    const result = parseWebhook({ ...exampleOf('kustom.ipp.session.finalized'), type: 'ipp.payment.finalized' });
    expect(result).toMatchObject({ ok: true, variant: 'kustom.ipp.session.finalized' });
    expect(result.ok && result.warnings).toEqual([
      expect.objectContaining({ path: '/type', keyword: 'variant', hint: expect.stringContaining('ipp.session.finalized') }),
    ]);
  });
});

describe('validation detection > failures that are not schema errors', () => {
  it('exception > a payload whose field throws when read is refused, not thrown', () => {
    const payload = exampleOf('kushki.card.approved');
    Object.defineProperty(payload, 'status', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = parseWebhook(payload);
    expect(result).toMatchObject({ ok: false, errors: [{ path: '', keyword: 'exception' }] });
    expect(!result.ok && result.errors[0]?.message).toContain('boom');
  });

  it('hints > under strict only the example-rule errors carry a hint', () => {
    const example = exampleOf('kushki.card.approved');
    const payload = { ...example, token: 'D23507A568AF477893FA0D298FD97B50', amount: { ...(example.amount as object), iva: '50' } };
    const result = parseWebhook(payload, { strict: true });
    expect(result.ok).toBe(false);
    const byPath = new Map(result.ok ? [] : result.errors.map((e) => [e.path, e]));
    expect(byPath.get('/token')?.hint).toMatch(/example/);
    expect(byPath.get('/amount/iva')).toMatchObject({ keyword: 'type' });
    expect(byPath.get('/amount/iva')?.hint).toBeUndefined();
  });
});

describe('validation detection > results as data', () => {
  it('results > JSON holds ok, kind, provider, variant (type for other events), event and warnings, not raw', () => {
    const variant = parseWebhook(exampleOf('kushki.card.approved'));
    expect(Object.keys(JSON.parse(JSON.stringify(variant))).sort()).toEqual(['event', 'kind', 'ok', 'provider', 'variant', 'warnings']);
    const other = parseWebhook({ ...exampleOf('kustom.ipp.session.created'), type: 'capture.created' });
    expect(JSON.parse(JSON.stringify(other))).toMatchObject({ ok: true, kind: 'other-event', type: 'capture.created', warnings: [] });
    expect(Object.keys(JSON.parse(JSON.stringify(other)))).not.toContain('raw');
  });

  it('results > once read, warnings are an own enumerable property that a spread keeps', () => {
    const payload = { ...exampleOf('kushki.card.approved'), token: 'D23507A568AF477893FA0D298FD97B50' };
    const result = parseWebhook(payload);
    expect(result.ok && result.warnings).toHaveLength(1);
    expect({ ...result }).toHaveProperty('warnings', result.ok ? result.warnings : []);
    expect(Object.getOwnPropertyDescriptor(result, 'warnings')).toMatchObject({ enumerable: true });
  });
});
