/**
 * Cold start: the built CLI's `--version` and `validate <file>` versus `node -e 0`, each spawned many
 * times (interleaved, so that all three see the same machine), the median wall time of each.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { examples } from 'hookproof/fixtures';
import { figure, median, type BenchContext, type BenchFigure } from './bench-figure.js';
import { CLI, REPO_ROOT } from './repo-paths.js';
import { timeProcess } from './timed-process.js';

const MAX_RATIO = 3;

export async function benchColdStart(ctx: BenchContext): Promise<BenchFigure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'hookproof-bench-'));
  const file = join(dir, 'kushki-card-approved.json');
  await writeFile(file, JSON.stringify(examples['kushki.card.approved'], null, 2));
  const commands = {
    node: ['-e', '0'],
    version: [CLI, '--version'],
    validate: [CLI, 'validate', file],
  } as const;
  type Name = keyof typeof commands;
  const ms: Record<Name, number[]> = { node: [], version: [], validate: [] };
  try {
    const rounds = ctx.quick ? 2 : 25;
    ctx.log(`cold start: ${rounds} spawns of each command`);
    for (let r = 0; r < rounds; r++) {
      for (const name of Object.keys(commands) as Name[]) {
        const run = await timeProcess(process.execPath, commands[name], { cwd: REPO_ROOT });
        if (run.code !== 0) throw new Error(`${name} exited ${run.code}: ${run.stderr.trim()}`);
        if (name === 'validate' && !run.stdout.includes('valid kushki.card.approved')) throw new Error(`validate printed ${run.stdout.trim()}`);
        ms[name].push(run.ms);
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const ratio = (name: Name) => median(ms[name]) / median(ms.node);
  const at = (name: Name) => `${Math.round(median(ms[name]))} ms`;
  return [
    figure({
      id: 'cold-start.version',
      section: 'cold-start',
      label: 'hookproof --version / node -e 0',
      value: ratio('version'),
      unit: 'x',
      target: { max: MAX_RATIO },
      detail: `${at('version')} vs ${at('node')} (median of ${ms.node.length} spawns)`,
    }),
    figure({
      id: 'cold-start.validate',
      section: 'cold-start',
      label: 'hookproof validate <file> / node -e 0',
      value: ratio('validate'),
      unit: 'x',
      target: { max: MAX_RATIO },
      detail: `${at('validate')} vs ${at('node')}; loads commander, the command and the validators, no Pact or MSW`,
    }),
  ];
}
