/**
 * Cold start: the built CLI's `--version` and `validate <file>` versus `node -e 0`, each spawned many
 * times (interleaved, so that all three see the same machine), the median wall time of each.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { examples } from 'hookproof/fixtures';
import { type BenchContext, type BenchFigure, figure, median } from './bench-figure.js';
import { CLI, REPO_ROOT } from './repo-paths.js';
import { timeProcess } from './timed-process.js';

const MAX_RATIO = 3;

/** The modules a command loads, from V8's coverage (which lists every script compiled). */
async function modulesLoaded(args: readonly string[], dir: string): Promise<string[]> {
  const coverage = join(dir, 'coverage');
  const run = await timeProcess(process.execPath, args, { cwd: REPO_ROOT, env: { ...process.env, NODE_V8_COVERAGE: coverage } });
  if (run.code !== 0) throw new Error(`${args.join(' ')} exited ${run.code}: ${run.stderr.trim()}`);
  const files = await readdir(coverage);
  const urls = await Promise.all(
    files.map(async (f) =>
      (JSON.parse(await readFile(join(coverage, f), 'utf8')) as { result: { url: string }[] }).result.map((r) => r.url),
    ),
  );
  return urls.flat().filter((url) => url.startsWith('file:'));
}

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
  let heavy: string[] = [];
  try {
    // Lazy loading is what keeps validate fast: check that it loads neither Pact nor MSW.
    heavy = (await modulesLoaded(commands.validate, dir)).filter((url) => /node_modules\/(@pact-foundation|msw)\//.test(url));
    const rounds = ctx.quick ? 2 : 25;
    ctx.log(`cold start: ${rounds} spawns of each command`);
    for (let r = 0; r < rounds; r++) {
      for (const name of Object.keys(commands) as Name[]) {
        const run = await timeProcess(process.execPath, commands[name], { cwd: REPO_ROOT });
        if (run.code !== 0) throw new Error(`${name} exited ${run.code}: ${run.stderr.trim()}`);
        if (name === 'validate' && !run.stdout.includes('valid kushki.card.approved'))
          throw new Error(`validate printed ${run.stdout.trim()}`);
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
      detail: `${at('validate')} vs ${at('node')}; ${heavy.length === 0 ? 'loads no Pact or MSW module (V8 coverage)' : `LOADS ${heavy.length} Pact/MSW modules`}`,
    }),
  ];
}
