/**
 * Generates the reference into a folder (Node only): reads the sources, renders the pages, builds
 * the OpenAPI pages with Redocly, and removes pages of the generated folders that no longer
 * belong to the reference (a renamed variant leaves nothing stale behind).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildDocsModel } from './docs-model.js';
import { GENERATED_FOLDERS, openapiPagePath } from './docs-paths.js';
import { readDocsSources } from './docs-sources.js';
import { buildOpenApiHtml } from './redoc-build.js';
import { type DocsFormat, renderDocs } from './render-docs.js';

/** Where to read from and write to. */
export interface GenerateDocsOptions {
  /** The hookproof checkout (the folder of its `package.json`). */
  root: string;
  /** The output folder (absolute); created if missing. */
  outDir: string;
  format: DocsFormat;
}

/** What a run wrote and removed, as paths relative to the output folder, sorted. */
export interface GenerateDocsResult {
  written: string[];
  removed: string[];
}

/**
 * Writes the reference to `outDir`.
 *
 * @example
 * const { written } = await generateDocs({ root: packageRoot(), outDir: resolve('docs'), format: 'both' });
 */
export async function generateDocs(options: GenerateDocsOptions): Promise<GenerateDocsResult> {
  const model = buildDocsModel(readDocsSources(options.root));
  const files = renderDocs(model, options.format);
  for (const [path, content] of files) {
    const target = join(options.outDir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  const openapiPages = options.format === 'md' ? [] : model.providers.map((p) => ({ path: openapiPagePath(p.id), source: p.openapiPath }));
  await Promise.all(
    openapiPages.map((page) =>
      buildOpenApiHtml({ root: options.root, openapiPath: page.source, outFile: join(options.outDir, page.path) }),
    ),
  );

  const written = [...files.keys(), ...openapiPages.map((p) => p.path)].sort();
  const extensions = options.format === 'both' ? ['.html', '.md'] : [`.${options.format}`];
  const removed = staleFiles(options.outDir, new Set(written), extensions);
  for (const path of removed) rmSync(join(options.outDir, path));
  return { written, removed };
}

function staleFiles(outDir: string, keep: ReadonlySet<string>, extensions: readonly string[]): string[] {
  return GENERATED_FOLDERS.flatMap((folder) => {
    let names: string[];
    try {
      names = readdirSync(join(outDir, folder));
    } catch {
      return [];
    }
    return names.map((name) => `${folder}/${name}`).filter((path) => extensions.some((ext) => path.endsWith(ext)) && !keep.has(path));
  }).sort();
}
