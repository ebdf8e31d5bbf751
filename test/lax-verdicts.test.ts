/**
 * The compiled lax verdicts (`src/generated/lax-verdicts.ts`, the fast path of `parseWebhook`) must say
 * "valid" exactly where ajv's lax validators do, and their dispatch must name the variant the full
 * detection names. Compared on fuzzed payloads and on values JSON cannot carry (NaN, Infinity, -0,
 * inherited properties), which a caller's own object can.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examples } from '../mocks/fixtures/index.js';
import * as verdicts from '../src/generated/lax-verdicts.js';
import { variants } from '../src/index.js';
import { decodeBody } from '../src/validation/decode-body.js';
import { validLaxVariantIndex } from '../src/validation/detect-variant.js';
import { fuzzCaseArb } from './support/fuzz-payloads.js';
import { verdictDisagreements } from './support/verdict-differential.js';

const ODD_VALUES: unknown[] = [
  Number.NaN,
  Infinity,
  -Infinity,
  -0,
  1.5,
  2 ** 53,
  1e12,
  999_999_999_999,
  -1,
  '',
  'true',
  null,
  [],
  [{}],
  {},
  true,
  false,
  undefined,
];

describe('lax verdicts', () => {
  it('lax verdicts > agree with ajv and the detection on fuzzed payloads', () => {
    const seen: string[] = [];
    fc.assert(
      fc.property(fuzzCaseArb, (c) => {
        const decoded = decodeBody(c.body);
        if (!decoded.ok) return;
        const found = verdictDisagreements(decoded.value);
        if (found.length > 0) seen.push(`${c.variant} ${JSON.stringify(c.mutations).slice(0, 300)}: ${found.join('; ')}`);
      }),
      { seed: 20261130, numRuns: 2_000 },
    );
    expect(seen).toEqual([]);
  });

  it('lax verdicts > agree with ajv on values JSON cannot carry, in every field', () => {
    const seen: string[] = [];
    for (const v of variants) {
      const example = examples[v.id] as unknown as Record<string, unknown>;
      const nested = Object.entries(example).filter(([, x]) => x !== null && typeof x === 'object' && !Array.isArray(x));
      const paths: string[][] = [
        ...Object.keys(example).map((k) => [k]),
        ...nested.flatMap(([k, x]) => Object.keys(x as object).map((n) => [k, n])),
        ['product', '0', 'quantity'],
        ['product', '0', 'unitPrice'],
      ];
      for (const path of paths) {
        for (const odd of ODD_VALUES) {
          const copy = structuredClone(example) as Record<string, unknown>;
          let parent: Record<string, unknown> | undefined = copy;
          for (const key of path.slice(0, -1)) parent = parent?.[key] as Record<string, unknown> | undefined;
          if (!parent || typeof parent !== 'object') continue;
          parent[path.at(-1) as string] = odd;
          for (const d of verdictDisagreements(copy)) seen.push(`${v.id} /${path.join('/')} = ${String(odd)}: ${d}`);
        }
      }
      // An inherited field counts as present for ajv (it reads `data.field`), and so for the verdict.
      const inherited = Object.assign(Object.create(structuredClone(example) as object), {}) as Record<string, unknown>;
      for (const d of verdictDisagreements(inherited)) seen.push(`${v.id} inherited: ${d}`);
    }
    expect(seen).toEqual([]);
  });

  it('lax verdicts > each example is its own variant, flagged only in the documents other reading', () => {
    for (const [index, v] of variants.entries()) {
      const example = examples[v.id] as unknown as Record<string, unknown>;
      expect(validLaxVariantIndex(example)).toBe(index);
      if (v.provider === 'kushki') {
        expect(validLaxVariantIndex({ ...example, syncMetadata: true })).toBe(index + verdicts.OTHER_READING);
        expect(validLaxVariantIndex({ ...example, created: 1_678_902_932 })).toBe(index + verdicts.OTHER_READING);
        expect(validLaxVariantIndex({ ...example, product: (example.product as unknown[])[0] })).toBe(index + verdicts.OTHER_READING);
      }
    }
  });
});
