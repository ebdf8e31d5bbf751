/** `hookproof docs`: generates the webhook reference (HTML site and/or Markdown) from the schemas, the OpenAPI documents and the catalogue. */
import { readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DocsSourceError } from '../../docs/docs-model.js';
import { DocsSourceMissingError } from '../../docs/docs-sources.js';
import { generateDocs } from '../../docs/generate-docs.js';
import { OpenApiShapeError } from '../../docs/openapi-delivery.js';
import { RedocBuildError } from '../../docs/redoc-build.js';
import type { DocsFormat } from '../../docs/render-docs.js';
import { SchemaRefError } from '../../docs/schema-resolver.js';
import { TypeNotFoundError } from '../../docs/type-declarations.js';
import { packageRoot } from '../../package-root.js';
import { CliError } from '../cli-error.js';

/** Errors that mean "the sources or the tools are not right", reported as one line (exit 2). */
const EXPECTED = [DocsSourceError, DocsSourceMissingError, OpenApiShapeError, RedocBuildError, SchemaRefError, TypeNotFoundError];
const isIoError = (error: unknown): error is NodeJS.ErrnoException =>
  error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';

/** The first line of the Markdown reference's README.md. */
const OWN_README_HEADING = '# hookproof webhook reference';

/** Whether a folder's README.md is absent or one that `hookproof docs` wrote. */
function isOwnReadme(path: string): boolean {
  try {
    return readFileSync(path, 'utf8').startsWith(OWN_README_HEADING);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

export async function runDocs(options: { out: string; format: DocsFormat }): Promise<number> {
  // An empty --out would resolve to the working folder and overwrite its README.md.
  if (options.out.trim() === '') throw new CliError('--out must name a folder, got ""');
  const outDir = resolve(options.out);
  let isFolder: boolean | undefined;
  try {
    isFolder = statSync(outDir, { throwIfNoEntry: false })?.isDirectory();
  } catch (error) {
    throw new CliError(`--out ${options.out}: cannot use it (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (isFolder === false) throw new CliError(`--out ${options.out}: is a file, not a folder`);
  // The Markdown reference is written as README.md: never over a README that hookproof did not write.
  if (isFolder && options.format !== 'html' && !isOwnReadme(join(outDir, 'README.md'))) {
    throw new CliError(`--out ${options.out}: has a README.md that is not a hookproof reference; choose another folder`);
  }
  try {
    const result = await generateDocs({ root: packageRoot(), outDir, format: options.format });
    const where = relative(process.cwd(), outDir) || '.';
    console.log(`hookproof docs: wrote ${result.written.length} files to ${where} (${options.format})`);
    for (const path of result.removed) console.log(`  removed stale ${path}`);
    return 0;
  } catch (error) {
    if (EXPECTED.some((type) => error instanceof type) || isIoError(error)) throw new CliError((error as Error).message, 2);
    throw error;
  }
}
