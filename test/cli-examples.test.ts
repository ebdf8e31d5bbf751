/** `hookproof examples <variant>` prints a bundled payload that `validate` accepts, for a file of your own. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleOf } from './support/examples.js';
import { runCli } from './support/run-cli.js';

describe('cli examples', () => {
  it('cli examples > a variant id prints its bundled payload, which validate accepts', async () => {
    const run = await runCli(['examples', 'kushki.card.declined']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(exampleOf('kushki.card.declined'));
    const file = join(mkdtempSync(join(tmpdir(), 'hookproof-example-')), 'declined.json');
    writeFileSync(file, run.stdout);
    const validated = await runCli(['validate', file]);
    expect(validated.stdout).toMatch(/valid kushki\.card\.declined/);
    expect(validated.code).toBe(0);
  });

  it('cli examples > an unknown variant is a usage error in one line', async () => {
    const run = await runCli(['examples', 'kushki.card.renamed']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('hookproof: unknown variant "kushki.card.renamed": see hookproof list');
  });
});
