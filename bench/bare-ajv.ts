/**
 * The validation baseline: a bare ajv validator of each variant's schema as written (the default, lax
 * profile: the rules only the examples show are annotations it ignores), compiled at startup from
 * `schemas/` with `Ajv2020` and `ajv-formats` (full formats, as hookproof's build-time code uses), and
 * nothing else: no decoding, no variant detection, no error mapping.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { type VariantId, variants } from 'hookproof';
import { HOOKPROOF_KEYWORDS, readSchemaFiles } from '../scripts/lib/schema-files.js';

export type BareValidator = (data: unknown) => boolean;

/**
 * One validator per variant. `allErrors: true` is what hookproof compiles (it reports every error);
 * `allErrors: false` (ajv's default, stops at the first error) is the fastest a user could go.
 */
export function compileBareValidators(allErrors: boolean): Record<VariantId, BareValidator> {
  const ajv = new Ajv2020({ allErrors, strict: true });
  ajvFormats.default(ajv);
  ajv.addVocabulary(HOOKPROOF_KEYWORDS);
  for (const file of readSchemaFiles()) ajv.addSchema(file.schema);
  return Object.fromEntries(
    variants.map((v) => {
      const validate = ajv.getSchema(v.schemaId);
      if (!validate) throw new Error(`no schema ${v.schemaId}`);
      return [v.id, (data: unknown) => validate(data) as boolean];
    }),
  ) as Record<VariantId, BareValidator>;
}
