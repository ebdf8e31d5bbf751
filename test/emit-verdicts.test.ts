/**
 * The verdict compiler (`scripts/lib/emit-verdicts.ts`) on small schemas of its own: a provider whose
 * variants carry the same fields gets one shared verdict inside its dispatcher, which must still
 * answer each variant's own checks, its shared ones and its normalised divergences exactly; a provider
 * whose variants differ keeps each variant's own checks in its case. (The real schemas are compared with ajv in
 * `test/lax-verdicts.test.ts`.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitVerdicts } from '../scripts/lib/emit-verdicts.js';
import type { JsonSchema, VariantSchemaFile } from '../scripts/lib/schema-files.js';

const BASE = 'https://example.test/schemas';

function variant(provider: 'kustom' | 'kushki', name: string, schema: JsonSchema): VariantSchemaFile {
  return {
    path: `schemas/${provider}/${name}.schema.json`,
    schema: { $id: `${BASE}/${provider}/${name}.schema.json`, title: name, type: 'object', ...schema },
    meta: { variant: `${provider}.${name}`, provider, event: name, trigger: '', terminal: false, examplesFrom: 'hookproof' },
  };
}

const definitions = {
  path: 'schemas/kushki/definitions.schema.json',
  schema: {
    $id: `${BASE}/kushki/definitions.schema.json`,
    $defs: {
      flag: {
        description: 'a divergence: a boolean in the tables, a string in the examples',
        anyOf: [{ type: 'string', enum: ['true', 'false'] }, { type: 'boolean' }],
        'x-hookproof-examples': { rule: { type: 'string' }, normalised: true },
      },
    },
  },
};

/** Two Kustom-like variants with the same fields; they differ in `type` and in `data.amount`. */
const kustomLike = ['first', 'second'].map((name, i) =>
  variant('kustom', name, {
    required: ['id', 'type', 'data'],
    properties: {
      id: { type: 'string', description: `annotations differ: ${name}` },
      type: { const: `event.${name}` },
      data: {
        title: `${name}Data`,
        type: 'object',
        required: ['ref', 'amount'],
        properties: { ref: { type: 'string' }, amount: i === 0 ? { type: 'integer' } : { type: ['integer', 'null'], minimum: 1 } },
      },
    },
  }),
);

/** Two Kushki-like variants with the same fields and a normalised divergence; they differ in `status`. */
const kushkiSame = ['approvedTransaction', 'declinedTransaction'].map((status) =>
  variant('kushki', status, {
    required: ['paymentMethod', 'status', 'sync'],
    properties: {
      paymentMethod: { const: 'card' },
      status: { const: status },
      sync: { $ref: 'definitions.schema.json#/$defs/flag' },
      code: status === 'approvedTransaction' ? { type: 'string' } : { type: 'string', enum: ['E1', 'E2'] },
    },
  }),
);

/** Two Kustom-like variants no single character of `type` tells apart, whose `data.title` differs in type. */
const lookalikes = ['event.a', 'event.a.b'].map((type, i) =>
  variant('kustom', `look${i}`, {
    required: ['type', 'data'],
    properties: {
      type: { const: type },
      data: { type: 'object', required: ['title'], properties: { title: i === 0 ? { type: 'string' } : { type: 'number' } } },
    },
  }),
);

type Dispatcher = (...args: unknown[]) => number;
let dir: string;
let shared: Record<string, Dispatcher>;
let separate: Record<string, Dispatcher>;
let lookalike: Record<string, Dispatcher>;

