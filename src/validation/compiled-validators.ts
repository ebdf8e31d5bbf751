/**
 * The validators compiled at build time (ajv standalone), looked up by schema title.
 * Nothing is compiled at run time: see `scripts/lib/emit-validators.ts`.
 */
import * as lax from '../generated/validators.js';
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
}

/** A compiled ajv validator: returns whether the data is valid and leaves its errors on `.errors`. */
export type CompiledValidator = ((data: unknown) => boolean) & { errors?: ValidatorError[] | null };

/** The title of a schema file that describes a whole payload. */
export type PayloadSchemaName = keyof typeof lax & string;

/**
 * The validator of a payload schema, by its title (`KushkiCardApproved`, `KustomOtherEvent`, ...).
 * `strict` forbids fields the schema does not list.
 */
export function compiledValidator(name: PayloadSchemaName, mode: 'lax' | 'strict' = 'lax'): CompiledValidator {
  return (mode === 'strict' ? STRICT : LAX).get(name) as CompiledValidator;
}

// A keyed read of a module namespace object is slow (about a tenth of a parse in `npm run bench`):
// look the validators up in plain maps instead.
const LAX = new Map<string, unknown>(Object.entries(lax));
const STRICT = new Map<string, unknown>(Object.entries(strict));
