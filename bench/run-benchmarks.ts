/** Runs the chosen benchmark sections, one after the other, and collects their figures with the machine they ran on. */
import { availableParallelism, cpus } from 'node:os';
import type { BenchContext, BenchFigure, BenchSection } from './bench-figure.js';
import { benchColdStart } from './cold-start-bench.js';
import { benchConformance } from './conformance-bench.js';
import { benchInProcess } from './in-process-bench.js';
import { benchInstall } from './install-bench.js';
import { benchListen } from './listen-bench.js';
import { benchScenarios } from './scenarios-bench.js';
import { benchSender } from './sender-bench.js';
import { benchSignatures } from './signature-bench.js';
import { benchValidation } from './validation-bench.js';

/** Every section, in the order `npm run bench` runs them (in-process timings first, on a quiet machine). */
export const BENCH_SECTIONS: Record<BenchSection, (ctx: BenchContext) => Promise<BenchFigure[]>> = {
  validation: benchValidation,
  signatures: benchSignatures,
  'cold-start': benchColdStart,
  sender: benchSender,
  'in-process': benchInProcess,
  listen: benchListen,
  conformance: benchConformance,
  scenarios: benchScenarios,
  install: benchInstall,
};

/** What `bench/results.json` holds. */
export interface BenchResults {
  date: string;
  machine: { cores: number; cpu: string; node: string; platform: string };
  quick: boolean;
  durationSeconds: number;
  /** Whether every figure that has a target meets it. */
  allTargetsMet: boolean;
  figures: BenchFigure[];
}

export async function runBenchmarks(sections: readonly BenchSection[], ctx: BenchContext): Promise<BenchResults> {
  const started = performance.now();
  const figures: BenchFigure[] = [];
  for (const section of sections) figures.push(...(await BENCH_SECTIONS[section](ctx)));
  return {
    date: new Date().toISOString(),
    machine: {
      cores: availableParallelism(),
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
    },
    quick: ctx.quick,
    durationSeconds: Math.round((performance.now() - started) / 100) / 10,
    allTargetsMet: figures.every((f) => f.met !== false),
    figures,
  };
}
