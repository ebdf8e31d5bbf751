/**
 * `hookproof/msw` runs wherever MSW runs (browser, service worker, edge): nothing it imports, however
 * deep, may be a Node built-in or `msw/node`.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/run-cli.js';

/** Every module specifier reachable from `entry` through relative imports, with the file importing it. */
function importGraph(entry: string): { files: string[]; bare: [specifier: string, from: string][] } {
  const seen = new Set<string>();
  const bare: [string, string][] = [];
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      const specifier = (match[1] ?? match[2])!;
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else bare.push([specifier, relative(REPO_ROOT, file)]);
    }
  };
  visit(entry);
  return { files: [...seen].map((f) => relative(REPO_ROOT, f)), bare };
}

const nodeOnly = (specifier: string): boolean =>
  specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!) || specifier === 'msw/node';

describe('msw > entry imports', () => {
  it('imports > hookproof/msw reaches no Node built-in and no msw/node, at any depth', () => {
    const graph = importGraph(join(REPO_ROOT, 'mocks', 'msw', 'index.ts'));
    expect(graph.files.length).toBeGreaterThan(10);
    expect(graph.files).toContain('mocks/sender/send-webhooks.ts');
    expect(graph.bare.filter(([s]) => nodeOnly(s))).toEqual([]);
  });

  it('imports > the check itself spots a Node import (it is not vacuous)', () => {
    const graph = importGraph(join(REPO_ROOT, 'test', 'support', 'run-cli.ts'));
    expect(graph.bare.filter(([s]) => nodeOnly(s)).map(([s]) => s)).toContain('node:child_process');
  });
});
