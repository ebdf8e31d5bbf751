/**
 * What a refused payload is told: the path, keyword and content of each issue (`issuesFromAjv`'s
 * mapping of ajv errors, the detection's own issues, decoding failures), the JSON Pointer helpers,
 * and the Kushki normalisation's boundaries. Messages are checked for what they must name (the
 * allowed values, what was received), not for their wording.
 */
import { describe, expect, it } from 'vitest';
import { parseWebhook, schemaDrift } from '../src/index.js';
import { issuesFromAjv } from '../src/validation/ajv-issues.js';
import type { ValidatorError } from '../src/validation/compiled-validators.js';
import { KUSHKI_MILLISECONDS_FROM, normaliseKushki } from '../src/validation/normalise-divergences.js';
import { joinPointer, valueAtPointer } from '../src/validation/parse-issue.js';
import { exampleOf } from './support/examples.js';

const err = (keyword: string, instancePath: string, params: Record<string, unknown> = {}, message?: string): ValidatorError => ({
  keyword,
  instancePath,
  schemaPath: `#/${keyword}`,
  params,
  ...(message === undefined ? {} : { message }),
});

describe('validation issues > ajv errors', () => {
  it('ajv issues > no errors, null or undefined give no issue', () => {
    expect(issuesFromAjv([])).toEqual([]);
    expect(issuesFromAjv(null)).toEqual([]);
    expect(issuesFromAjv(undefined)).toEqual([]);
  });

  it('ajv issues > required names the missing field in the path, escaped', () => {
    const [issue] = issuesFromAjv([err('required', '/amount', { missingProperty: 'a/b~c' }, 'must have required property')]);
    expect(issue).toMatchObject({ path: '/amount/a~1b~0c', keyword: 'required' });
    expect(issue?.message).toMatch(/required/);
  });

  it('ajv issues > an undocumented field is reported at its own path', () => {
    const [issue] = issuesFromAjv([err('unevaluatedProperties', '', { unevaluatedProperty: 'extra' }, 'must NOT have...')]);
    expect(issue).toMatchObject({ path: '/extra', keyword: 'unevaluatedProperties' });
    expect(issue?.message).toMatch(/strict/);
  });

  it('ajv issues > const and enum name the allowed values as JSON', () => {
    const [constant, listed] = issuesFromAjv([
      err('const', '/transactionType', { allowedValue: 'SALE' }, 'must be equal to constant'),
      err('enum', '/status', { allowedValues: ['a', 2, null] }, 'must be equal to one of the allowed values'),
    ]);
    expect(constant).toMatchObject({ path: '/transactionType', keyword: 'const' });
    expect(constant?.message).toContain('"SALE"');
    expect(listed).toMatchObject({ path: '/status', keyword: 'enum' });
    expect(listed?.message).toContain('"a", 2, null');
  });

  it("ajv issues > `not` is left to the caller; another keyword keeps ajv's message, or names the keyword", () => {
    const issues = issuesFromAjv([
      err('not', '', {}, 'must NOT be valid'),
      err('maximum', '/n', { limit: 3 }, 'must be <= 3'),
      err('minItems', '/list'),
    ]);
    expect(issues).toEqual([
      { path: '/n', message: 'must be <= 3', keyword: 'maximum' },
      { path: '/list', message: expect.stringContaining('minItems'), keyword: 'minItems' },
    ]);
  });

  it('ajv issues > a wrong type hides the other keywords at its path, but not required nor other paths', () => {
    const issues = issuesFromAjv([
      err('type', '/a', { type: 'string' }, 'must be string'),
      err('pattern', '/a', {}, 'must match pattern'),
      err('required', '/a', { missingProperty: 'x' }, 'must have required property'),
      err('pattern', '/ab', {}, 'must match pattern'),
    ]);
    expect(issues.map((i) => [i.path, i.keyword])).toEqual([
      ['/a', 'type'],
      ['/a/x', 'required'],
      ['/ab', 'pattern'],
    ]);
  });

  it('ajv issues > the same problem reported twice is one issue', () => {
    const twice = [
      err('type', '/a', {}, 'must be string'),
      err('type', '/a', {}, 'must be string'),
      err('type', '/b', {}, 'must be string'),
    ];
    expect(issuesFromAjv(twice).map((i) => i.path)).toEqual(['/a', '/b']);
  });

  it('ajv issues > a failed anyOf folds the failures of its branches at or below its path, not a sibling with the same prefix', () => {
    const issues = issuesFromAjv([
      err('type', '/ab', {}, 'must be number'),
      err('enum', '/a', { allowedValues: ['true', 'false'] }, 'must be equal to one of the allowed values'),
      err('type', '/a/deep', {}, 'must be boolean'),
      err('anyOf', '/a', {}, 'must match a schema in anyOf'),
    ]);
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatchObject({ path: '/ab', keyword: 'type' });
    expect(issues[1]).toMatchObject({ path: '/a', keyword: 'anyOf' });
    expect(issues[1]?.message).toContain('must be equal to one of the allowed values');
    expect(issues[1]?.message).toContain('/deep must be boolean');
    expect(issues[1]?.message).not.toContain('must be number');
  });
});

