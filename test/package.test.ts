/**
 * What we publish: the packed tarball passes publint and Are the Types Wrong (ESM-only profile), the
 * public entries import by the package's name, and browser-safe entries pull in no Node built-in.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { publint } from 'publint';
import { beforeAll, describe, expect, it } from 'vitest';
import { packedTarball } from './support/pack.js';
import { REPO_ROOT } from './support/run-cli.js';

let tarball: string;
beforeAll(async () => {
  tarball = await packedTarball();
  const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .map((f) => f.replace(/^package\//, ''));
  expect(files).toContain('dist/src/index.js');
  expect(files).toContain('contracts/kushki-webhooks-merchant-webhook-receiver.json');
  expect(files.some((f) => f.startsWith('test/') || f.startsWith('src/') || f.endsWith('.test.js'))).toBe(false);
}, 120_000);

describe('package', () => {
  it('package > publint finds nothing to fix', async () => {
    const buffer = readFileSync(tarball);
    const { messages } = await publint({
      pack: { tarball: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) },
      level: 'suggestion',
      strict: true,
    });
    expect(messages.map((m) => `${m.type} ${m.code} ${m.path.join('.')}`)).toEqual([]);
  });

  it('package > Are the Types Wrong: every entry resolves with types under node16 and bundlers', () => {
    const attw = join(REPO_ROOT, 'node_modules', '.bin', 'attw');
    const run = (() => {
      try {
        return execFileSync(attw, [tarball, '--profile', 'esm-only', '--format', 'json'], { encoding: 'utf8' });
      } catch (error) {
        return String((error as { stdout?: string }).stdout);
      }
    })();
    // An ESM-only package: CommonJS `require` and node10 resolution are out of scope (the esm-only profile).
    const report = JSON.parse(run) as { analysis: { problems: { resolutionKind?: string }[]; entrypoints: Record<string, unknown> } };
    expect(Object.keys(report.analysis.entrypoints)).toEqual(expect.arrayContaining(['.', './sender', './pact']));
    expect(report.analysis.problems.filter((p) => p.resolutionKind === 'node16-esm' || p.resolutionKind === 'bundler')).toEqual([]);
  }, 60_000);

  it('package > the packed manifest runs nothing when a user installs it (no install-time scripts for npm to flag)', () => {
    const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' })) as {
      scripts?: Record<string, string>;
    };
    const installTime = ['preinstall', 'install', 'postinstall', 'prepare'].filter((name) => manifest.scripts?.[name] !== undefined);
    expect(installTime).toEqual([]);
  });

  it('package > every public entry imports by name', async () => {
    const entries = ['hookproof', 'hookproof/fixtures', 'hookproof/msw', 'hookproof/sender', 'hookproof/pact'];
    for (const entry of entries) {
      const module = (await import(entry)) as Record<string, unknown>;
      expect(Object.keys(module).length, entry).toBeGreaterThan(0);
    }
    const { parseWebhook } = (await import('hookproof')) as typeof import('../src/index.js');
    expect(parseWebhook('{}').ok).toBe(false);
  });

  it.each(['.', './fixtures', './msw', './sender'])(
    'package > %s imports no Node built-in (runs in browsers and edge runtimes)',
    (entry) => {
      const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
        exports: Record<string, { default: string }>;
        imports: Record<string, { default: string }>;
      };
      const start = resolve(REPO_ROOT, manifest.exports[entry]!.default);
      const seen = new Set<string>();
      const builtins: string[] = [];
      const visit = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        const source = readFileSync(file, 'utf8');
        for (const [, specifier] of source.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
          if (specifier!.startsWith('node:')) builtins.push(`${file.slice(REPO_ROOT.length)} -> ${specifier}`);
          else if (specifier!.startsWith('.')) visit(resolve(dirname(file), specifier!));
          // A subpath import resolves, outside the `node` condition, to its portable implementation.
          else if (specifier!.startsWith('#')) visit(resolve(REPO_ROOT, manifest.imports[specifier!]!.default));
        }
      };
      visit(start);
      expect(seen.size).toBeGreaterThan(1);
      expect(builtins).toEqual([]);
    },
  );
});
