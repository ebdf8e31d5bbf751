/** Why a webhook delivery failed signature verification: the typed error and its reason codes. */

/**
 * Why a delivery was rejected. Stable codes: a receiver may map them to responses and log lines.
 *
 * - `missing-header`: a required signature header is absent or empty.
 * - `malformed-header`: a header is present but unreadable (a timestamp that is not an integer, a
 *   `webhook-signature` with no `v1,` entry, a signature that is not hex).
 * - `bad-signature`: no signature matches the body and the secret(s).
 * - `stale-timestamp`: the signed timestamp is older than the tolerance (a replay, or a clock far behind).
 * - `future-timestamp`: the signed timestamp is further in the future than the tolerance.
 * - `wrong-key`: Kushki's `X-Kushki-Key` is not the public key the receiver expects.
 */
export type VerificationFailureReason =
  | 'missing-header'
  | 'malformed-header'
  | 'bad-signature'
  | 'stale-timestamp'
  | 'future-timestamp'
  | 'wrong-key';

/**
 * A delivery whose signature headers do not prove it comes from the provider. Thrown by
 * `verifyKushkiSignature` and `verifyKustomSignature`; answer it with 401.
 *
 * Configuration mistakes of the receiver (an empty secret, a body that is not the raw request
 * body) are not verification failures: they throw a `TypeError`, so they are not mistaken for a
 * forged request.
 *
 * @example
 * import { verifyKustomSignature, WebhookVerificationError } from 'hookproof';
 *
 * try {
 *   await verifyKustomSignature({ body: rawBody, headers: req.headers, secrets: process.env.KUSTOM_WEBHOOK_SECRET! });
 * } catch (error) {
 *   if (error instanceof WebhookVerificationError) return res.status(401).send(error.reason);
 *   throw error;
 * }
 * @see https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md#verifying-webhook-authenticity
 */
export class WebhookVerificationError extends Error {
  override readonly name = 'WebhookVerificationError';
  /** The reason code. */
  readonly reason: VerificationFailureReason;
  /** The header the reason is about, lower-case (`x-kushki-signature`, `webhook-timestamp`), when there is one. */
  readonly header: string | undefined;

  constructor(reason: VerificationFailureReason, message: string, header?: string) {
    super(message);
    this.reason = reason;
    this.header = header;
  }
}

/**
 * The outcome of a non-throwing verification (`safeVerifyKushkiSignature`, `safeVerifyKustomSignature`).
 *
 * @example
 * const result = await safeVerifyKushkiSignature({ body, headers, secret });
 * if (!result.ok) console.warn(result.reason, result.message);
 * else console.log('delivery', result.delivery.id);
 */
export type VerificationResult<T> =
  | { ok: true; delivery: T }
  | { ok: false; reason: VerificationFailureReason; message: string; header: string | undefined };

/** Runs a throwing verification and turns a `WebhookVerificationError` into a value. */
export async function asVerificationResult<T>(verify: () => Promise<T>): Promise<VerificationResult<T>> {
  try {
    return { ok: true, delivery: await verify() };
  } catch (error) {
    if (error instanceof WebhookVerificationError) {
      return { ok: false, reason: error.reason, message: error.message, header: error.header };
    }
    throw error;
  }
}
