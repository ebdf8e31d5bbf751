/** Why a send could not start: a mistake in what was asked, found before anything is sent. */

/**
 * Codes of `WebhookSendError`: `unknown-variant`, `unknown-provider` (the payload is neither
 * recognisably Kustom nor Kushki and no `provider` was given), `invalid-webhook` (no variant,
 * event or body; an event that is not JSON), `invalid-target`, `invalid-option` (a bad schedule,
 * timeout, concurrency or secret).
 */
export type WebhookSendErrorCode = 'unknown-variant' | 'unknown-provider' | 'invalid-webhook' | 'invalid-target' | 'invalid-option';

/**
 * A send that cannot start. `sendWebhook` and `sendAll` reject with it before sending anything;
 * failures of the receiver are never thrown, they are in the report.
 *
 * @example
 * try {
 *   await sendWebhook({ event: { hello: 'world' }, target: url });
 * } catch (error) {
 *   if (error instanceof WebhookSendError && error.code === 'unknown-provider') { ... } // pass provider
 * }
 */
export class WebhookSendError extends Error {
  override readonly name = 'WebhookSendError';
  constructor(
    readonly code: WebhookSendErrorCode,
    message: string,
  ) {
    super(message);
  }
}
