/** Locates the installed hookproof package on disk (Node only): its `schemas/`, `openapi/`, `package.json`. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** The folder of hookproof's own `package.json`, found by walking up from this module. */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'hookproof') {
      cached = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('hookproof: cannot find its own package.json');
    dir = parent;
  }
}

/** hookproof's version, from its `package.json`. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Whether hookproof runs from a source checkout (with `src/` and its dev dependencies) rather than an
 * installed package: `hookproof docs` needs the former.
 */
export function isSourceCheckout(): boolean {
  return existsSync(join(packageRoot(), 'src', 'generated'));
}
