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

  it('cli snapshot > validate-invalid.txt: every error of a broken payload, with its path and hint', async () => {
    const payload = { ...exampleOf('kushki.card.declined'), syncMetadata: true, product: { unitPrice: 100 }, created: 1678903213 };
    delete (payload as Record<string, unknown>).code;
    const dir = mkdtempSync(join(tmpdir(), 'hookproof-snap-'));
    writeFileSync(join(dir, 'declined.json'), JSON.stringify(payload));
    const run = await runCli(['validate', 'declined.json'], { cwd: dir });
    expect(run.code).toBe(1);
    await expect(run.stdout).toMatchFileSnapshot(snapshot('validate-invalid.txt'));
  });
});
