/**
 * `@pact-foundation/pact` is an optional peer dependency of hookproof. Loading `hookproof/pact`
 * reads its version synchronously, so a missing peer fails at import with Node's own
 * `Cannot find module '@pact-foundation/pact/package.json'`, not later inside a verification run.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The version of the Pact package doing the verification (an optional peer: `npm i -D @pact-foundation/pact`).
 *
 * @example
 * import { pactVersion } from 'hookproof/pact';
 * console.log(`verified with @pact-foundation/pact ${pactVersion}`);
 */
export const pactVersion: string = (require('@pact-foundation/pact/package.json') as { version: string }).version;
