/** Emits `src/generated/schema-types.ts` from `schemas/` with json-schema-to-typescript. */
import { compile } from 'json-schema-to-typescript';
import { asNormalisedTypes } from './example-rules.js';
import { generatedHeader } from './generated-header.js';
import { SCHEMAS_DIR, type SchemaFile } from './schema-files.js';

export async function emitSchemaTypes(files: SchemaFile[]): Promise<string> {
  // One root that references every schema file, so shared definitions are declared once.
  // The types are those of the typed `event`: a normalised divergence in the examples' reading.
  const byId = new Map(files.map((f) => [f.schema.$id, asNormalisedTypes(f.schema)]));
  const root = {
    title: 'HookproofSchemaRoot',
    $defs: Object.fromEntries(files.map((f) => [f.schema.title as string, { $ref: f.schema.$id }])),
  };
  const source = await compile(root as never, 'HookproofSchemaRoot', {
    cwd: SCHEMAS_DIR,
    $refOptions: {
      resolve: {
        hookproof: {
          order: 1,
          canRead: (file: { url: string }) => byId.has(file.url),
          read: (file: { url: string }) => JSON.stringify(byId.get(file.url)),
        },
      },
    } as never,
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
