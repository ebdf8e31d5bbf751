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

/**
 * For context: what a receiver with bare ajv must add before it can validate, since a webhook
 * endpoint does not know the variant in advance: pick the validator from the payload's
 * discriminators (Kustom's `type`, else Kushki's `paymentMethod` and `status`), here with Map
 * lookups built once from the catalogue. No decoding, no result object, no error mapping.
 */
export function bareDispatch(validators: Record<VariantId, BareValidator>): BareValidator {
  const byType = new Map<unknown, BareValidator>();
  const byMethod = new Map<unknown, Map<unknown, BareValidator>>();
  for (const v of variants) {
    const validate = validators[v.id];
    const match = v.match as { type?: string; paymentMethod?: string; status?: string };
    if (v.provider === 'kustom') byType.set(match.type, validate);
    else byMethod.set(match.paymentMethod, (byMethod.get(match.paymentMethod) ?? new Map()).set(match.status, validate));
  }
  return (data: unknown) => {
    const o = data as Record<string, unknown>;
    const validate = typeof o.type === 'string' ? byType.get(o.type) : byMethod.get(o.paymentMethod)?.get(o.status);
    return validate?.(data) === true;
  };
}
