/** Runs the Pact verifier in a child process (see verifier-process.ts) and returns its JSON results. */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildMessage, StartVerification, StateRequest } from './verifier-messages.js';

/** One failed interaction in the verifier's results. */
export interface VerifierError {
  interaction: string;
  mismatch: { type: string; message?: string; mismatches?: { type: string; mismatch: string; actual?: unknown; expected?: unknown }[] };
}

/** The verifier's JSON results, as the Rust core reports them. */
export interface VerifierResults {
  result: boolean;
  interactionResults?: { description: string; result: string; duration?: string }[] | undefined;
  errors?: VerifierError[] | undefined;
  /** The failures of pending pacts (they do not fail the verification). */
  pendingErrors?: VerifierError[] | undefined;
  output?: string[] | undefined;
}

export type StateCallback = (request: Omit<StateRequest, 'type' | 'id'>) => Promise<void>;

/**
 * The environment without `PACT_BROKER_*`: pact-core would otherwise add a broker source (or publish)
 * on its own whenever they are set; hookproof passes the broker options it resolved explicitly.
 */
function withoutBrokerVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith('PACT_BROKER_')));
}

/** Whether this module runs from TypeScript sources (tests) rather than the built package. */
const fromSources = import.meta.url.endsWith('.ts');

export async function runPactVerifier(
  start: Omit<StartVerification, 'type'>,
  onState: StateCallback,
): Promise<{ results: VerifierResults; output: string }> {
  const entry = fileURLToPath(new URL(fromSources ? './verifier-process.ts' : './verifier-process.js', import.meta.url));
  const child = fork(entry, [], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    execArgv: fromSources ? ['--import', 'tsx'] : [],
    env: { ...withoutBrokerVariables(process.env), PACT_DO_NOT_TRACK: 'true' },
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));

  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'state') {
        onState({ action: message.action, name: message.name, params: message.params })
          .then(() => child.send({ type: 'state-done', id: message.id }))
          .catch((error: unknown) =>
            child.send({ type: 'state-done', id: message.id, error: error instanceof Error ? error.message : String(error) }),
          );
        return;
      }
      finish(() => {
        if (message.results === null) reject(new Error(`the Pact verifier could not run: ${message.failure ?? 'unknown error'}`));
        else resolve({ results: JSON.parse(message.results) as VerifierResults, output });
      });
    });
    child.on('error', (error) => finish(() => reject(error)));
    child.on('exit', (code) =>
      finish(() => reject(new Error(`the Pact verifier process exited (${code ?? 'signal'}) before reporting:\n${output.trim()}`))),
    );
    child.send({ type: 'start', ...start });
  });
}