async function load(name: string, files: VariantSchemaFile[]): Promise<Record<string, Dispatcher>> {
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, emitVerdicts(files, [...files, definitions]));
  return (await import(pathToFileURL(file).href)) as Record<string, Dispatcher>;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hookproof-verdicts-'));
  shared = await load('shared', [...kustomLike, ...kushkiSame]);
  // The same Kushki variants, one without `code`: their fields differ, so each keeps its own verdict.
  const [approved, declined] = kushkiSame as [VariantSchemaFile, VariantSchemaFile];
  const { code: _dropped, ...fewer } = declined.schema.properties as Record<string, unknown>;
  separate = await load('separate', [...kustomLike, approved, { ...declined, schema: { ...declined.schema, properties: fewer } }]);
  lookalike = await load('lookalike', [...lookalikes, ...kushkiSame]);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('verdict compiler', () => {
  const valid = (type: string, amount: unknown) => ({ id: 'e1', type, data: { ref: 'r', amount } });

  it('verdict compiler > one verdict for variants with the same fields: each variant keeps its own checks', () => {
    const kustom = shared.kustomVariantIndex as Dispatcher;
    expect(kustom('event.first', valid('event.first', 3))).toBe(0);
    expect(kustom('event.second', valid('event.second', null))).toBe(1);
    // `amount` is an integer in the first, an integer >= 1 or null in the second.
    expect(kustom('event.first', valid('event.first', null))).toBe(-1);
    expect(kustom('event.second', valid('event.second', 0))).toBe(-1);
    expect(kustom('event.second', valid('event.second', 1.5))).toBe(-1);
    // The shared checks: a missing or mistyped field of either variant.
    expect(kustom('event.second', { type: 'event.second', data: { ref: 'r', amount: 2 } })).toBe(-1);
    expect(kustom('event.first', { ...valid('event.first', 3), data: { amount: 3 } })).toBe(-1);
    expect(kustom('event.first', { ...valid('event.first', 3), data: null })).toBe(-1);
    expect(kustom('event.first', null)).toBe(-1);
    // The discriminator is compared whole, not only at the character the switch reads.
    expect(kustom('event.fXrst', valid('event.fXrst', 3))).toBe(-1);
    expect(kustom(undefined, valid('event.first', 3))).toBe(-1);
  });

  it('verdict compiler > a field named like an annotation keyword (title) is still checked per variant', () => {
    const kustom = lookalike.kustomVariantIndex as Dispatcher;
    expect(kustom('event.a', { type: 'event.a', data: { title: 'words' } })).toBe(0);
    expect(kustom('event.a.b', { type: 'event.a.b', data: { title: 7 } })).toBe(1);
    expect(kustom('event.a.b', { type: 'event.a.b', data: { title: 'words' } })).toBe(-1);
    expect(kustom('event.a', { type: 'event.a', data: { title: 7 } })).toBe(-1);
  });

  it('verdict compiler > discriminators no one character tells apart are compared whole', () => {
    const kustom = lookalike.kustomVariantIndex as Dispatcher;
    expect(kustom('event.a.', { type: 'event.a.', data: { title: 'words' } })).toBe(-1);
    expect(kustom('event.a.c', { type: 'event.a.c', data: { title: 7 } })).toBe(-1);
  });

  it('verdict compiler > a shared verdict flags the documents other reading of a divergence', () => {
    const kushki = shared.kushkiVariantIndex as Dispatcher;
    const other = (shared.OTHER_READING as unknown as number) ?? Number.NaN;
    const payload = (status: string, sync: unknown, code?: string) => ({ paymentMethod: 'card', status, sync, ...(code ? { code } : {}) });
    expect(kushki('card', 'approvedTransaction', payload('approvedTransaction', 'true'))).toBe(2);
    expect(kushki('card', 'approvedTransaction', payload('approvedTransaction', false))).toBe(2 + other);
    expect(kushki('card', 'declinedTransaction', payload('declinedTransaction', true, 'E2'))).toBe(3 + other);
    expect(kushki('card', 'declinedTransaction', payload('declinedTransaction', 'false', 'E3'))).toBe(-1);
    expect(kushki('card', 'approvedTransaction', payload('approvedTransaction', 'yes'))).toBe(-1);
    expect(kushki('card', 'declinedTransaction', payload('declinedTransaction', 'true', 'E1'))).toBe(3);
  });

  it('verdict compiler > variants with different fields keep a verdict each', () => {
    const kushki = separate.kushkiVariantIndex as Dispatcher;
    const payload = (status: string, rest: object) => ({ paymentMethod: 'card', status, ...rest });
    expect(kushki('card', 'approvedTransaction', payload('approvedTransaction', { sync: 'true' }))).toBe(2);
    expect(kushki('card', 'declinedTransaction', payload('declinedTransaction', { sync: 'false' }))).toBe(3);
    expect(kushki('card', 'declinedTransaction', payload('declinedTransaction', { sync: true }))).toBe(3 + 0x100);
    expect(kushki('card', 'declinedTransaction', payload('declinedTransaction', {}))).toBe(-1);
    // The first checks `code`; the second lists no `code`, so any value passes there.
    expect(kushki('card', 'approvedTransaction', payload('approvedTransaction', { sync: 'true', code: 5 }))).toBe(-1);
    expect(kushki('card', 'declinedTransaction', payload('declinedTransaction', { sync: 'true', code: 5 }))).toBe(3);
    // The discriminators are compared whole (the switch reads one character of each).
    expect(kushki('card', 'approvedTransactionX', payload('approvedTransactionX', { sync: 'true' }))).toBe(-1);
    expect(kushki('cart', 'approvedTransaction', { ...payload('approvedTransaction', { sync: 'true' }), paymentMethod: 'cart' })).toBe(-1);
  });
});
