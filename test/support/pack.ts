/**
 * The packed package, built once and shared: every test file (and the benchmark) that installs
 * hookproof the way a user does gets the same tarball, packed at most once per content.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './run-cli.js';

const run = promisify(execFile);

/** What `npm pack` puts in the tarball (package.json `files`), by path and size and mtime. */
function contentHash(): string {
  const hash = createHash('sha256');
  const manifest = readFileSync(join(REPO_ROOT, 'package.json'), 'utf8');
  hash.update(manifest);
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stats = statSync(path);
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path).sort()) visit(join(path, entry));
    } else {
      hash.update(`${path.slice(REPO_ROOT.length)}\0${stats.size}\0${stats.mtimeMs}\n`);
    }
  };
  for (const entry of (JSON.parse(manifest) as { files: string[] }).files) visit(join(REPO_ROOT, entry));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The path of `hookproof-<version>.tgz` packed from the current `dist/` (build first: `npm test`
 * does). Packed once per content into the system's temp folder; concurrent callers share it.
 *
 * @example
 * const tarball = await packedTarball();
 */
export async function packedTarball(): Promise<string> {
  const dir = join(tmpdir(), `hookproof-pack-${contentHash()}`);
  const done = join(dir, 'tarball.txt');
  if (existsSync(done)) return readFileSync(done, 'utf8');
  const staging = mkdtempSync(join(tmpdir(), 'hookproof-packing-'));
  // --ignore-scripts: `prepare` would build again.
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', staging], { cwd: REPO_ROOT });
  const [{ filename }] = JSON.parse(stdout) as [{ filename: string }];
  writeFileSync(join(staging, 'tarball.txt'), join(dir, filename));
  try {
    renameSync(staging, dir);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another process packed the same content first
  }
  return readFileSync(done, 'utf8');
}

/** Options of `installPacked`. */
export interface InstallOptions {
  /** `--omit=dev`: a production install (the default). */
  omitDev?: boolean;
  /** More packages to install beside hookproof (`msw@2.15.0`, ...). */
  extra?: readonly string[];
}

/**
 * A new temporary project (`"type": "module"`) with the tarball installed from npm's cache
 * (`--prefer-offline`), as a user would install it. Returns the project folder.
 *
 * @example
 * const project = await installPacked(await packedTarball(), { omitDev: true });
 */
export async function installPacked(tarball: string, options: InstallOptions = {}): Promise<string> {
  const project = mkdtempSync(join(tmpdir(), 'hookproof-consumer-'));
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`);
  const args = ['install', tarball, ...(options.extra ?? []), '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];
  if (options.omitDev !== false) args.push('--omit=dev');
  await run('npm', args, { cwd: project });
  return project;
}

/** The packages installed in a project's `node_modules`, hookproof included (from npm's hidden lockfile). */
export function installedPackages(project: string): string[] {
  const lock = JSON.parse(readFileSync(join(project, 'node_modules', '.package-lock.json'), 'utf8')) as {
    packages: Record<string, unknown>;
  };
  return Object.keys(lock.packages)
    .filter((path) => path.startsWith('node_modules/'))
    .map((path) => path.replace(/^.*node_modules\//, ''));
}

/** `du -sk node_modules` of a project, in KiB. */
export async function nodeModulesKiB(project: string): Promise<number> {
  const { stdout } = await run('du', ['-sk', join(project, 'node_modules')]);
  return Number(stdout.split(/\s+/)[0]);
}
