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

const reference = createReferenceVerdict();
const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).join(',');

describe('fuzz', () => {
  it('fuzz > parseWebhook agrees with the reference, never throws, never pollutes', () => {
    const before = prototypeKeys();
    let accepted = 0;
    fc.assert(
      fc.property(fuzzCaseArb, (c) => {
        const result = parseWebhook(c.body);
        expect(result.ok).toBe(reference(c.body));
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
        if (result.ok) accepted++;
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { seed: 20261125, numRuns: 3_000 },
    );
    expect(prototypeKeys()).toBe(before);
    // The generator must reach both verdicts, or the property proves little.
    expect(accepted).toBeGreaterThan(100);
    expect(accepted).toBeLessThan(2_900);
  }, 120_000);
});
