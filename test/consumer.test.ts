/**
 * The package as a merchant's project uses it: the packed tarball installed into a project of its own
 * (strict tsconfig, the peers installed explicitly), every TypeScript block of the README and the
 * guides type-checked there, the runnable ones run with vitest against the README's receiver, and the
 * acceptance checks of the installed binary (test/consumer-project/checks). One project is installed
 * per worktree and reused: its install is skipped when nothing it depends on changed.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { blockPath, type CodeBlock, typescriptBlocks } from './support/markdown-blocks.js';
import { packedTarball } from './support/pack.js';
import { REPO_ROOT } from './support/run-cli.js';

const run = promisify(execFile);
const TEMPLATE = join(REPO_ROOT, 'test', 'consumer-project');
const PROJECT = join(tmpdir(), `hookproof-consumer-${createHash('sha256').update(REPO_ROOT).digest('hex').slice(0, 12)}`);
/** A block that must not compile: the type check has to report it, and only it. */
const SENTINEL = { source: 'sentinel.md', file: 'blocks/sentinel-broken.ts' };
const SENTINEL_MARKDOWN = "```ts\nimport { parseWebhook } from 'hookproof';\n\nparseWebhook('{}', { provider: 'stripe' });\n```\n";

/** The README and every guide, relative to the repository. */
function documents(): string[] {
  const guides = readdirSync(join(REPO_ROOT, 'docs', 'guide'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/guide/${name}`);
  return ['README.md', ...guides];
}

/** The version the repository pins for a package (dependencies, devDependencies or peerDependencies). */
function pinned(name: string): string {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
  const version = manifest.devDependencies?.[name] ?? manifest.dependencies?.[name] ?? manifest.peerDependencies?.[name];
  if (!version) throw new Error(`package.json pins no version of ${name}`);
  return version.replace(/^[\^~]/, '');
}

/** Installs the tarball (and the peers, vitest and TypeScript) unless the installed manifest is the same. */
async function install(tarball: string): Promise<void> {
  mkdirSync(PROJECT, { recursive: true });
  const packed = `hookproof-${basename(dirname(tarball))}.tgz`;
  for (const name of readdirSync(PROJECT)) if (/^hookproof-.*\.tgz$/.test(name) && name !== packed) rmSync(join(PROJECT, name));
  if (!existsSync(join(PROJECT, packed))) cpSync(tarball, join(PROJECT, packed));
  const dependencies = Object.fromEntries(
    ['hono', '@hono/node-server', 'msw', '@pact-foundation/pact'].map((name) => [name, pinned(name)]),
  );
  const devDependencies = Object.fromEntries(['vitest', 'typescript', '@types/node'].map((name) => [name, pinned(name)]));
  const manifest = `${JSON.stringify(
    {
      name: 'merchant-app',
      private: true,
      type: 'module',
      dependencies: { hookproof: `file:./${packed}`, ...dependencies },
      devDependencies,
    },
    null,
    2,
  )}\n`;
  const installed = join(PROJECT, 'node_modules', '.installed-package.json');
  if (existsSync(installed) && readFileSync(installed, 'utf8') === manifest) return;
  writeFileSync(join(PROJECT, 'package.json'), manifest);
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: PROJECT });
  writeFileSync(installed, manifest);
}

/** Writes the template and the blocks into the project; returns where each block came from. */
function writeSources(): Map<string, CodeBlock> {
  for (const folder of ['src', 'blocks', 'checks']) rmSync(join(PROJECT, folder), { recursive: true, force: true });
  cpSync(TEMPLATE, PROJECT, { recursive: true });
  const origins = new Map<string, CodeBlock>();
  const blocks = [
    ...documents().flatMap((doc) => typescriptBlocks(readFileSync(join(REPO_ROOT, doc), 'utf8'), doc)),
    ...typescriptBlocks(SENTINEL_MARKDOWN, SENTINEL.source),
  ];
  for (const block of blocks) {
    const path = block.source === SENTINEL.source ? SENTINEL.file : blockPath(block);
    if (path === null) continue;
    const seen = origins.get(path);
    if (seen || existsSync(join(PROJECT, path))) {
      throw new Error(
        `${block.source}:${block.line} and ${seen ? `${seen.source}:${seen.line}` : 'the consumer template'} both write ${path}`,
      );
    }
    mkdirSync(dirname(join(PROJECT, path)), { recursive: true });
    writeFileSync(join(PROJECT, path), block.code);
    origins.set(path, block);
  }
  return origins;
}

/** Runs a binary of the project; resolves with its exit code and output, never rejects. */
async function projectBin(name: string, args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(join(PROJECT, 'node_modules', '.bin', name), args, {
      cwd: PROJECT,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NO_COLOR: '1', PACT_DO_NOT_TRACK: 'true' },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

/** `file(line,col): error TSxxxx: message` lines of tsc's output, by file. */
function typeErrors(output: string): Map<string, string[]> {
  const errors = new Map<string, string[]>();
  for (const line of output.split('\n')) {
    const match = /^(\S+?)\(\d+,\d+\): error (.*)$/.exec(line);
    if (match?.[1]) errors.set(match[1], [...(errors.get(match[1]) ?? []), line]);
  }
  return errors;
}

interface VitestJson {
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { fullName: string; title: string; status: string; failureMessages: string[] }[];
  }[];
}

/** The one test of describeReceiverContract that is skipped when the run has no rows beyond those declared. */
const SKIPPED_BY_DESIGN = 'every other row of the run holds (interactions of your own pact files, ...)';

let origins: Map<string, CodeBlock>;
beforeAll(async () => {
  const tarball = await packedTarball();
  await install(tarball);
  origins = writeSources();
}, 300_000);

describe('consumer project', () => {
  it('consumer > every README and guide block type-checks (strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess, nodenext)', async () => {
    const tsc = await projectBin('tsc', ['-p', 'tsconfig.json', '--pretty', 'false']);
    const errors = typeErrors(tsc.output);
    // The sentinel proves a block that does not compile fails the check.
    expect(errors.get(SENTINEL.file)?.join('\n')).toMatch(/error TS\d+/);
    errors.delete(SENTINEL.file);
    const where = [...errors].map(([file, lines]) => {
      const block = origins.get(file);
      return `${block ? `${block.source}:${block.line} (${file})` : file}\n  ${lines.join('\n  ')}`;
    });
    expect(where.join('\n'), 'blocks that do not compile against the installed package').toBe('');
    expect([...origins.keys()].filter((path) => path.startsWith('blocks/') || path.startsWith('src/')).length).toBeGreaterThan(8);
  }, 120_000);

  it('consumer > the types resolve under moduleResolution node10', async () => {
    const tsc = await projectBin('tsc', ['-p', 'tsconfig.node10.json', '--pretty', 'false']);
    expect(tsc.output).toBe('');
    expect(tsc.code).toBe(0);
  }, 120_000);

  it('consumer > the runnable blocks pass, and the acceptance checks of the installed package hold', async () => {
    const report = join(PROJECT, 'vitest-report.json');
    rmSync(report, { force: true });
    const vitest = await projectBin('vitest', ['run', '--reporter=json', `--outputFile=${report}`]);
    expect(existsSync(report), vitest.output.slice(-2000)).toBe(true);
    const files = (JSON.parse(readFileSync(report, 'utf8')) as VitestJson).testResults;
    // A file whose hooks fail reports its tests as skipped: every file but the unsigned check must pass as a whole.
    const brokenFiles = files
      .filter((file) => file.status !== 'passed' && !file.name.endsWith('checks/unsigned-receiver.test.ts'))
      .map((file) => `${file.name.slice(PROJECT.length + 1)}: ${file.message ?? file.status}`);
    expect(brokenFiles.join('\n')).toBe('');
    const results = files.flatMap((file) => file.assertionResults.map((test) => ({ file: file.name.slice(PROJECT.length + 1), ...test })));
    const failed = (file: (name: string) => boolean) =>
      results.filter((r) => file(r.file) && r.status === 'failed').map((r) => `${r.file} > ${r.fullName}\n${r.failureMessages.join('\n')}`);

    const runnable = [...origins.keys()].filter((path) => path.endsWith('.test.ts'));
    expect(runnable.length).toBeGreaterThanOrEqual(5);
    expect(new Set(results.map((r) => r.file))).toEqual(
      new Set([...runnable, 'checks/installed-cli.test.ts', 'checks/unsigned-receiver.test.ts']),
    );
    expect(failed((file) => !file.startsWith('checks/unsigned')).join('\n\n')).toBe('');
    const skipped = results.filter((r) => r.status !== 'passed' && r.status !== 'failed' && r.title !== SKIPPED_BY_DESIGN);
    expect(skipped.map((r) => `${r.file} > ${r.fullName}: ${r.status}`)).toEqual([]);

    // A receiver that accepts unsigned deliveries fails its describeReceiverContract suite, on those rows only.
    const unsigned = results.filter((r) => r.file === 'checks/unsigned-receiver.test.ts');
    expect(
      unsigned
        .filter((r) => r.status === 'failed')
        .map((r) => r.title)
        .sort(),
    ).toEqual([
      'kushki: forged-signature',
      'kushki: missing-signature',
      'kustom: forged-signature',
      'kustom: future-timestamp',
      'kustom: missing-signature',
      'kustom: stale-timestamp',
    ]);
    const message = unsigned.find((r) => r.title === 'kushki: missing-signature')?.failureMessages.join('\n') ?? '';
    expect(message).toMatch(/expected: a delivery without signature headers is refused/);
    expect(message).toMatch(/got: status 200, body ""/);
    expect(message).not.toMatch(/src\/pact\/vitest\.ts/);
  }, 180_000);
});

describe('markdown blocks', () => {
  it('markdown blocks > fences, flags, declared paths and test files', () => {
    const blocks = typescriptBlocks(
      "text\n```ts\n// src/app.ts\nexport const a = 1;\n```\n```ts norun\nimport { it } from 'vitest';\n```\n  ```typescript nocheck\n  x;\n  ```\n```sh\nnpm test\n```\n",
      'docs/guide/some-guide.md',
    );
    expect(blocks.map((b) => [b.line, b.flags, blockPath(b)])).toEqual([
      [2, [], 'src/app.ts'],
      [6, ['norun'], 'blocks/guide-some-guide-6.ts'],
      [9, ['nocheck'], null],
    ]);
    expect(blocks[2]?.code).toBe('x;\n');
    expect(blockPath({ source: 'README.md', line: 3, flags: [], code: "import { it } from 'vitest';\n" })).toBe('blocks/readme-3.test.ts');
  });
});
