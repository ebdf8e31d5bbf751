/** The messages between `verifyReceiver` and the child process that runs the Pact verifier. */

export interface StartVerification {
  type: 'start';
  providerBaseUrl: string;
  pactFiles: string[];
  pactProvider: string;
  /** Every provider state named in the pact files: each is forwarded to the parent's handlers. */
  states: string[];
  timeoutMs: number;
}

export interface StateRequest {
  type: 'state';
  id: number;
  action: 'setup' | 'teardown';
  name: string;
  params: Record<string, unknown>;
}

export interface StateReply {
  type: 'state-done';
  id: number;
  error?: string | undefined;
}

export interface VerificationDone {
  type: 'done';
  /** The verifier's JSON results (`interactionResults`, `errors`, `result`), or `null` when it could not run. */
  results: string | null;
  /** Why the verifier could not run. */
  failure?: string | undefined;
}

export type ParentMessage = StartVerification | StateReply;
export type ChildMessage = StateRequest | VerificationDone;
