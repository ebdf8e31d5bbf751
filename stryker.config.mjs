// @ts-check
// StrykerJS configuration behind `npm run mutate` (scripts/mutate.ts), which starts one Stryker run
// per entry of scripts/mutation/scope.json, naming it in HOOKPROOF_MUTATION_RUN, then merges the
// reports and checks each group's threshold. Without that variable, `npx stryker run` mutates the
// whole scope in one run (slower: every module-level mutant runs every listed test).
// See docs/guide/reliability.md, "Mutation testing".
import { readFileSync } from 'node:fs';

/** @type {{ runs: { name: string, tests: string[], groups: { name: string, threshold: number, mutate: string[] }[] }[] }} */
const scope = JSON.parse(readFileSync(new URL('./scripts/mutation/scope.json', import.meta.url), 'utf8'));
const runName = process.env.HOOKPROOF_MUTATION_RUN;
const runs = runName ? scope.runs.filter((r) => r.name === runName) : scope.runs;
if (runs.length === 0) throw new Error(`HOOKPROOF_MUTATION_RUN=${runName} is not a run of scripts/mutation/scope.json`);
const groups = runs.flatMap((r) => r.groups);
const out = runName ? `reports/mutation/runs/${runName}` : 'reports/mutation/mutation';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // vitest.mutation.config.ts reads HOOKPROOF_MUTATION_RUN too: only this run's test files.
  // `related: false`: with per-test coverage each mutant already names the tests to run, and
  // vitest's search for the files related to the mutated one cost time on every mutant; a mutant in
  // module-level code runs every test file of its run instead of only the related ones.
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  // Each mutant runs only the tests that reached it in the initial run.
  coverageAnalysis: 'perTest',
  mutate: groups.flatMap((g) => g.mutate),
  // A second run re-tests only the mutants whose code or covering tests changed (`--force`: all).
  // The file stays in the ignored reports/ folder: a local cache, rewritten by every run (about
  // 1 MB per run), that would conflict on every branch touching the scope; a fresh clone or CI
  // measures from scratch, which is what a score quoted in the docs should come from.
  incremental: true,
  incrementalFile: `reports/mutation/incremental/${runName ?? 'all'}.json`,
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: `${out}.json` },
  htmlReporter: { fileName: `${out}.html` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  // `break` is one number per run: the lowest threshold of its groups; scripts/mutate.ts checks each group's own.
  thresholds: { high: 90, low: 85, break: Math.min(...groups.map((g) => g.threshold)) },
  // Sized for a 2-core machine; pass `--concurrency 1` on a shared one.
  concurrency: 2,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
