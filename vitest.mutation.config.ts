/**
 * The test run StrykerJS uses (`npm run mutate`): only the in-process test files that exercise the
 * modules of one mutation run (HOOKPROOF_MUTATION_RUN, see scripts/mutation/scope.json), or of all
 * of them when unset.
 */
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

interface MutationScope {
  runs: { name: string; tests: string[] }[];
}

const scope = JSON.parse(readFileSync(new URL('./scripts/mutation/scope.json', import.meta.url), 'utf8')) as MutationScope;
const runName = process.env.HOOKPROOF_MUTATION_RUN;
const runs = runName ? scope.runs.filter((r) => r.name === runName) : scope.runs;
if (runs.length === 0) throw new Error(`HOOKPROOF_MUTATION_RUN=${runName} is not a run of scripts/mutation/scope.json`);

// Not `mergeConfig`: it would concatenate the include lists instead of replacing the base one.
export default defineConfig({ ...base, test: { ...base.test, include: runs.flatMap((r) => r.tests) } });
