/**
 * Reads the sources of the reference from a hookproof checkout (Node only): every schema under
 * `schemas/`, every `openapi/*.openapi.yaml`, the generated TypeScript types, and the variant
 * catalogue with its example payloads. Files are read in sorted order, so the result never depends
 * on the file system's listing order.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import { withSchemaId } from '../catalogue/schema-ids.js';
import { kustomOtherEventTypes, variantCatalogue, variantExamples } from '../generated/catalogue.js';
import type { DocsSources } from './docs-model.js';
import type { JsonSchema } from './schema-resolver.js';

/** Where the generated types live, relative to the package root. */
export const TYPES_SOURCE_PATH = 'src/generated/schema-types.ts';

/** Thrown when a source is missing: the generator runs in a hookproof checkout only. */
export class DocsSourceMissingError extends Error {
  override readonly name = 'DocsSourceMissingError';
  constructor(readonly path: string) {
    super(`${path} is missing: hookproof docs runs in a hookproof source checkout (npm run generate creates ${TYPES_SOURCE_PATH})`);
  }
}

/**
 * Reads every source of the reference below `root` (the folder of hookproof's `package.json`).
 *
 * @example
 * const sources = readDocsSources(packageRoot());
 * sources.openapi.map((o) => o.path); // ['openapi/kushki.openapi.yaml', 'openapi/kustom.openapi.yaml']
 */
export function readDocsSources(root: string): DocsSources {
  const typesPath = join(root, TYPES_SOURCE_PATH);
  if (!existsSync(typesPath)) throw new DocsSourceMissingError(TYPES_SOURCE_PATH);
  const openapiFiles = readdirSync(join(root, 'openapi'))
    .filter((name) => name.endsWith('.openapi.yaml'))
    .sort();
  return {
    schemas: schemaFiles(join(root, 'schemas')).map((file) =>
      withSchemaId(JSON.parse(readFileSync(file, 'utf8')) as JsonSchema, basename(dirname(file)), basename(file)),
    ),
    openapi: openapiFiles.map((name) => ({
      provider: name.replace(/\.openapi\.yaml$/, ''),
      path: `openapi/${name}`,
      document: parse(readFileSync(join(root, 'openapi', name), 'utf8')) as unknown,
    })),
    typesSource: readFileSync(typesPath, 'utf8'),
    variants: variantCatalogue,
    examples: variantExamples,
    otherEventTypes: { kustom: kustomOtherEventTypes },
  };
}

function schemaFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return schemaFiles(path);
      return entry.name.endsWith('.schema.json') ? [path] : [];
    });
}
