/**
 * `npm run fuzz`: the long fuzz run. parseWebhook over 100,000+ mutated payloads, then the built
 * `hookproof validate` CLI over 100,000+ payload files (in batches), each verdict in both validation
 * profiles (the default and `strict`) compared with an independent ajv reference of that profile; and
 * the compiled lax verdicts of `parseWebhook`'s fast path compared, schema by schema, with ajv's.
 * Prints the counts; exits 1 on any disagreement, throw or crash.
 *   --runs <n>   cases per phase (default 100000)
 *   --seed <n>   fast-check seed (default: random, printed)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { parseWebhook, variants } from '../src/index.js';
import { decodeBody } from '../src/validation/decode-body.js';
import { type FuzzCase, fuzzCaseArb } from '../test/support/fuzz-payloads.js';
import { createReferenceVerdict } from '../test/support/reference-validator.js';
import { verdictDisagreements } from '../test/support/verdict-differential.js';
import { REPO_ROOT } from './lib/schema-files.js';

const { values } = parseArgs({ options: { runs: { type: 'string' }, seed: { type: 'string' } } });
const runs = Number(values.runs ?? 100_000);
const seed = Number(values.seed ?? Math.floor(Math.random() * 2 ** 31));
const PROFILES = ['lax', 'strict'] as const;
const reference = { lax: createReferenceVerdict('lax'), strict: createReferenceVerdict('strict') };
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).join(',');

function phaseLibrary(): { cases: number; accepted: Record<(typeof PROFILES)[number], number>; failures: string[] } {
  const failures: string[] = [];
  const accepted = { lax: 0, strict: 0 };
  for (const c of fc.sample(fuzzCaseArb, { seed, numRuns: runs })) {
    for (const profile of PROFILES) {
      try {
        const result = parseWebhook(c.body, { strict: profile === 'strict' });
        if (result.ok) accepted[profile]++;
        if (result.ok) void result.warnings; // computing the warnings must not throw either
        if (result.ok !== reference[profile](c.body)) failures.push(`${profile} verdict ${result.ok} != reference for ${describe(c)}`);
      } catch (error) {
        failures.push(`${profile} threw ${String(error)} for ${describe(c)}`);
      }
    }
  }
  if (Object.getOwnPropertyNames(Object.prototype).join(',') !== prototypeBefore) failures.push('Object.prototype was modified');
  return { cases: runs, accepted, failures };
}

function describe(c: FuzzCase): string {
  return `${c.variant} ${c.encoding} ${JSON.stringify(c.mutations).slice(0, 300)}`;
}

function toBytes(c: FuzzCase): Uint8Array {
  if (typeof c.body === 'string') return new TextEncoder().encode(c.body);
  if (c.body instanceof Uint8Array) return c.body;
  return new TextEncoder().encode(JSON.stringify(c.body) ?? 'null');
}

function phaseCli(): { cases: number; skipped: number; failures: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'hookproof-fuzz-'));
  const cli = join(REPO_ROOT, 'dist', 'src', 'cli', 'main.js');
  const failures: string[] = [];
  let skipped = 0;
  const batchSize = 2_000;
  const cases = fc.sample(fuzzCaseArb, { seed: seed + 1, numRuns: runs });
  try {
    for (let start = 0; start < cases.length; start += batchSize) {
      const files: string[] = [];
      const expected: { lax: boolean; strict: boolean }[] = [];
      cases.slice(start, start + batchSize).forEach((c, i) => {
        const bytes = toBytes(c);
        // Empty and binary (NUL) input are usage errors (exit 2), tested on their own.
        if (bytes.length === 0 || bytes.includes(0)) {
          skipped++;
          return;
        }
        const file = join(dir, `${start + i}.json`);
        writeFileSync(file, bytes);
        files.push(file);
        expected.push({ lax: reference.lax(bytes), strict: reference.strict(bytes) });
      });
      for (const profile of PROFILES) {
        const args = [cli, 'validate', '--json', ...(profile === 'strict' ? ['--strict'] : []), ...files];
        const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
        if (run.status !== 0 && run.status !== 1) {
          failures.push(`${profile} batch at ${start}: exit ${run.status}: ${run.stderr.slice(0, 500)}`);
          continue;
        }
        const out = JSON.parse(run.stdout) as { ok: boolean }[] | { ok: boolean };
        const verdicts = Array.isArray(out) ? out : [out];
        verdicts.forEach((v, i) => {
          if (v.ok !== expected[i]?.[profile]) failures.push(`CLI ${profile} verdict ${v.ok} != reference for ${files[i]}`);
        });
        if (verdicts.some((v) => !v.ok) !== (run.status === 1))
          failures.push(`${profile} batch at ${start}: exit ${run.status} does not match its verdicts`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { cases: runs, skipped, failures };
}

/** Every compiled lax verdict against ajv's lax validator of the same schema, and the dispatch against the detection. */
function phaseVerdicts(): { cases: number; failures: string[] } {
  const failures: string[] = [];
  for (const c of fc.sample(fuzzCaseArb, { seed: seed + 2, numRuns: runs })) {
    const decoded = decodeBody(c.body);
    if (!decoded.ok) continue;
    for (const d of verdictDisagreements(decoded.value)) failures.push(`verdict: ${d} for ${describe(c)}`);
  }
  return { cases: runs, failures };
}

console.log(`fuzz: seed ${seed}, ${runs} cases per phase`);
const started = performance.now();
const library = phaseLibrary();
console.log(
  `parseWebhook: ${library.cases} cases in each profile; accepted ${library.accepted.lax} by default, ${library.accepted.strict} under strict; ${library.failures.length} failures`,
);
const laxVerdicts = phaseVerdicts();
console.log(
  `lax verdicts: ${laxVerdicts.cases} cases, each against the ${variants.length} variant schemas; ${laxVerdicts.failures.length} failures`,
);
const cli = phaseCli();
console.log(
  `hookproof validate: ${cli.cases} cases in each profile (${cli.skipped} empty or binary skipped), ${cli.failures.length} failures`,
);
for (const failure of [...library.failures, ...laxVerdicts.failures, ...cli.failures].slice(0, 20)) console.log(`  ${failure}`);
const total = library.failures.length + laxVerdicts.failures.length + cli.failures.length;
console.log(
  `${library.cases + laxVerdicts.cases + cli.cases - cli.skipped - total} passed, ${total} failed (${Math.round((performance.now() - started) / 1000)} s)`,
);
process.exitCode = total === 0 ? 0 : 1;
