/** Turns what the caller asks to send into the exact bytes, provider and ids of each delivery. */

import { getVariant, isVariantId, type Provider, type VariantId, variants } from '../../src/catalogue/variant-catalogue.js';
import { variantExamples } from '../../src/generated/catalogue.js';
import { newKustomMessageId } from '../../src/signatures/kustom-signature.js';
import { parseWebhook } from '../../src/validation/parse-webhook.js';
import { WebhookSendError } from './webhook-send-error.js';

/**
 * One webhook to send, in one of three forms:
 * - `{ variant }`: the variant's payload from the `build` hook, else its bundled example;
 * - `{ event }`: this payload, sent as compact `JSON.stringify(event)`;
 * - `{ body }`: these exact bytes (pretty JSON, odd key order, even invalid JSON), signed as they are.
 *
 * `provider` is taken from the variant, else detected from the payload with `parseWebhook`; pass it
 * for a payload that cannot be recognised. `variant` with `event` or `body` only labels the report.
 *
 * @example
 * await sendAll({ target, webhooks: ['kushki.card.approved', { event: myEvent }, { body: pretty, provider: 'kustom' }] });
 */
export type WebhookInput = (
  | { variant: VariantId; event?: undefined; body?: undefined; provider?: Provider }
  | { event: object; body?: string | Uint8Array; variant?: VariantId; provider?: Provider }
  | { body: string | Uint8Array; event?: undefined; variant?: VariantId; provider?: Provider }
) &
  WebhookReplayHeaders;

/**
 * Headers of one webhook, for replaying a recorded delivery: `headers` are sent with it (after the
 * delivery options' `headers`), and `sign: false` sends them as they are, without signing anew (the
 * original signature then holds only within the receiver's timestamp tolerance).
 *
 * @example
 * await sendWebhook({ body: recorded.body, provider: 'kushki', headers: recorded.headers, sign: false, target });
 */
export interface WebhookReplayHeaders {
  headers?: Record<string, string> | undefined;
  /** Default `true`: sign every attempt. */
  sign?: boolean | undefined;
}

/**
 * Builds the payload of a variant (plug fixture factories in here). Without it the sender sends the
 * variant's bundled example.
 *
 * @example
 * import { fixtures } from 'hookproof/fixtures';
 * await sendAll({ target, build: (variant) => fixtures.build(variant) });
 */
export type BuildPayload = (variant: VariantId) => object;

/** A webhook ready to deliver: the bytes never change between attempts or copies. */
export interface PreparedWebhook {
  index: number;
  provider: Provider;
  variant: VariantId | null;
  eventId: string | null;
  body: string | Uint8Array;
  /** Kustom's `webhook-id`, fixed for every attempt and copy of this webhook; `null` for Kushki. */
  webhookId: string | null;
  /** This webhook's own headers (a replayed recording's), or `null`. */
  headers: Record<string, string> | null;
  /** Whether each attempt is signed. */
  sign: boolean;
  /** The payload's `publicMerchantId` (Kushki's `X-Kushki-Key`), read from the event, so signing need not parse the body. */
  publicMerchantId: string | undefined;
}

// The bundled examples never change: serialise each once. The payload is only read (ids), never changed.
const exampleBodies = new Map<VariantId, { payload: unknown; body: string }>();

function examplePayload(variant: VariantId): { payload: unknown; body: string } {
  let cached = exampleBodies.get(variant);
  if (!cached) {
    const example = variantExamples.find((e) => e.variant === variant);
    if (!example) throw new WebhookSendError('unknown-variant', `no example payload for ${variant}`);
    cached = { payload: example.payload, body: JSON.stringify(example.payload) };
    exampleBodies.set(variant, cached);
  }
  return cached;
}

function publicMerchantIdOf(value: unknown): string | undefined {
  const id = (value as { publicMerchantId?: unknown } | null)?.publicMerchantId;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

function eventIdOf(value: unknown): string | null {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : null;
}

function payloadOf(input: WebhookInput, index: number, build: BuildPayload | undefined): { payload: unknown; body: string | Uint8Array } {
  if (input.body !== undefined) {
    if (typeof input.body !== 'string' && !(input.body instanceof Uint8Array)) {
      throw new WebhookSendError('invalid-webhook', `webhook #${index}: body must be a string or bytes`);
    }
    return { payload: input.event ?? input.body, body: input.body };
  }
  let event: unknown = input.event;
  if (event === undefined) {
    if (input.variant === undefined) throw new WebhookSendError('invalid-webhook', `webhook #${index}: give a variant, an event or a body`);
    if (!build) return examplePayload(input.variant);
    event = build(input.variant);
  }
  const body = JSON.stringify(event);
  if (typeof body !== 'string') throw new WebhookSendError('invalid-webhook', `webhook #${index}: the event is not JSON-serialisable`);
  return { payload: event, body };
}

/** Resolves one input; throws a `WebhookSendError` for one that cannot be sent. */
export function prepareWebhook(raw: VariantId | WebhookInput, index: number, build: BuildPayload | undefined): PreparedWebhook {
  const input: WebhookInput = typeof raw === 'string' ? { variant: raw } : raw;
  if (input === null || typeof input !== 'object')
    throw new WebhookSendError('invalid-webhook', `webhook #${index}: expected a variant id or { variant | event | body }`);
  if (input.variant !== undefined && !isVariantId(input.variant)) {
    throw new WebhookSendError('unknown-variant', `webhook #${index}: unknown variant ${JSON.stringify(input.variant)}`);
  }
  const { payload, body } = payloadOf(input, index, build);
  let provider: Provider | null = input.provider ?? (input.variant ? getVariant(input.variant).provider : null);
  let variant: VariantId | null = input.variant ?? null;
  if (provider === null || variant === null) {
    const parsed = parseWebhook(payload, provider ? { provider } : {});
    provider ??= parsed.provider;
    variant ??= parsed.variant;
  }
  if (provider !== 'kustom' && provider !== 'kushki') {
    throw new WebhookSendError(
      'unknown-provider',
      `webhook #${index}: cannot tell whether it is a Kustom or a Kushki webhook: pass provider`,
    );
  }
  return {
    index,
    provider,
    variant,
    eventId: eventIdOf(payload),
    body,
    webhookId: provider === 'kustom' ? newKustomMessageId() : null,
    headers: input.headers ?? null,
    sign: input.sign !== false,
    // Only when the body is the payload serialised here; a given body is parsed at signing, as before.
    publicMerchantId: provider === 'kushki' && input.body === undefined ? publicMerchantIdOf(payload) : undefined,
  };
}

/** The whole catalogue, one webhook per variant, in catalogue order. */
export function catalogueInputs(): VariantId[] {
  return variants.map((v) => v.id);
}
