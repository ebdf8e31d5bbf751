/**
 * `parseWebhook`: decode, recognise and validate a webhook body. Never throws.
 */

import type { Provider, ProviderOf, VariantId, WebhookByVariant } from '../catalogue/variant-catalogue.js';
import type { KustomOtherEvent } from '../generated/schema-types.js';
import { issuesFromAjv } from './ajv-issues.js';
import { compiledValidator, type PayloadSchemaName } from './compiled-validators.js';
import { decodeBody, type WebhookBody } from './decode-body.js';
import { candidateProviders, detectVariant, discriminatedVariant } from './detect-variant.js';
import { withDivergenceHints } from './divergence-hints.js';
import type { ParseIssue } from './parse-issue.js';

/** Options of `parseWebhook`. */
export interface ParseOptions {
  /** The provider the body comes from (the result is narrowed to its variants). Detected from the payload when omitted. */
  provider?: Provider | undefined;
  /** Also reject fields the schemas do not document (providers add fields; by default they are accepted). */
  strict?: boolean | undefined;
  /** Fail unless the payload is this variant (the result is narrowed to it). */
  variant?: VariantId | undefined;
}

/** A payload recognised as a catalogue variant and valid against its schema. */
export type ParsedVariant = {
  [V in VariantId]: {
    ok: true;
    kind: 'variant';
    provider: ProviderOf<V>;
    variant: V;
    event: WebhookByVariant[V];
    warnings: ParseIssue[];
  };
}[VariantId];

/**
 * Another Kustom event on the IPP endpoint (`capture.created`, `ipp.payment.failed`, ...): a valid
 * envelope, not a catalogue variant. A receiver must acknowledge it with 200.
 */
export interface ParsedOtherKustomEvent {
  ok: true;
  kind: 'other-event';
  provider: 'kustom';
  variant: null;
  /** The event's `type`. */
  type: string;
  event: KustomOtherEvent;
  /** Carries a warning when the type is not one Kustom documents. */
  warnings: ParseIssue[];
}

/** Why a body is not a valid webhook: each issue names the JSON Pointer of the offending field. */
export interface ParseFailure {
  ok: false;
  /** The provider the body claims to come from, when that could be told. */
  provider: Provider | null;
  /** The variant the body claims to be, when that could be told. */
  variant: VariantId | null;
  errors: ParseIssue[];
}

/**
 * What `parseWebhook` returns: a catalogue variant, another Kustom event to acknowledge, or a failure
 * whose errors name their JSON Pointers. Narrow on `ok`, then `kind`, then `variant`.
 */
export type ParseResult = ParsedVariant | ParsedOtherKustomEvent | ParseFailure;

/**
 * What `parseWebhook(body, { provider })` returns: that provider's variants (and, for Kustom, its
 * other events) or a failure.
 *
 * @example
 * const result: ParseResultOf<'kushki'> = parseWebhook(body, { provider: 'kushki' });
 * if (result.ok) result.event.transactionReference; // every Kushki variant has one
 */
export type ParseResultOf<P extends Provider> =
  | Extract<ParsedVariant, { provider: P }>
  | (P extends 'kustom' ? ParsedOtherKustomEvent : never)
  | ParseFailure;

const NO_OPTIONS: ParseOptions = Object.freeze({});

function failure(errors: ParseIssue[], provider: Provider | null = null, variant: VariantId | null = null): ParseFailure {
  return { ok: false, provider, variant, errors };
}

/** The issues of a value against a schema, or `null` when there are none (no allocation on the hot path). */
function validate(name: PayloadSchemaName, value: unknown, provider: Provider, strict: boolean): ParseIssue[] | null {
  const validator = compiledValidator(name, strict ? 'strict' : 'lax');
  if (validator(value)) return null;
  const issues = withDivergenceHints(issuesFromAjv(validator.errors), value, provider);
  // The validator said no: never let an empty issue list turn that into a yes.
  return issues.length > 0 ? issues : [{ path: '', message: `is not a valid ${name} payload`, keyword: 'schema' }];
}

/** Lax, undiscriminated parses of an already parsed object: the common case, answered without the full detection. */
function parseFast(o: Record<string, unknown>): ParsedVariant | undefined {
  const detection = discriminatedVariant(o);
  if (!detection?.validators.lax(o)) return undefined;
  return {
    ok: true,
    kind: 'variant',
    provider: detection.provider,
    variant: detection.entry.id,
    event: o,
    warnings: [],
  } as unknown as ParsedVariant;
}

