/**
 * The validators compiled at build time (ajv standalone), looked up by schema title and profile.
 * Nothing is compiled at run time: see `scripts/lib/emit-validators.ts`.
 */
import type { variantCatalogue } from '../generated/catalogue.js';
import * as lax from '../generated/validators.js';
import * as examples from '../generated/validators-examples.js';
import * as strict from '../generated/validators-strict.js';

/**
 * One error a compiled validator reports: the fields of ajv's `ErrorObject` hookproof reads, declared
 * here so that the published types need no `ajv` package.
 */
export interface ValidatorError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message?: string;
  /** The subschema that failed: set by the verbose `examples` and `strict` validators. */
  parentSchema?: unknown;
}

/** A compiled ajv validator: returns whether the data is valid and leaves its errors on `.errors`. */
export type CompiledValidator = ((data: unknown) => boolean) & { errors?: ValidatorError[] | null };

/**
 * The title of a schema file that describes a whole payload. Spelled from the catalogue rather than
 * from the standalone validator modules, whose emitted declarations are not valid TypeScript: the
 * published types must never reach them (a consumer may type-check with `skipLibCheck: false`).
 */
export type PayloadSchemaName = (typeof variantCatalogue)[number]['typeName'] | 'KustomWebhookEnvelope' | 'KustomOtherEvent';

// Every payload schema name has a lax validator (checked at compile time).
const LAX: Record<PayloadSchemaName, unknown> = lax;

/**
 * Which rules a validator applies: `lax` what the provider documents state (the default), `examples`
 * also what only their examples show (the source of warnings), `strict` that plus no undocumented field.
 */
export type ValidatorProfile = 'lax' | 'examples' | 'strict';

/**
 * The validator of a payload schema, by its title (`KushkiCardApproved`, `KustomOtherEvent`, ...).
 */
export function compiledValidator(name: PayloadSchemaName, profile: ValidatorProfile = 'lax'): CompiledValidator {
  return BY_PROFILE[profile].get(name) as CompiledValidator;
}

// A keyed read of a module namespace object is slow (about a tenth of a parse in `npm run bench`):
// look the validators up in plain maps instead.
const BY_PROFILE: Record<ValidatorProfile, Map<string, unknown>> = {
  lax: new Map<string, unknown>(Object.entries(LAX)),
  examples: new Map<string, unknown>(Object.entries(examples)),
  strict: new Map<string, unknown>(Object.entries(strict)),
};
