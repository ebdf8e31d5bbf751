/**
 * hookproof: the documented webhooks of Kustom In-Person Payments and Kushki Payment Button as
 * types, a variant catalogue and a validator.
 *
 * @example
 * import { parseWebhook, variants, type KushkiWebhook } from 'hookproof';
 */
export {
  variants,
  providers,
  getVariant,
  isVariantId,
  variantsOf,
} from './catalogue/variant-catalogue.js';
export type {
  VariantEntry,
  VariantId,
  Provider,
  ProviderOf,
  WebhookByVariant,
} from './catalogue/variant-catalogue.js';
export { kustomOtherEventTypes } from './generated/catalogue.js';

export { parseWebhook } from './validation/parse-webhook.js';
export type {
  ParseOptions,
  ParseResult,
  ParsedVariant,
  ParsedOtherKustomEvent,
  ParseFailure,
} from './validation/parse-webhook.js';
export type { ParseIssue } from './validation/parse-issue.js';
export type { WebhookBody } from './validation/decode-body.js';
export {
  isWebhookOf,
  isKustomIppSessionCreated,
  isKustomIppSessionActivated,
  isKustomIppSessionFinalized,
  isKustomIppSessionCancelled,
  isKushkiCardApproved,
  isKushkiCardDeclined,
  isKushkiTransferApproved,
  isKushkiTransferDeclined,
  isKushkiCashApproved,
  isKushkiCashExpired,
} from './validation/type-guards.js';

export type {
  KustomIppSessionCreated,
  KustomIppSessionActivated,
  KustomIppSessionFinalized,
  KustomIppSessionCancelled,
  KustomOtherEvent,
  KustomWebhookEnvelope,
  KushkiCardApproved,
  KushkiCardDeclined,
  KushkiTransferApproved,
  KushkiTransferDeclined,
  KushkiCashApproved,
  KushkiCashExpired,
  KushkiAmount,
  KushkiProduct,
  KushkiCardContactDetails,
  KushkiPersonContactDetails,
  KushkiSyncMetadata,
} from './generated/schema-types.js';
export type {
  KustomWebhook,
  KustomIppSessionEvent,
  KushkiWebhook,
  HookproofWebhook,
} from './webhook-unions.js';

export {
  signKushki,
  verifyKushkiSignature,
  safeVerifyKushkiSignature,
  testKushkiKey,
} from './signatures/kushki-signature.js';
export type {
  KushkiSignatureHeaders,
  SignKushkiOptions,
  VerifyKushkiOptions,
  VerifiedKushkiDelivery,
} from './signatures/kushki-signature.js';
export {
  signKustom,
  verifyKustomSignature,
  safeVerifyKustomSignature,
  standardWebhooksScheme,
  newKustomMessageId,
} from './signatures/kustom-signature.js';
export type {
  KustomSignatureScheme,
  SignKustomOptions,
  VerifyKustomOptions,
  VerifiedKustomDelivery,
} from './signatures/kustom-signature.js';
export type { KustomSecret } from './signatures/kustom-secret.js';
export { WebhookVerificationError } from './signatures/webhook-verification-error.js';
export type { VerificationFailureReason, VerificationResult } from './signatures/webhook-verification-error.js';
export type { WebhookHeaders, HeadersLike } from './signatures/webhook-headers.js';
export type { RawBody } from './signatures/raw-body.js';
export { testSecrets } from './signatures/test-secrets.js';

export type {
  paths as KustomApiPaths,
  webhooks as KustomOpenApiWebhooks,
  components as KustomApiComponents,
} from './generated/openapi/kustom.js';
export type { webhooks as KushkiOpenApiWebhooks } from './generated/openapi/kushki.js';
