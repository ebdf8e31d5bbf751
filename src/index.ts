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

export type {
  paths as KustomApiPaths,
  webhooks as KustomOpenApiWebhooks,
  components as KustomApiComponents,
} from './generated/openapi/kustom.js';
export type { webhooks as KushkiOpenApiWebhooks } from './generated/openapi/kushki.js';
