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

const reference = { lax: createReferenceVerdict('lax'), strict: createReferenceVerdict('strict') };
const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).join(',');

describe('fuzz', () => {
  it('fuzz > parseWebhook agrees with the reference in both profiles, never throws, never pollutes', () => {
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
      { seed: 20261125, numRuns: 3_000 },
    );
    expect(prototypeKeys()).toBe(before);
    // The generator must reach every verdict, or the property proves little.
    expect(accepted.strict).toBeGreaterThan(100);
    expect(accepted.lax - accepted.strict).toBeGreaterThan(100);
    expect(accepted.warned).toBeGreaterThan(50);
    expect(accepted.lax).toBeLessThan(2_900);
  }, 120_000);
});
