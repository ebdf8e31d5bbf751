/**
 * The published declarations type-check in a consumer that does not skip library checks
 * (`skipLibCheck: false`, strict, exactOptionalPropertyTypes): every public entry, as built in dist/.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/run-cli.js';

describe('declarations', () => {
  it('declarations > every public entry type-checks with skipLibCheck false', async () => {
    const tsc = join(REPO_ROOT, 'node_modules', '.bin', 'tsc');
    const project = join(REPO_ROOT, 'test', 'declarations', 'tsconfig.json');
    const output = await promisify(execFile)(tsc, ['-p', project, '--pretty', 'false']).then(
      (r) => r.stdout + r.stderr,
      (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ''}${error.stderr ?? ''}`,
    );
    expect(output).toBe('');
  }, 120_000);
});
