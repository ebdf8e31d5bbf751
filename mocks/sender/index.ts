/**
 * hookproof/sender: delivers Kustom and Kushki webhooks to a receiver exactly as the providers do
 * (bytes, headers, signatures, retries, duplicates), and reports every delivery. Also re-exports the
 * signing and verification functions, so a test needs one import for both sides.
 *
 * @example
 * import { sendAll, fastSchedule, verifyKustomSignature, testSecrets } from 'hookproof/sender';
 *
 * const report = await sendAll({ target: app.fetch, schedule: fastSchedule });
 * expect(report.ok).toBe(true);
 */
export { sendWebhook, sendAll } from './send-webhooks.js';
export type { DeliveryOptions, SendWebhookOptions, SendAllOptions } from './send-webhooks.js';
export type { WebhookInput, BuildPayload } from './prepare-webhook.js';
export type { SenderSecrets } from './sender-signing.js';
export type { WebhookTarget, WebhookHandler } from './webhook-target.js';
export { standardWebhooksSchedule, fastSchedule, retrySchedule } from './retry-schedule.js';
export type {
  DeliveryReport,
  DeliveryRecord,
  DeliveryAttempt,
  DeliveryTotals,
  DeliveryFailure,
  AttemptErrorKind,
} from './delivery-report.js';
export { WebhookSendError } from './webhook-send-error.js';
export type { WebhookSendErrorCode } from './webhook-send-error.js';

export {
  signKushki,
  verifyKushkiSignature,
  safeVerifyKushkiSignature,
  testKushkiKey,
} from '../../src/signatures/kushki-signature.js';
export type {
  KushkiSignatureHeaders,
  SignKushkiOptions,
  VerifyKushkiOptions,
  VerifiedKushkiDelivery,
} from '../../src/signatures/kushki-signature.js';
export {
  signKustom,
  verifyKustomSignature,
  safeVerifyKustomSignature,
  standardWebhooksScheme,
} from '../../src/signatures/kustom-signature.js';
export type {
  KustomSignatureScheme,
  SignKustomOptions,
  VerifyKustomOptions,
  VerifiedKustomDelivery,
} from '../../src/signatures/kustom-signature.js';
export type { KustomSecret } from '../../src/signatures/kustom-secret.js';
export { WebhookVerificationError } from '../../src/signatures/webhook-verification-error.js';
export type { VerificationFailureReason, VerificationResult } from '../../src/signatures/webhook-verification-error.js';
export type { WebhookHeaders } from '../../src/signatures/webhook-headers.js';
export type { RawBody } from '../../src/signatures/raw-body.js';
export { testSecrets } from '../../src/signatures/test-secrets.js';
