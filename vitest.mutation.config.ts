/**
 * The test run StrykerJS uses (`npm run mutate`): only the in-process test files that exercise the
 * modules of one mutation run (HOOKPROOF_MUTATION_RUN, see scripts/mutation/scope.json), or of all
 * of them when unset.
 *
 * Tuned for speed, because every mutant is one vitest run (about 0.5 to 3 s each):
 * - `isolate: false`: the test files of one run share one worker thread instead of one each, so the
 *   library is imported once per mutant instead of once per file (the signatures run took half the
 *   time with the same killed/survived verdict on every mutant). Stryker's vitest runner still starts
 *   a fresh worker for every mutant, so module-level (static) mutants are still loaded fresh.
 * - the files run in the order scope.json lists them (cheapest first): Stryker stops a run at the
 *   first failing test, so a mutant a quick test kills never reaches the slow files.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import base from './vitest.config.js';

interface MutationScope {
  runs: { name: string; tests: string[] }[];
}

const scope = JSON.parse(readFileSync(new URL('./scripts/mutation/scope.json', import.meta.url), 'utf8')) as MutationScope;
const runName = process.env.HOOKPROOF_MUTATION_RUN;
const runs = runName ? scope.runs.filter((r) => r.name === runName) : scope.runs;
if (runs.length === 0) throw new Error(`HOOKPROOF_MUTATION_RUN=${runName} is not a run of scripts/mutation/scope.json`);
const tests = [...new Set(runs.flatMap((r) => r.tests))];

/** Runs the test files in scope.json's order. */
class ScopeOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => tests.indexOf(relative(spec.project.config.root, spec.moduleId).replaceAll('\\', '/'));
    return [...files].sort((a, b) => rank(a) - rank(b));
  }
}

// Not `mergeConfig`: it would concatenate the include lists instead of replacing the base one.
export default defineConfig({
  ...base,
  test: { ...base.test, include: tests, isolate: false, sequence: { sequencer: ScopeOrder } },
});
