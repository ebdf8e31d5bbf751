/**
 * What the CLI prints, compared with committed snapshots (test/snapshots/cli/): a change to a table, a
 * help text or an error message shows up in review. Regenerate with `npx vitest run -u test/cli-snapshots.test.ts`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleOf } from './support/examples.js';
import { runCli } from './support/run-cli.js';

const snapshot = (name: string) => join(import.meta.dirname, 'snapshots', 'cli', name);

describe('cli snapshots', () => {
  it.each([
    ['list.txt', ['list']],
    ['list.json', ['list', '--json']],
    ['help.txt', ['--help']],
    ['validate-help.txt', ['validate', '--help']],
    ['send-help.txt', ['send', '--help']],
    ['verify-help.txt', ['verify', '--help']],
    ['docs-help.txt', ['docs', '--help']],
    ['listen-help.txt', ['listen', '--help']],
    ['publish-help.txt', ['publish', '--help']],
    ['examples.txt', ['examples']],
  ])('cli snapshot > %s', async (name, args) => {
    const run = await runCli(args);
    expect(run.code).toBe(0);
    await expect(run.stdout).toMatchFileSnapshot(snapshot(name));
  });

  const product = { unitPrice: 100, quantity: 2, name: 'runners' };
  const divergent = {
    ...exampleOf('kushki.card.declined'),
    syncMetadata: true,
    product,
    created: 1678903213,
    token: 'D23507A568AF477893FA0D298FD97B50',
  };

  it('cli snapshot > validate-warnings.txt: a payload valid by default, each warning with its path and hint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hookproof-snap-'));
    writeFileSync(join(dir, 'declined.json'), JSON.stringify(divergent));
    const run = await runCli(['validate', 'declined.json'], { cwd: dir });
    expect(run.code).toBe(0);
    await expect(run.stdout).toMatchFileSnapshot(snapshot('validate-warnings.txt'));
  });

  it('cli snapshot > validate-invalid.txt: every error of a broken payload under --strict, with its path and hint', async () => {
    const payload: Record<string, unknown> = { ...divergent };
    delete payload.code;
    const dir = mkdtempSync(join(tmpdir(), 'hookproof-snap-'));
    writeFileSync(join(dir, 'declined.json'), JSON.stringify(payload));
    const run = await runCli(['validate', '--strict', 'declined.json'], { cwd: dir });
    expect(run.code).toBe(1);
    await expect(run.stdout).toMatchFileSnapshot(snapshot('validate-invalid.txt'));
  });
});