function parse(body: WebhookBody, options: ParseOptions): ParseResult {
  if (options === NO_OPTIONS && typeof body === 'object' && body !== null && !ArrayBuffer.isView(body) && !(body instanceof ArrayBuffer)) {
    const fast = parseFast(body as Record<string, unknown>);
    if (fast) return fast;
  }
  let value = body;
  // An already parsed value is used as it is (no wrapper allocated); raw bodies are decoded first.
  if (typeof body === 'string' || body instanceof Uint8Array || body instanceof ArrayBuffer) {
    const decoded = decodeBody(body);
    if (!decoded.ok) return failure([decoded.issue]);
    value = decoded.value;
  }
  if (options.provider !== undefined) return parseValue(value, options, options.provider);
  // Detect the provider once; a payload with the marks of both is whichever it validates as (Kustom first).
  const candidates = candidateProviders(value);
  if (candidates.length > 1) {
    const results = candidates.map((provider) => parseValue(value, options, provider));
    return results.find((r) => r.ok) ?? (results[0] as ParseResult);
  }
  return parseValue(value, options, candidates[0]);
}

function parseValue(value: unknown, options: ParseOptions, claimed: Provider | undefined): ParseResult {
  const detection = detectVariant(value, claimed);
  const strict = options.strict === true;

  if (detection.kind === 'unrecognised') return failure(detection.issues);
  if (detection.kind === 'unmatched') {
    // Say what else is wrong with the payload, as far as the provider's common shape goes.
    const shape: PayloadSchemaName = detection.provider === 'kustom' ? 'KustomWebhookEnvelope' : 'KushkiCardApproved';
    const extra = (detection.provider === 'kustom' ? validate(shape, value, 'kustom', false) : null) ?? [];
    const issues = [...detection.issues, ...extra.filter((e) => !detection.issues.some((d) => d.path === e.path))];
    if (issues.length === 0) issues.push({ path: '', message: `is not a ${detection.provider} webhook`, keyword: 'variant' });
    return failure(issues, detection.provider);
  }
  if (detection.kind === 'other-event') {
    if (options.variant) {
      return failure(
        [{ path: '/type', message: `must be the event of ${options.variant}, got ${JSON.stringify(detection.type)}`, keyword: 'variant' }],
        'kustom',
      );
    }
    const errors = validate('KustomOtherEvent', value, 'kustom', strict);
    if (errors) return failure(errors, 'kustom');
    const warnings: ParseIssue[] = detection.documented
      ? []
      : [{ path: '/type', message: `${JSON.stringify(detection.type)} is not a Kustom event type hookproof knows`, keyword: 'variant' }];
    return {
      ok: true,
      kind: 'other-event',
      provider: 'kustom',
      variant: null,
      type: detection.type,
      event: value as KustomOtherEvent,
      warnings,
    };
  }

  const { entry, provider, validators } = detection;
  if (options.variant && options.variant !== entry.id) {
    const field = provider === 'kustom' ? '/type' : '/status';
    return failure(
      [{ path: field, message: `must be the payload of ${options.variant}, got ${entry.id}`, keyword: 'variant' }],
      provider,
      entry.id,
    );
  }
  const validator = strict ? validators.strict : validators.lax;
  if (!validator(value)) {
    const errors = withDivergenceHints(issuesFromAjv(validator.errors), value, provider);
    if (errors.length === 0) errors.push({ path: '', message: `is not a valid ${entry.id} payload`, keyword: 'schema' });
    return failure(errors, provider, entry.id);
  }
  return { ok: true, kind: 'variant', provider, variant: entry.id, event: value, warnings: [] } as ParsedVariant;
}

/**
 * Decodes, recognises and validates a webhook body from Kustom or Kushki.
 *
 * The body may be the raw request body (a string, a `Uint8Array` or `Buffer`, an `ArrayBuffer`) or an
 * already parsed JSON value. The provider and the variant are detected from the payload unless given.
 * It never throws: invalid JSON, a non-object, a wrong provider or a schema violation all come back as
 * `{ ok: false, errors }`, each error naming the JSON Pointer of the offending field.
 *
 * @example
 * import { parseWebhook } from 'hookproof';
 *
 * const result = parseWebhook(rawBody);
 * if (!result.ok) return reply(400, result.errors);
 * if (result.kind === 'other-event') return reply(200); // capture.created & co: acknowledge
 * switch (result.variant) {
 *   case 'kustom.ipp.session.finalized':
 *     await capture(result.event.data.order_id); // typed: string
 *     break;
 *   case 'kushki.card.declined':
 *     console.log(result.event.code, result.event.message);
 *     break;
 * }
 * @see https://www.rfc-editor.org/rfc/rfc6901 for the error paths (JSON Pointer).
 */
export function parseWebhook<V extends VariantId>(
  body: WebhookBody,
  options: ParseOptions & { variant: V },
): Extract<ParsedVariant, { variant: V }> | ParseFailure;
export function parseWebhook<P extends Provider>(body: WebhookBody, options: ParseOptions & { provider: P }): ParseResultOf<P>;
export function parseWebhook(body: WebhookBody, options?: ParseOptions): ParseResult;
export function parseWebhook(body: WebhookBody, options: ParseOptions = NO_OPTIONS): ParseResult {
  try {
    return parse(body, options);
  } catch (error) {
    // A hostile value (a throwing getter, a revoked proxy) must not crash the caller.
    const detail = error instanceof Error ? error.message : String(error);
    return failure([{ path: '', message: `could not be read: ${detail}`, keyword: 'exception' }]);
  }
}
