/**
 * The CLI's check for an optional peer dependency (`msw`, `@pact-foundation/pact`, ...): a command
 * that needs one calls `requirePeer` before loading its module, so a missing peer is one line and
 * exit 2, never a module-resolution stack trace.
 */
import { createRequire } from 'node:module';
import { CliError } from './cli-error.js';

const require = createRequire(import.meta.url);

/** Whether `name` resolves from hookproof's own location (where Node would look for it). */
export function peerInstalled(name: string): boolean {
  try {
    require.resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
}

/**
 * Throws a `CliError` (exit 2) naming the package and the command that installs it, unless the
 * optional peer `name` is installed.
 *
 * @example
 * requirePeer('msw', 'npm i -D msw', 'mock');
 * // hookproof: mock needs msw, which is not installed: npm i -D msw
 */
export function requirePeer(name: string, install: string, command: string): void {
  if (!peerInstalled(name)) throw new CliError(`${command} needs ${name}, which is not installed: ${install}`);
}
