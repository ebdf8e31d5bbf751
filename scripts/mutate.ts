/**
 * `npm run mutate`: mutation testing of the security- and money-critical code with StrykerJS. One
 * Stryker run per entry of scripts/mutation/scope.json (its modules, only its in-process tests),
 * then one merged report (reports/mutation/mutation.json and mutation.html) and each group's score
 * against its own threshold.
 *
 * Arguments go to every `stryker run`; `--mutate` narrows the runs to the files its globs select
 * (runs left with no file are skipped):
 *   npm run mutate -- --mutate 'src/signatures/**\/*.ts'
 *   npm run mutate -- --concurrency 1     # on a shared machine
 *   npm run mutate -- --force             # ignore the incremental files, re-test every mutant
 *
 * Exit code: 0 when every run passed and every group reached its threshold, 1 when a score is too
 * low, 2 when Stryker could not run or wrote no report.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeMergedHtml } from './mutation/report-html.js';
import {
  fileScores,
  type GroupVerdict,
  groupVerdicts,
  type MutationReport,
  mergeReports,
  type ScoreRow,
} from './mutation/report-scores.js';
import { groupFiles, readScope, selectFiles } from './mutation/scope.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'reports', 'mutation');

/** `--mutate X`, `--mutate=X` or `-m X` taken out of the arguments; the rest passes through. */
function splitArguments(args: string[]): { patterns: string[] | undefined; rest: string[] } {
  const rest: string[] = [];
  let patterns: string[] | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const inline = /^--mutate=(.*)$/.exec(arg);
    const value = inline ? inline[1] : arg === '--mutate' || arg === '-m' ? args[++i] : undefined;
    if (value === undefined && (arg === '--mutate' || arg === '-m')) throw new Error(`${arg} needs a glob`);
    if (value === undefined) rest.push(arg);
    else patterns = [...(patterns ?? []), ...value.split(',').filter((p) => p !== '')];
  }
  return { patterns, rest };
}

const percent = (score: number | null) => (score === null ? 'n/a' : `${score.toFixed(2)}%`);

function table(rows: (ScoreRow | GroupVerdict)[]): string {
  return rows
    .map((r) => {
      const verdict = 'threshold' in r ? `  threshold ${r.threshold}%: ${r.passed ? 'ok' : 'TOO LOW'}` : '';
      const counts = `killed ${r.killed}, timeout ${r.timeout}, survived ${r.survived}, no coverage ${r.noCoverage}, ignored ${r.ignored}`;
      return `  ${r.name.padEnd(38)} ${percent(r.score).padStart(8)}  ${counts}${verdict}`;
    })
    .join('\n');
}

function main(): number {
  let parsed: ReturnType<typeof splitArguments>;
  try {
    parsed = splitArguments(process.argv.slice(2));
  } catch (error) {
    console.error(`mutate: ${(error as Error).message}`);
    return 2;
  }
  const runs = readScope(root).map((run) => ({
    ...run,
    groups: run.groups.map((g) => ({ ...g, files: groupFiles(root, g) })),
  }));
  const started = performance.now();
  rmSync(join(outDir, 'runs'), { recursive: true, force: true }); // never judge a previous run's report
  rmSync(join(outDir, 'mutation.json'), { force: true });
  mkdirSync(outDir, { recursive: true });

  const reports: MutationReport[] = [];
  const pages: string[] = [];
  let strykerFailed = false;
  for (const run of runs) {
    const files = selectFiles(
      run.groups.flatMap((g) => g.files),
      parsed.patterns,
    );
    if (files.length === 0) continue;
    // Stryker's incremental mode reuses a survived mutant's result even when a new test now covers it
    // (measured with the vitest runner): when the run's test files changed, re-test everything.
    const testsHash = createHash('sha256')
      .update(run.tests.map((t) => `${t}\n${existsSync(join(root, t)) ? readFileSync(join(root, t), 'utf8') : ''}`).join('\n'))
      .digest('hex');
    const hashFile = join(outDir, 'incremental', `${run.name}.tests-sha256`);
    const testsChanged = !existsSync(hashFile) || readFileSync(hashFile, 'utf8') !== testsHash;
    const force = testsChanged && !parsed.rest.includes('--force') ? ['--force'] : [];
    console.log(
      `\nmutate: run ${run.name} (${files.length} files, ${run.tests.length} test files${force.length ? '; tests changed: --force' : ''})`,
    );
    const result = spawnSync(
      join(root, 'node_modules', '.bin', 'stryker'),
      ['run', 'stryker.config.mjs', '--mutate', files.join(','), ...parsed.rest, ...force],
      { cwd: root, stdio: 'inherit', env: { ...process.env, HOOKPROOF_MUTATION_RUN: run.name } },
    );
    const json = join(outDir, 'runs', `${run.name}.json`);
    if (result.error || !existsSync(json)) {
      console.error(`mutate: run ${run.name} wrote no report (${result.error?.message ?? `exit code ${result.status}`})`);
      return 2;
    }
    strykerFailed ||= result.status !== 0;
    mkdirSync(join(outDir, 'incremental'), { recursive: true });
    writeFileSync(hashFile, testsHash);
    reports.push(JSON.parse(readFileSync(json, 'utf8')) as MutationReport);
    pages.push(join(outDir, 'runs', `${run.name}.html`));
  }
  if (reports.length === 0) {
    console.error(`mutate: --mutate ${parsed.patterns?.join(',')} selects no file of the scope (scripts/mutation/scope.json)`);
    return 2;
  }

  const merged = mergeReports(reports, { high: 90, low: 85 });
  writeFileSync(join(outDir, 'mutation.json'), JSON.stringify(merged));
  const page = pages.find((p) => existsSync(p));
  if (!page || !writeMergedHtml(page, merged, join(outDir, 'mutation.html'))) console.error('mutate: no HTML page to merge into');

  const seconds = Math.round((performance.now() - started) / 1000);
  const files = fileScores(merged, root);
  const verdicts = groupVerdicts(
    files,
    runs.flatMap((r) => r.groups),
  );
  console.log(`\nmutation scores per file:\n${table(files)}`);
  console.log(`\nmutation scores per group:\n${table(verdicts)}`);
  console.log(
    `\nmutate: ${reports.length} run(s) in ${Math.floor(seconds / 60)} min ${seconds % 60} s; report: reports/mutation/mutation.json, mutation.html`,
  );
  const low = verdicts.filter((v) => !v.passed);
  if (low.length > 0) {
    console.error(`mutate: below threshold: ${low.map((v) => `${v.name} ${percent(v.score)} < ${v.threshold}%`).join('; ')}`);
    return 1;
  }
  if (strykerFailed) {
    console.error('mutate: a Stryker run failed (see its output above)');
    return 1;
  }
  return 0;
}

process.exitCode = main();
