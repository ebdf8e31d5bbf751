/** Runs the real Rust `pact-broker` CLI shipped in `@pact-foundation/pact-cli` (a dev dependency). */
import { createRequire } from 'node:module';
import { type CliRun, runNodeScript } from './run-cli.js';

const PACT_BROKER_BIN = createRequire(import.meta.url).resolve('@pact-foundation/pact-cli/bin/pact-broker.js');

export function runPactBrokerCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return runNodeScript(PACT_BROKER_BIN, args, { env });
}