describe('validation issues > what parseWebhook says', () => {
  const card = () => exampleOf('kushki.card.approved');
  const cases: [string, unknown, { provider?: 'kushki' | 'kustom' }, { path: string; keyword: string; names: string[] }][] = [
    ['invalid JSON', '{"a":', {}, { path: '', keyword: 'json', names: ['JSON'] }],
    ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0x7d]), {}, { path: '', keyword: 'encoding', names: ['UTF-8'] }],
    ['a JSON array', '[1]', {}, { path: '', keyword: 'type', names: ['array'] }],
    ['JSON null', 'null', {}, { path: '', keyword: 'type', names: ['null'] }],
    ['an object of neither provider', { foo: 1 }, {}, { path: '', keyword: 'variant', names: ['Kustom', 'Kushki'] }],
    [
      'an unknown paymentMethod',
      { ...card(), paymentMethod: 'crypto' },
      {},
      { path: '/paymentMethod', keyword: 'variant', names: ['"creditCard"', '"transfer"', '"cash"'] },
    ],
    [
      'an unknown card status',
      { ...card(), status: 'pendingTransaction' },
      {},
      { path: '/status', keyword: 'variant', names: ['"approvedTransaction"', '"declinedTransaction"', '"creditCard"'] },
    ],
    [
      'a Kustom envelope whose type is not a string',
      { ...exampleOf('kustom.ipp.session.created'), type: 42 },
      { provider: 'kustom' },
      {
        path: '/type',
        keyword: 'type',
        names: ['string'],
      },
    ],
  ];
  it.each(cases)('parse issues > %s', (_name, body, options, expected) => {
    const result = parseWebhook(body as string, options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.errors.find((e) => e.path === expected.path);
    expect(issue, JSON.stringify(result.errors)).toMatchObject({ path: expected.path, keyword: expected.keyword });
    for (const name of expected.names) expect(issue?.message).toContain(name);
  });

  it('parse issues > a Kushki payload without paymentMethod is told it is required, not what values it may take', () => {
    const payload = card();
    delete payload.paymentMethod;
    const result = parseWebhook(payload, { provider: 'kushki' });
    expect(result).toMatchObject({ ok: false, provider: 'kushki', errors: [{ path: '/paymentMethod', keyword: 'variant' }] });
    expect(!result.ok && result.errors[0]?.message).toMatch(/required/);
    expect(!result.ok && result.errors[0]?.message).not.toContain('creditCard');
  });

  it('parse issues > a declined cash payment is told, with a hint, that cash expires instead', () => {
    const result = parseWebhook({ ...exampleOf('kushki.cash.approved'), status: 'declinedTransaction' });
    expect(result).toMatchObject({ ok: false, provider: 'kushki', errors: [{ path: '/status', keyword: 'variant' }] });
    expect(!result.ok && result.errors[0]?.hint).toContain('expiredTransaction');
    const card = parseWebhook({ ...exampleOf('kushki.card.approved'), status: 'expiredTransaction' });
    expect(!card.ok && card.errors[0]?.hint).toBeUndefined();
  });

  it('parse issues > an ArrayBuffer body is decoded like bytes', () => {
    const body = new TextEncoder().encode(JSON.stringify(card())).buffer;
    expect(parseWebhook(body)).toMatchObject({ ok: true, variant: 'kushki.card.approved' });
    expect(parseWebhook(body, { strict: true })).toMatchObject({ ok: true, variant: 'kushki.card.approved' });
  });

  it('parse issues > a Kustom event comes back as sent, with no Kushki normalisation', () => {
    const payload = exampleOf('kustom.ipp.session.finalized');
    for (const options of [{}, { strict: true }, { provider: 'kustom' as const }]) {
      const result = parseWebhook(JSON.stringify(payload), options);
      expect(result.ok && result.event).toEqual(payload);
    }
  });
});

