/**
 * Renders an OpenAPI document as one self-contained HTML file with Redocly's `build-docs`
 * (`--inlineBundle`: the Redoc script is embedded, so the page works offline and from `file://`).
 * Node only: runs the installed `@redocly/cli` as a child process, with telemetry and update
 * notices off. Its output is byte-stable for the same input and version.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Thrown when Redocly is not installed or `build-docs` fails; carries the end of its output. */
export class RedocBuildError extends Error {
  override readonly name = 'RedocBuildError';
  constructor(
    readonly openapiPath: string,
    message: string,
  ) {
    super(`${openapiPath}: ${message}`);
  }
}

/** What to render and where. */
export interface RedocBuild {
  /** The folder `openapiPath` is relative to; Redocly also reads its `redocly.yaml` there. */
  root: string;
  /** The OpenAPI document, relative to `root`: `openapi/kushki.openapi.yaml`. */
  openapiPath: string;
  /** The HTML file to write (absolute). */
  outFile: string;
}

/**
 * Builds the HTML page of one OpenAPI document.
 *
 * @example
 * await buildOpenApiHtml({ root, openapiPath: 'openapi/kushki.openapi.yaml', outFile: join(out, 'openapi/kushki.html') });
 * @see https://redocly.com/docs/cli/commands/build-docs
 */
export async function buildOpenApiHtml(build: RedocBuild): Promise<void> {
  const cli = redoclyCli(build.openapiPath);
  mkdirSync(dirname(build.outFile), { recursive: true });
  const args = [cli, 'build-docs', build.openapiPath, '--output', build.outFile, '--inlineBundle'];
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: build.root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => reject(new RedocBuildError(build.openapiPath, error.message)));
    child.on('close', (code) => {
      if (code === 0) resolve();
      else
        reject(
          new RedocBuildError(build.openapiPath, `redocly build-docs exited ${code}: ${output.trim().split('\n').slice(-5).join(' | ')}`),
        );
    });
  });
}

function redoclyCli(openapiPath: string): string {
  try {
    const manifest = createRequire(import.meta.url).resolve('@redocly/cli/package.json');
    return join(dirname(manifest), 'bin', 'cli.js');
  } catch {
    throw new RedocBuildError(openapiPath, 'rendering the OpenAPI documents needs the dev dependency @redocly/cli (or use --format md)');
  }
}
