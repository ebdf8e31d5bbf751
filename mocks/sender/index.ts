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

export type {
  KushkiSignatureHeaders,
  SignKushkiOptions,
  VerifiedKushkiDelivery,
  VerifyKushkiOptions,
} from '../../src/signatures/kushki-signature.js';
export {
  safeVerifyKushkiSignature,
  signKushki,
  testKushkiKey,
  verifyKushkiSignature,
} from '../../src/signatures/kushki-signature.js';
export type { KustomSecret } from '../../src/signatures/kustom-secret.js';
export type {
  KustomSignatureScheme,
  SignKustomOptions,
  VerifiedKustomDelivery,
  VerifyKustomOptions,
} from '../../src/signatures/kustom-signature.js';
export {
  safeVerifyKustomSignature,
  signKustom,
  standardWebhooksScheme,
  verifyKustomSignature,
} from '../../src/signatures/kustom-signature.js';
export type { RawBody } from '../../src/signatures/raw-body.js';
export { testSecrets } from '../../src/signatures/test-secrets.js';
export type { WebhookHeaders } from '../../src/signatures/webhook-headers.js';
export type { VerificationFailureReason, VerificationResult } from '../../src/signatures/webhook-verification-error.js';
export { WebhookVerificationError } from '../../src/signatures/webhook-verification-error.js';
export type {
  AttemptErrorKind,
  DeliveryAttempt,
  DeliveryFailure,
  DeliveryRecord,
  DeliveryReport,
  DeliveryTotals,
} from './delivery-report.js';
export type { BuildPayload, WebhookInput, WebhookReplayHeaders } from './prepare-webhook.js';
export { fastSchedule, retrySchedule, standardWebhooksSchedule } from './retry-schedule.js';
export type { DeliveryOptions, SendAllOptions, SendWebhookOptions } from './send-webhooks.js';
export { sendAll, sendWebhook } from './send-webhooks.js';
export type { SenderSecrets } from './sender-signing.js';
export type { WebhookSendErrorCode } from './webhook-send-error.js';
export { WebhookSendError } from './webhook-send-error.js';
export type { WebhookHandler, WebhookTarget } from './webhook-target.js';
