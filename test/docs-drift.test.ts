/**
 * The committed docs/ is exactly what `hookproof docs` generates now (HTML, Markdown and the
 * Redoc pages, which are byte-stable), and the command behaves as a CLI: usage errors exit 2,
 * stale pages are removed.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GENERATED_FOLDERS, INDEX_PAGE } from '../src/docs/docs-paths.js';
import { REPO_ROOT, runCli } from './support/run-cli.js';

const temporary: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'hookproof-docs-'));
  temporary.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** The generated files below a docs folder: the index pages and everything in the generated folders. */
function generatedFiles(dir: string): string[] {
  const index = Object.values(INDEX_PAGE).filter((name) => existsSync(join(dir, name)));
  const pages = GENERATED_FOLDERS.flatMap((folder) =>
    existsSync(join(dir, folder)) ? readdirSync(join(dir, folder)).map((name) => `${folder}/${name}`) : [],
  );
  return [...index, ...pages].sort();
}

describe('docs drift', () => {
  it('docs drift > docs/ is exactly what hookproof docs generates (regenerate with npm run docs)', async () => {
    const out = tempDir();
    const run = await runCli(['docs', '--out', out, '--format', 'both']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/wrote 24 files/);

    const committed = join(REPO_ROOT, 'docs');
    const fresh = generatedFiles(out);
    expect(generatedFiles(committed)).toEqual(fresh);
    const differing = fresh.filter((path) => !readFileSync(join(out, path)).equals(readFileSync(join(committed, path))));
    expect(differing, 'these files differ from a fresh `npm run docs`').toEqual([]);
  });

  it('docs drift > no generated file names a machine path', () => {
    const committed = join(REPO_ROOT, 'docs');
    const leaking = generatedFiles(committed).filter((path) => readFileSync(join(committed, path), 'utf8').includes(REPO_ROOT));
    expect(leaking).toEqual([]);
  });
});

describe('docs CLI', () => {
  it.each([
    { args: ['docs', '--format', 'pdf'], want: /argument 'pdf' is invalid/ },
    { args: ['docs', '--out'], want: /argument missing/ },
  ])('docs CLI > $args.2 is a usage error: exit 2, no stack trace', async ({ args, want }) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(want);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('docs CLI > --format md writes Markdown only and removes stale Markdown pages, leaving other files alone', async () => {
    const out = tempDir();
    mkdirSync(join(out, 'events'), { recursive: true });
    writeFileSync(join(out, 'events', 'kushki.card.renamed.md'), 'stale');
    writeFileSync(join(out, 'events', 'notes.html'), 'not ours to remove in md mode');
    const run = await runCli(['docs', '--out', out, '--format', 'md']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('removed stale events/kushki.card.renamed.md');
    expect(generatedFiles(out)).toEqual([
      'README.md',
      ...readdirSync(join(out, 'events'))
        .map((n) => `events/${n}`)
        .sort(),
    ]);
    expect(existsSync(join(out, 'events', 'kushki.card.renamed.md'))).toBe(false);
    expect(existsSync(join(out, 'events', 'notes.html'))).toBe(true);
    expect(existsSync(join(out, INDEX_PAGE.html))).toBe(false);
    expect(readdirSync(join(out, 'events')).filter((n) => n.endsWith('.md'))).toHaveLength(10);
  });

  it('docs CLI > an output path that is a file is an I/O error: exit 2, one line', async () => {
    const file = join(tempDir(), 'occupied');
    writeFileSync(file, '');
    const run = await runCli(['docs', '--out', file, '--format', 'md']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^hookproof: /);
  });
});
