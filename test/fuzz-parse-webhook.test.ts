/**
 * Bounded fuzzing in the test suite (fixed seed): parseWebhook never throws, never pollutes global
 * prototypes, and agrees with an independent ajv reference on every mutated payload.
 * `npm run fuzz` runs the same property over 100,000+ cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWebhook } from '../src/index.js';
import { fuzzCaseArb } from './support/fuzz-payloads.js';
import { createReferenceVerdict } from './support/reference-validator.js';

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).join(',');
// 3,000 cases in `npm test`. Under `npm run mutate` (HOOKPROOF_MUTATION_RUN set) every mutant this
// test reaches would rerun all of them (about 3.5 s each), so a mutation run draws the first 300
// cases of the same seed and scales the coverage floors below with them.
const RUNS = process.env.HOOKPROOF_MUTATION_RUN === undefined ? 3_000 : 300;

describe('fuzz', () => {
  it('fuzz > parseWebhook agrees with the reference in both profiles, never throws, never pollutes', () => {
    // Compiled here rather than at import (about 1 s): a mutation run that stops at an earlier
    // failing test skips this test and never pays for it.
    const reference = { lax: createReferenceVerdict('lax'), strict: createReferenceVerdict('strict') };
    const before = prototypeKeys();
    const accepted = { lax: 0, strict: 0, warned: 0 };
    fc.assert(
      fc.property(fuzzCaseArb, (c) => {
        const lax = parseWebhook(c.body);
        expect(lax.ok).toBe(reference.lax(c.body));
        const strict = parseWebhook(c.body, { strict: true });
        expect(strict.ok).toBe(reference.strict(c.body));
        for (const result of [lax, strict]) {
          if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
        }
        if (lax.ok) accepted.lax++;
        if (strict.ok) accepted.strict++;
        // What strict accepts, the default accepts; what the default accepts with no warning, strict
        // accepts unless it carries an undocumented field.
        if (strict.ok) expect(lax.ok).toBe(true);
        if (lax.ok && lax.warnings.length > 0) accepted.warned++;
        if (lax.ok && lax.warnings.length > 0) expect(strict.ok).toBe(false);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { seed: 20261125, numRuns: RUNS },
    );
    expect(prototypeKeys()).toBe(before);
    // The generator must reach every verdict, or the property proves little.
    expect(accepted.strict).toBeGreaterThan(RUNS / 30);
    expect(accepted.lax - accepted.strict).toBeGreaterThan(RUNS / 30);
    expect(accepted.warned).toBeGreaterThan(RUNS / 60);
    expect(accepted.lax).toBeLessThan(RUNS * 0.97);
  }, 120_000);
});
