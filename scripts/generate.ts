/**
 * `npm run generate`: writes every file derived from `schemas/` and `openapi/`.
 *   --check       compare with the committed files and exit 1 on any difference (drift)
 *   --out <dir>   write into another folder (same relative paths) instead of the repository
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { emitCatalogue } from './lib/emit-catalogue.js';
import { emitOpenApiTypes } from './lib/emit-openapi-types.js';
import { emitSchemaTypes } from './lib/emit-schema-types.js';
import { emitValidatorRuntime, emitValidators } from './lib/emit-validators.js';
import { emitVerdicts } from './lib/emit-verdicts.js';
import { REPO_ROOT, readSchemaFiles, variantSchemaFiles } from './lib/schema-files.js';

/** Every generated file, by path relative to the repository root. */
export async function generateAll(): Promise<Map<string, string>> {
  const files = readSchemaFiles();
  const out = new Map<string, string>();
  out.set('src/generated/schema-types.ts', await emitSchemaTypes(files));
  out.set('src/generated/catalogue.ts', emitCatalogue(variantSchemaFiles(files), files));
  out.set('src/generated/validators.ts', emitValidators(files, 'lax'));
  out.set('src/generated/validators-examples.ts', emitValidators(files, 'examples'));
  out.set('src/generated/validators-strict.ts', emitValidators(files, 'strict'));
  out.set('src/generated/validator-runtime.ts', emitValidatorRuntime());
  out.set('src/generated/lax-verdicts.ts', emitVerdicts(variantSchemaFiles(files), files));
  for (const provider of ['kustom', 'kushki']) {
    out.set(`src/generated/openapi/${provider}.ts`, await emitOpenApiTypes(provider));
  }
  return out;
}

/** The paths whose content differs from (or is missing in) `root`. */
export function drifted(generated: Map<string, string>, root: string): string[] {
  return [...generated]
    .filter(([path, content]) => {
      const target = join(root, path);
      return !existsSync(target) || readFileSync(target, 'utf8') !== content;
    })
    .map(([path]) => path);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { check: { type: 'boolean' }, out: { type: 'string' } } });
  const generated = await generateAll();
  if (values.check) {
    const stale = drifted(generated, REPO_ROOT);
    if (stale.length > 0) {
      console.error(`Generated files differ from their sources (run npm run generate):\n  ${stale.join('\n  ')}`);
      process.exit(1);
    }
    console.log(`${generated.size} generated files match their sources.`);
    return;
  }
  const root = values.out ? resolve(values.out) : REPO_ROOT;
  for (const [path, content] of generated) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  console.log(`Wrote ${generated.size} generated files under ${values.out ?? 'the repository'}.`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
