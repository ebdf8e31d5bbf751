/** Emits `src/generated/openapi/<provider>.ts` from `openapi/<provider>.openapi.yaml` with openapi-typescript. */

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { generatedHeader } from './generated-header.js';
import { REPO_ROOT } from './schema-files.js';

export async function emitOpenApiTypes(provider: string): Promise<string> {
  const source = `openapi/${provider}.openapi.yaml`;
  const ast = await openapiTS(pathToFileURL(join(REPO_ROOT, source)), { alphabetize: false, silent: true });
  return `${generatedHeader(`${source} with openapi-typescript`)}${astToString(ast)}`;
}
