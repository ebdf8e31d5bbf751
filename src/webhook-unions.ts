/** Discriminated unions of the payload types: `switch (event.type)` or `switch (event.status)` narrows. */
import type { WebhookByVariant } from './catalogue/variant-catalogue.js';
import type { KustomOtherEvent } from './generated/schema-types.js';

/** An IPP session callback, discriminated by `type`. */
export type KustomIppSessionEvent = WebhookByVariant[Extract<keyof WebhookByVariant, `kustom.${string}`>];

/** Anything Kustom posts to the IPP endpoint: a session callback, or another Kustom event to acknowledge. */
export type KustomWebhook = KustomIppSessionEvent | KustomOtherEvent;

/** A Kushki Payment Button webhook, discriminated by `paymentMethod` and `status`. */
export type KushkiWebhook = WebhookByVariant[Extract<keyof WebhookByVariant, `kushki.${string}`>];

/** Any catalogue variant's payload. */
export type HookproofWebhook = WebhookByVariant[keyof WebhookByVariant];
