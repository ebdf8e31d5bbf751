/**
 * Conformance run: the wall time of the built `hookproof verify --provider all` (every variant's
 * contract through the real Pact verifier, plus the checks beyond the happy path) against the
 * example receiver, versus the bare Pact verifier on the same pact files against the same receiver.
 * A fresh receiver for every run, so each run sees the same deduplication state.
 */
import { testSecrets, variants } from 'hookproof';
import { startReceiver } from '../examples/receiver/server.js';
import { RECEIVER_CHECKS } from '../src/conformance/receiver-checks.js';
import { bundledContract } from '../src/pact/contract-files.js';
import { bareVerifierScript } from './bare-verifier-script.js';
import { type BenchContext, type BenchFigure, figure, median } from './bench-figure.js';
import { CLI, REPO_ROOT } from './repo-paths.js';
import { type TimedRun, timeProcess } from './timed-process.js';

const MAX_WALL_S = 2;
const MAX_OVERHEAD = 1.5;
/** `--happy-only` does the baseline's work: at most this much more. */
const MAX_HAPPY_ONLY_OVERHEAD = 1.15;

type Contender = 'hookproof' | 'happy-only' | 'bare';

const env = { ...process.env, PACT_DO_NOT_TRACK: 'true' };
const CHECKS = RECEIVER_CHECKS.reduce((n, check) => n + check.providers.length, 0);
const WORK = `${variants.length} contracts + ${CHECKS} checks`;

async function runOnce(contender: Contender): Promise<TimedRun> {
  const receiver = await startReceiver();
  try {
    const run =
      contender === 'bare'
        ? await timeProcess(
            process.execPath,
            [
              '--input-type=module',
              '-e',
              bareVerifierScript({
                url: receiver.url,
                pactFiles: [bundledContract('kustom'), bundledContract('kushki')],
                secrets: { kushki: testSecrets.kushki, kustom: testSecrets.kustom },
              }),
            ],
            { cwd: REPO_ROOT, env },
          )
        : await timeProcess(
            process.execPath,
            [CLI, 'verify', '--provider', 'all', '--url', receiver.url, ...(contender === 'happy-only' ? ['--happy-only'] : [])],
            { cwd: REPO_ROOT, env },
          );
    // A run that fails measures an early exit, not the work: refuse to report it.
    if (run.code !== 0)
      throw new Error(`${contender} run failed (exit ${run.code}):\n${run.stdout.slice(-1500)}\n${run.stderr.slice(-1500)}`);
    return run;
  } finally {
    // Bounded: a receiver left in a bad state by a failed run must not swallow that run's error.
    await Promise.race([receiver.close(), new Promise((resolve) => setTimeout(resolve, 5_000))]);
  }
}

export async function benchConformance(ctx: BenchContext): Promise<BenchFigure[]> {
  const contenders: Contender[] = ['hookproof', 'bare', 'happy-only'];
  if (!ctx.quick) for (const c of contenders) await runOnce(c); // warm the file cache, untimed
  const rounds = ctx.quick ? 1 : 5;
  const wall: Record<Contender, number[]> = { hookproof: [], 'happy-only': [], bare: [] };
  for (let r = 0; r < rounds; r++) {
    ctx.log(`conformance: round ${r + 1}/${rounds}`);
    // Rotate the order, so that no contender always runs first after a pause.
    for (const c of [...contenders.slice(r % 3), ...contenders.slice(0, r % 3)]) wall[c].push((await runOnce(c)).ms / 1000);
  }
  const ratios = (c: Contender) => wall[c].map((s, i) => s / (wall.bare[i] ?? Number.NaN));
  const s = (c: Contender) => `${median(wall[c]).toFixed(2)} s`;
  return [
    figure({
      id: 'conformance.wall',
      section: 'conformance',
      label: 'hookproof verify --provider all, wall time',
      value: median(wall.hookproof),
      unit: 's',
      target: { max: MAX_WALL_S },
      detail: `${WORK} against the example receiver; runs ${wall.hookproof.map((x) => x.toFixed(2)).join(', ')} s`,
    }),
    figure({
      id: 'conformance.overhead',
      section: 'conformance',
      label: 'hookproof verify --provider all / bare Pact verifier',
      value: median(ratios('hookproof')),
      unit: 'x',
      target: { max: MAX_OVERHEAD },
      detail: `hookproof ${s('hookproof')}, bare Verifier.verifyProvider() ${s('bare')} (${variants.length} contracts, signed in a requestFilter)`,
    }),
    figure({
      id: 'conformance.happy-only-overhead',
      section: 'conformance',
      label: 'hookproof verify --happy-only / bare Pact verifier',
      value: median(ratios('happy-only')),
      unit: 'x',
      target: { max: MAX_HAPPY_ONLY_OVERHEAD },
      detail: `the same work as the baseline: hookproof --happy-only ${s('happy-only')}, bare ${s('bare')}; worst round ${Math.max(...ratios('happy-only')).toFixed(2)}x`,
    }),
  ];
}
