/**
 * An independent reference for fuzzing: ajv compiled at run time from `schemas/` (not hookproof's
 * generated standalone code, detection or error mapping), answering only "valid or not".
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { readSchemaFiles } from '../../scripts/lib/schema-files.js';
import { variants } from '../../src/index.js';

export function createReferenceVerdict(): (body: unknown) => boolean {
  const ajv = new Ajv2020({ strict: true, allErrors: false });
  ajvFormats.default(ajv);
  ajv.addVocabulary(['x-hookproof', 'x-hookproof-other-events']);
  const files = readSchemaFiles();
  for (const f of files) ajv.addSchema(f.schema);
  const variantValidators = variants.map((v) => ajv.getSchema(v.schemaId)!);
  const other = ajv.getSchema('https://hookproof.dev/schemas/kustom/other-event.schema.json')!;
  const misspellings = new Set<string>(variants.flatMap((v) => [...v.misspellings]));
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
    return other(value) === true && !misspellings.has((value as { type: string }).type);
  };
}