describe('validation issues > pointers and drift', () => {
  it('pointers > joinPointer escapes each name; valueAtPointer reads own fields only and stops at non-objects', () => {
    expect(joinPointer('/a', 'b/c', 'd~e')).toBe('/a/b~1c/d~0e');
    const payload = { 'b/c': { 'd~e': 1 }, s: 'text', n: null };
    expect(valueAtPointer(payload, '/b~1c/d~0e')).toBe(1);
    expect(valueAtPointer(payload, '')).toBe(payload);
    expect(valueAtPointer(payload, '/s/length')).toBeUndefined();
    expect(valueAtPointer(payload, '/n/x')).toBeUndefined();
    expect(valueAtPointer(payload, '/constructor')).toBeUndefined();
  });

  it('drift > names each undocumented field with its value, from an object, text or bytes', () => {
    const payload = { ...exampleOf('kushki.card.approved'), newField: { a: 1 }, 'x/y': 2 };
    const expected = [
      { path: '/newField', value: { a: 1 } },
      { path: '/x~1y', value: 2 },
    ];
    expect(schemaDrift(payload)).toEqual(expected);
    expect(schemaDrift(JSON.stringify(payload))).toEqual(expected);
    expect(schemaDrift(new TextEncoder().encode(JSON.stringify(payload)))).toEqual(expected);
    expect(schemaDrift(exampleOf('kushki.card.approved'))).toEqual([]);
    expect(schemaDrift({ ...exampleOf('kushki.card.approved'), amount: 'x' })).toEqual([]);
  });
});

describe('validation issues > Kushki normalisation', () => {
  const base = () => exampleOf('kushki.card.approved');
  const cases: [string, unknown, unknown][] = [
    ['the last second before the millisecond reading', KUSHKI_MILLISECONDS_FROM - 1, (KUSHKI_MILLISECONDS_FROM - 1) * 1000],
    ['the first value read as milliseconds', KUSHKI_MILLISECONDS_FROM, KUSHKI_MILLISECONDS_FROM],
    ['1 s', 1, 1000],
    ['0', 0, 0],
    ['a negative number', -5, -5],
    ['a string', '1780684632', '1780684632'],
  ];
  it.each(cases)('normalise > created = %s', (_name, created, expected) => {
    const payload = { ...base(), created };
    const event = normaliseKushki(payload);
    expect(event.created).toBe(expected);
    expect(payload.created).toBe(created);
    expect(Object.keys(event).sort()).toEqual(Object.keys(payload).sort());
  });

  it('normalise > the same object when nothing differs; otherwise a copy with every other field', () => {
    const payload = base();
    expect(normaliseKushki(payload)).toBe(payload);
    const product = (payload.product as unknown[])[0];
    const other = { ...payload, syncMetadata: true, product };
    const event = normaliseKushki(other);
    expect(event).toEqual({ ...payload, syncMetadata: 'true', product: [product] });
    expect(other).toMatchObject({ syncMetadata: true, product });
  });
});
