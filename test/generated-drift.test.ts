import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/run-cli.js';

describe('generated code', () => {
  it('drift > regenerating src/generated into a temp folder reproduces the committed files', () => {
    const out = mkdtempSync(join(tmpdir(), 'hookproof-generate-'));
    const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
    const log = execFileSync(tsx, ['scripts/generate.ts', '--out', out], { cwd: REPO_ROOT, encoding: 'utf8' });
    const written = [...log.matchAll(/^Wrote (\d+) generated files/gm)].map((m) => Number(m[1]));
    expect(written[0]).toBeGreaterThanOrEqual(6);
    const files = [
      'src/generated/schema-types.ts',
      'src/generated/catalogue.ts',
      'src/generated/validators.ts',
      'src/generated/validators-strict.ts',
      'src/generated/openapi/kustom.ts',
      'src/generated/openapi/kushki.ts',
    ];
    for (const file of files) {
      const fresh = readFileSync(join(out, file), 'utf8');
      const committed = readFileSync(join(REPO_ROOT, file), 'utf8');
      expect(fresh.startsWith('// Generated from '), `${file} carries the generated header`).toBe(true);
      expect(committed === fresh, `${file} is stale: run npm run generate`).toBe(true);
    }
  }, 60_000);

  it('drift > --check exits 1 when a generated file differs', () => {
    const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
    const ok = execFileSync(tsx, ['scripts/generate.ts', '--check'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(ok).toMatch(/generated files match their sources/);
  }, 60_000);
});
