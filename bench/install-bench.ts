/**
 * A receiver's production install: the packed tarball installed with `--omit=dev` (no peer) into an
 * empty project, its package count and `node_modules` size, and the root entry's import time there
 * against `node -e 0` (spawned interleaved, the median of each).
 */
import { rm } from 'node:fs/promises';
import { installedPackages, installPacked, nodeModulesKiB, packedTarball } from '../test/support/pack.js';
import { type BenchContext, type BenchFigure, figure, median } from './bench-figure.js';
import { timeProcess } from './timed-process.js';

const MAX_PACKAGES = 10;
const MAX_MB = 8;

export async function benchInstall(ctx: BenchContext): Promise<BenchFigure[]> {
  ctx.log('install: npm pack, then npm install <tarball> --omit=dev into an empty project');
  const project = await installPacked(await packedTarball(), { omitDev: true });
  try {
    const packages = installedPackages(project);
    const mb = (await nodeModulesKiB(project)) / 1024;
    const commands = {
      node: ['-e', '0'],
      root: ['--input-type=module', '-e', "import 'hookproof'"],
      fixtures: ['--input-type=module', '-e', "import 'hookproof/fixtures'"],
    } as const;
    type Name = keyof typeof commands;
    const ms: Record<Name, number[]> = { node: [], root: [], fixtures: [] };
    const rounds = ctx.quick ? 2 : 25;
    ctx.log(`install: ${rounds} spawns of each import`);
    for (let r = 0; r < rounds; r++) {
      for (const name of Object.keys(commands) as Name[]) {
        const run = await timeProcess(process.execPath, commands[name], { cwd: project });
        if (run.code !== 0) throw new Error(`${name} exited ${run.code}: ${run.stderr.trim()}`);
        ms[name].push(run.ms);
      }
    }
    const at = (name: Name) => `${Math.round(median(ms[name]))} ms`;
    return [
      figure({
        id: 'install.packages',
        section: 'install',
        label: 'production install: packages (hookproof included)',
        value: packages.length,
        unit: 'n',
        target: { max: MAX_PACKAGES },
        detail: packages.join(', '),
      }),
      figure({
        id: 'install.size',
        section: 'install',
        label: 'production install: node_modules size (du -sk)',
        value: mb,
        unit: 'MB',
        target: { max: MAX_MB },
        detail: 'npm install <tarball> --omit=dev, peers not installed',
      }),
      figure({
        id: 'install.import-root',
        section: 'install',
        label: "import 'hookproof' / node -e 0",
        value: median(ms.root) / median(ms.node),
        unit: 'x',
        detail: `${at('root')} vs ${at('node')} (median of ${rounds} spawns); hookproof/fixtures ${at('fixtures')}`,
      }),
    ];
  } finally {
    await rm(project, { recursive: true, force: true });
  }
}
