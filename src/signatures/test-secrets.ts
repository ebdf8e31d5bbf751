/** Fixed, public signing secrets for tests: the sender and the CLI sign with these unless told otherwise. */

/**
 * The secrets `sendWebhook`, `sendAll` and `hookproof send` use when none is given. They are public:
 * use them only in tests, and verify with the same values in the receiver under test.
 *
 * - `kushki`: the Kushki webhook signature secret (used as UTF-8 bytes).
 * - `kustom`: the Kustom signing secret, Standard Webhooks form.
 * - `kustomNext`: a second Kustom secret, for rotation tests (sign with both, verify with either).
 *
 * @example
 * import { testSecrets, verifyKustomSignature } from 'hookproof';
 * await verifyKustomSignature({ body, headers, secrets: testSecrets.kustom });
 */
export const testSecrets = Object.freeze({
  kushki: 'hookproof-kushki-test-secret',
  kustom: 'whsec_aG9va3Byb29mLWt1c3RvbS1zZWNyZXQx',
  kustomNext: 'whsec_aG9va3Byb29mLWt1c3RvbS1zZWNyZXQy',
} as const);
