/**
 * Reads the JSON Schemas under `schemas/`, the project's single source of truth, and the
 * catalogue metadata each variant schema carries in its `x-hookproof` keyword.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_ID_BASE, withSchemaId } from '../../src/catalogue/schema-ids.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SCHEMAS_DIR = join(REPO_ROOT, 'schemas');
export { SCHEMA_ID_BASE };

export type JsonSchema = { [keyword: string]: unknown };

/**
 * hookproof's own schema keywords, annotations that validate nothing: `x-hookproof` (catalogue
 * metadata), `x-hookproof-other-events`, `x-hookproof-examples` (rules only the documents' examples
 * show, see `example-rules.ts`) and `x-hookproof-hint` (a rule's hint once applied). An ajv in strict
 * mode needs them declared: `ajv.addVocabulary(HOOKPROOF_KEYWORDS)`.
 */
export const HOOKPROOF_KEYWORDS = ['x-hookproof', 'x-hookproof-other-events', 'x-hookproof-examples', 'x-hookproof-hint'];

export interface SchemaFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  schema: JsonSchema & { $id: string };
}

export interface VariantMeta {
  variant: string;
  provider: 'kustom' | 'kushki';
  event: string;
  status?: string;
  trigger: string;
  terminal: boolean;
  /** Other spellings of the event the documents use: read as the event with a warning, an error under strict. */
  misspellings?: string[];
  /** Whether the schema's `examples` are the provider documents' own, verbatim, or written by hookproof where the documents show none. */
  examplesFrom: 'documents' | 'hookproof';
}

export interface VariantSchemaFile extends SchemaFile {
  meta: VariantMeta;
}

/** Every `*.schema.json` below `schemas/`, sorted by path, each under its `$id` (see `src/catalogue/schema-ids.ts`). */
export function readSchemaFiles(dir = SCHEMAS_DIR): SchemaFile[] {
  const files: SchemaFile[] = [];
  for (const provider of readdirSync(dir).sort()) {
    for (const name of readdirSync(join(dir, provider)).sort()) {
      if (!name.endsWith('.schema.json')) continue;
      const schema = withSchemaId(JSON.parse(readFileSync(join(dir, provider, name), 'utf8')) as JsonSchema, provider, name);
      files.push({ path: `schemas/${provider}/${name}`, schema });
    }
  }
  return files;
}

/** The schema files that describe a catalogue variant, in catalogue order (Kustom lifecycle, then Kushki). */
export function variantSchemaFiles(files: SchemaFile[]): VariantSchemaFile[] {
  const order = (m: VariantMeta) => {
    const index = CATALOGUE_ORDER.indexOf(m.variant);
    if (index < 0) throw new Error(`variant ${m.variant} is not in the catalogue order`);
    return index;
  };
  return files
    .filter((f) => f.schema['x-hookproof'] !== undefined)
    .map((f) => ({ ...f, meta: f.schema['x-hookproof'] as VariantMeta }))
    .sort((a, b) => order(a.meta) - order(b.meta));
}

/** The stable order of the catalogue: users' test names follow it. A variant missing here fails the build. */
const CATALOGUE_ORDER = [
  'kustom.ipp.session.created',
  'kustom.ipp.session.activated',
  'kustom.ipp.session.finalized',
  'kustom.ipp.session.cancelled',
  'kushki.card.approved',
  'kushki.card.declined',
  'kushki.transfer.approved',
  'kushki.transfer.declined',
  'kushki.cash.approved',
  'kushki.cash.expired',
];
