/**
 * hookproof: the documented webhooks of Kustom In-Person Payments and Kushki Payment Button as
 * types, a variant catalogue and a validator.
 *
 * @example
 * import { parseWebhook, variants, type KushkiWebhook } from 'hookproof';
 */

export type {
  Provider,
  ProviderOf,
  VariantEntry,
  VariantId,
  WebhookByVariant,
} from './catalogue/variant-catalogue.js';
export {
  getVariant,
  isVariantId,
  providers,
  variants,
  variantsOf,
} from './catalogue/variant-catalogue.js';
export { kustomOtherEventTypes } from './generated/catalogue.js';
export type { webhooks as KushkiOpenApiWebhooks } from './generated/openapi/kushki.js';
export type {
  components as KustomApiComponents,
  paths as KustomApiPaths,
  webhooks as KustomOpenApiWebhooks,
} from './generated/openapi/kustom.js';
export type {
  KushkiAmount,
  KushkiCardApproved,
  KushkiCardContactDetails,
  KushkiCardDeclined,
  KushkiCashApproved,
  KushkiCashExpired,
  KushkiPersonContactDetails,
  KushkiProduct,
  KushkiSyncMetadata,
  KushkiTransferApproved,
  KushkiTransferDeclined,
  KustomIppSessionActivated,
  KustomIppSessionCancelled,
  KustomIppSessionCreated,
  KustomIppSessionFinalized,
  KustomOtherEvent,
  KustomWebhookEnvelope,
} from './generated/schema-types.js';
export type {
  KushkiSignatureHeaders,
  SignKushkiOptions,
  VerifiedKushkiDelivery,
  VerifyKushkiOptions,
} from './signatures/kushki-signature.js';
export {
  safeVerifyKushkiSignature,
  signKushki,
  testKushkiKey,
  verifyKushkiSignature,
} from './signatures/kushki-signature.js';
export type { KustomSecret } from './signatures/kustom-secret.js';
export type {
  KustomSignatureScheme,
  SignKustomOptions,
  VerifiedKustomDelivery,
  VerifyKustomOptions,
} from './signatures/kustom-signature.js';
export {
  newKustomMessageId,
  safeVerifyKustomSignature,
  signKustom,
  standardWebhooksScheme,
  verifyKustomSignature,
} from './signatures/kustom-signature.js';
export type { RawBody } from './signatures/raw-body.js';
export type { DiagnoseOptions, DiagnosisSecrets, SignatureProblem, SignatureVerdict } from './signatures/signature-diagnosis.js';
export { diagnoseSignature } from './signatures/signature-diagnosis.js';
export { testSecrets } from './signatures/test-secrets.js';
export type { HeadersLike, WebhookHeaders } from './signatures/webhook-headers.js';
export type { VerificationFailureReason, VerificationResult } from './signatures/webhook-verification-error.js';
export { WebhookVerificationError } from './signatures/webhook-verification-error.js';
export type { WebhookBody } from './validation/decode-body.js';
export type { ParseIssue } from './validation/parse-issue.js';
export type {
  ParsedOtherKustomEvent,
  ParsedVariant,
  ParseFailure,
  ParseOptions,
  ParseResult,
  ParseResultOf,
} from './validation/parse-webhook.js';
export { parseWebhook } from './validation/parse-webhook.js';
export type { DriftField } from './validation/schema-drift.js';
export { schemaDrift } from './validation/schema-drift.js';
export {
  isKushkiCardApproved,
  isKushkiCardDeclined,
  isKushkiCashApproved,
  isKushkiCashExpired,
  isKushkiTransferApproved,
  isKushkiTransferDeclined,
  isKustomIppSessionActivated,
  isKustomIppSessionCancelled,
  isKustomIppSessionCreated,
  isKustomIppSessionFinalized,
  isWebhookOf,
} from './validation/type-guards.js';
export type {
  HookproofWebhook,
  KushkiWebhook,
  KustomIppSessionEvent,
  KustomWebhook,
} from './webhook-unions.js';
