/** Emits `src/generated/schema-types.ts` from `schemas/` with json-schema-to-typescript. */
import { compile } from 'json-schema-to-typescript';
import { generatedHeader } from './generated-header.js';
import { SCHEMAS_DIR, type SchemaFile } from './schema-files.js';

export async function emitSchemaTypes(files: SchemaFile[]): Promise<string> {
  // One root that references every schema file, so shared definitions are declared once.
  const root = {
    title: 'HookproofSchemaRoot',
    $defs: Object.fromEntries(files.map((f) => [f.schema.title as string, { $ref: f.path.replace(/^schemas\//, '') }])),
  };
  const source = await compile(root as never, 'HookproofSchemaRoot', {
    cwd: SCHEMAS_DIR,
    bannerComment: '',
    additionalProperties: false,
    unreachableDefinitions: true,
    declareExternallyReferenced: true,
    strictIndexSignatures: true,
    unknownAny: true,
    format: true,
    style: { singleQuote: true, printWidth: 110 },
  });
  // The root itself is only a carrier for the references, and the notes that point at it are noise.
  const body = source
    .replace(/export interface HookproofSchemaRoot \{[^}]*\}\n*/, '')
    .replace(/ \*\n \* This interface was referenced by `[^`]+`'s JSON-Schema\n \* via the `definition` "[^"]+"\.\n/g, '')
    .replace(/\/\*\*\n \* This interface was referenced by `[^`]+`'s JSON-Schema\n \* via the `definition` "[^"]+"\.\n \*\/\n/g, '');
  return `${generatedHeader('schemas/ with json-schema-to-typescript')}${body}`;
}
