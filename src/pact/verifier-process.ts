/**
 * Child-process entry that runs the Pact verifier (the Rust core shipped in @pact-foundation/pact).
 * The core prints its own report on standard output; running it here keeps the parent's output (a
 * table, or JSON) clean. Provider state changes are forwarded to the parent's handlers.
 */
import type { VerifierOptions } from '@pact-foundation/pact';
// The verifier alone: the package entry also loads the consumer DSL, the mock server and message
// pacts, about 100 ms of a 0.6 s `hookproof verify` run (see `npm run bench`). The path is that of the
// pinned @pact-foundation/pact 16.5.0 (the package has no `exports` map); the conformance tests run it.
import { Verifier } from '@pact-foundation/pact/src/dsl/verifier/verifier.js';
import type { ChildMessage, ParentMessage, StateReply } from './verifier-messages.js';

process.env.PACT_DO_NOT_TRACK ??= 'true';

const send = (message: ChildMessage) => process.send?.(message);
const pending = new Map<number, (reply: StateReply) => void>();
let nextId = 0;

function forwardState(action: 'setup' | 'teardown', name: string, params: unknown): Promise<undefined> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, (reply) => (reply.error ? reject(new Error(reply.error)) : resolve(undefined)));
    send({ type: 'state', id, action, name, params: (params ?? {}) as Record<string, unknown> });
  });
}

process.on('message', (message: ParentMessage) => {
  if (message.type === 'state-done') {
    pending.get(message.id)?.(message);
    pending.delete(message.id);
    return;
  }
  // pact-js types the handlers of HTTP and message pacts as one intersection; these are HTTP handlers.
  const stateHandlers = Object.fromEntries(
    message.states.map((name) => [
      name,
      {
        setup: (params: unknown) => forwardState('setup', name, params),
        teardown: (params: unknown) => forwardState('teardown', name, params),
      },
    ]),
  ) as unknown as VerifierOptions['stateHandlers'];
  new Verifier({
    providerBaseUrl: message.providerBaseUrl,
    provider: message.pactProvider,
    ...(message.broker ? message.broker : { pactUrls: message.pactFiles }),
    stateHandlers,
    logLevel: 'error',
    timeout: message.timeoutMs,
  })
    .verifyProvider()
    .then((results: unknown) => send({ type: 'done', results: String(results) }))
    .catch((error: unknown) => {
      const text = error instanceof Error ? error.message : String(error);
      // A failed verification rejects with the JSON results as the message.
      if (text.startsWith('{')) send({ type: 'done', results: text });
      else send({ type: 'done', results: null, failure: text });
    })
    .finally(() => setTimeout(() => process.exit(0), 10));
});
