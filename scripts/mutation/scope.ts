/** Reads scripts/mutation/scope.json and lists the files each run mutates, optionally narrowed by `--mutate` globs. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { minimatch } from 'minimatch';

/** Files scored together against one threshold. */
export interface ScopeGroup {
  name: string;
  /** The lowest acceptable mutation score, in percent. */
  threshold: number;
  /** Globs relative to the project root. */
  mutate: string[];
}

/** One Stryker run: its groups and the in-process test files that exercise them. */
export interface ScopeRun {
  name: string;
  tests: string[];
  groups: ScopeGroup[];
}

export function readScope(root: string): ScopeRun[] {
  return (JSON.parse(readFileSync(join(root, 'scripts', 'mutation', 'scope.json'), 'utf8')) as { runs: ScopeRun[] }).runs;
}

const isMagic = (segment: string) => /[*?[\]{}!()]/.test(segment);

/** The project files (relative, `/`-separated) a glob matches; walks only the glob's literal base folder. */
function expand(root: string, glob: string): string[] {
  const segments = glob.split('/');
  const literal = segments.slice(0, segments.findIndex(isMagic) === -1 ? segments.length - 1 : segments.findIndex(isMagic));
  const base = literal.join('/');
  let entries: string[];
  try {
    entries = readdirSync(join(root, base), { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return entries.map((e) => (base ? `${base}/${e.replaceAll('\\', '/')}` : e.replaceAll('\\', '/'))).filter((f) => minimatch(f, glob));
}

/** The files of a group. */
export function groupFiles(root: string, group: ScopeGroup): string[] {
  return [...new Set(group.mutate.flatMap((glob) => expand(root, glob)))].sort();
}

/**
 * The files of a run that the `--mutate` patterns select (Stryker's syntax: comma-separated globs,
 * `!` to exclude), or all of them without patterns.
 */
export function selectFiles(files: string[], patterns: string[] | undefined): string[] {
  if (!patterns) return files;
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  return files.filter((f) => include.some((p) => minimatch(f, p)) && !exclude.some((p) => minimatch(f, p)));
}
