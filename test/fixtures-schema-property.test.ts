/**
 * Every event the fixtures produce validates against its schema, for many seeds: checked with
 * `parseWebhook` (precompiled validators) and, independently, with an ajv instance compiled here
 * from the schema files.
 */
import { fc, test } from '@fast-check/vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect } from 'vitest';
import { createFixtures, type KustomLifecycle, kustomLifecycles } from '../mocks/fixtures/index.js';
import { withExampleRules } from '../scripts/lib/example-rules.js';
import { HOOKPROOF_KEYWORDS, readSchemaFiles } from '../scripts/lib/schema-files.js';
import { parseWebhook, type VariantId, variants } from '../src/index.js';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** The schema files with the rules their examples show applied: fixtures keep the examples' realistic shape. */
function referenceAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addVocabulary(HOOKPROOF_KEYWORDS);
  addFormats(ajv);
  for (const file of readSchemaFiles()) ajv.addSchema(withExampleRules(file.schema));
  return ajv;
}

const ajv = referenceAjv();
const referenceValidator = (variant: VariantId) => {
  const validate = ajv.getSchema(variants.find((v) => v.id === variant)!.schemaId);
  if (!validate) throw new Error(`no schema for ${variant}`);
  return validate;
};

const seed = fc.integer({ min: -0x8000_0000, max: 0x7fff_ffff });
const run = { numRuns: 300, seed: 20260605 };

describe('fixtures > schema validity', () => {
  for (const { id } of variants) {
    test.prop([seed], run)(`fixtures > ${id} is valid for every seed (parseWebhook strict and reference ajv)`, (s) => {
      const event = createFixtures({ seed: s }).build(id);
      const parsed = parseWebhook(event, { strict: true });
      expect(parsed.ok ? parsed.variant : parsed.errors).toBe(id);
      const validate = referenceValidator(id);
      expect(validate(event) ? [] : validate.errors).toEqual([]);
    });
  }

  test.prop([seed, fc.constantFrom(...(Object.keys(kustomLifecycles) as KustomLifecycle[]))], run)(
    'fixtures > every Kustom lifecycle event is valid and of the variant its position says',
    (s, lifecycle) => {
      const events = createFixtures({ seed: s }).kustom.lifecycle(lifecycle);
      expect(events.map((e) => parseWebhook(e, { strict: true, provider: 'kustom' })).map((r) => (r.ok ? r.variant : r.errors))).toEqual(
        kustomLifecycles[lifecycle],
      );
    },
  );

  test.prop(
    [
      seed,
      fc.constantFrom('order.created', 'capture.created', 'refund.created', 'dispute.created', 'dispute.updated', 'ipp.payment.failed'),
    ],
    run,
  )('fixtures > other Kustom events parse as other-event with no warning', (s, type) => {
    const result = parseWebhook(createFixtures({ seed: s }).kustom.otherEvent(type));
    expect(result).toMatchObject({ ok: true, kind: 'other-event', type, warnings: [] });
  });

  test('fixtures > the reference ajv rejects what it should (it is not vacuous)', () => {
    const event = createFixtures({ seed: 5 }).kushki.cardApproved({ syncMetadata: true as never });
    expect(referenceValidator('kushki.card.approved')(event)).toBe(false);
  });
});
