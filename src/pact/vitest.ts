/**
 * hookproof/pact/vitest: one vitest test per variant of the receiver's contract verification.
 * Requires `vitest` (an optional peer dependency).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { variants } from '../catalogue/variant-catalogue.js';
import { type ProviderSelection, selectedProviders } from './receiver-target.js';
import { type ReceiverVerification, type VerifyReceiverOptions, verifyReceiver } from './verify-receiver.js';

/** The options of `verifyReceiver` but the provider, which the test names need up front. */
export type ReceiverOptions = Omit<VerifyReceiverOptions, 'provider'>;

/**
 * Declares a `describe` block with one test per variant of the selected providers. The options may be
 * a function, called in `beforeAll`, so that the receiver's URL can come from a server started there.
 *
 * @example
 * import { describeReceiverContract } from 'hookproof/pact/vitest';
 *
 * let server: { url: string; close(): Promise<void> };
 * beforeAll(async () => { server = await startMyReceiver(); });
 * afterAll(() => server.close());
 *
 * describeReceiverContract('webhook receiver', 'all', () => ({
 *   url: server.url,
 *   stateHandlers: { 'an IPP session exists': ({ session_id }) => db.sessions.insert(session_id) },
 * }));
 * @see https://docs.pact.io/getting_started/provider_verification
 */
export function describeReceiverContract(
  name: string,
  provider: ProviderSelection,
  options: ReceiverOptions | (() => ReceiverOptions | Promise<ReceiverOptions>),
  timeoutMs = 120_000,
): void {
  const providers = selectedProviders(provider);
  describe(name, () => {
    let result: ReceiverVerification;
    beforeAll(async () => {
      const resolved = typeof options === 'function' ? await options() : options;
      result = await verifyReceiver({ ...resolved, provider });
    }, timeoutMs);
    for (const variant of variants.filter((v) => providers.includes(v.provider))) {
      it(`${variant.id} is acknowledged with 200`, () => {
        const row = result.variants.find((r) => r.variant === variant.id);
        expect(row, `${variant.id} was not verified`).toBeDefined();
        expect(row?.passed, row?.mismatches.join('; ')).toBe(true);
      });
    }
  });
}
