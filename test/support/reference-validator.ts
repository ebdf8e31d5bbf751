/**
 * An independent reference for fuzzing: ajv compiled at run time from `schemas/` (not hookproof's
 * generated standalone code, detection or error mapping), answering only "valid or not", in either
 * profile. The default reads each schema as written (the example rules are annotations); `strict`
 * applies the example rules, forbids undocumented fields, and refuses the documents' other spelling
 * of an event and event types no document names.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { withExampleRules } from '../../scripts/lib/example-rules.js';
import { HOOKPROOF_KEYWORDS, type JsonSchema, readSchemaFiles } from '../../scripts/lib/schema-files.js';
import { kustomOtherEventTypes, variants } from '../../src/index.js';

export type ReferenceVerdict = (body: unknown) => boolean;

/** Every object that lists its properties forbids the others; `not` and data keywords keep their meaning. */
function forbidUnlisted(node: unknown, data = false): unknown {
  if (data || node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map((n) => forbidUnlisted(n));
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = forbidUnlisted(value, ['examples', 'const', 'enum', 'required', 'not', ...HOOKPROOF_KEYWORDS].includes(key));
  }
  if (out.properties && out.additionalProperties === undefined) out.unevaluatedProperties = false;
  return out;
}

export function createReferenceVerdict(profile: 'lax' | 'strict' = 'lax'): ReferenceVerdict {
  const ajv = new Ajv2020({ strict: true, allErrors: false });
  ajvFormats.default(ajv);
  ajv.addVocabulary(HOOKPROOF_KEYWORDS);
  for (const f of readSchemaFiles()) {
    ajv.addSchema(profile === 'strict' ? (forbidUnlisted(withExampleRules(f.schema)) as JsonSchema) : f.schema);
  }
  const variantValidators = variants.map((v) => ajv.getSchema(v.schemaId)!);
  const other = ajv.getSchema('https://hookproof.dev/schemas/kustom/other-event.schema.json')!;
  const canonical = new Map<string, string>(variants.flatMap((v) => v.misspellings.map((m) => [m, v.event] as [string, string])));
  const named = new Set<string>(kustomOtherEventTypes);
  const utf8 = new TextDecoder('utf-8', { fatal: true });

  const decode = (body: unknown): { ok: boolean; value?: unknown } => {
    try {
      if (typeof body === 'string') return { ok: true, value: JSON.parse(body.replace(/^\uFEFF/, '')) };
      if (body instanceof Uint8Array) return { ok: true, value: JSON.parse(utf8.decode(body)) };
      return { ok: true, value: body };
    } catch {
      return { ok: false };
    }
  };

  return (body) => {
    const decoded = decode(body);
    if (!decoded.ok) return false;
    const value = decoded.value;
    if (variantValidators.some((validate) => validate(value))) return true;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
    const type = (value as { type?: unknown }).type;
    if (typeof type !== 'string') return false;
    const spelledAs = canonical.get(type);
    if (spelledAs !== undefined) {
      // The documents' other spelling: the canonical event by default, refused under strict.
      return profile === 'lax' && variantValidators.some((validate) => validate({ ...value, type: spelledAs }));
    }
    return other(value) === true && (profile === 'lax' || named.has(type));
  };
}
