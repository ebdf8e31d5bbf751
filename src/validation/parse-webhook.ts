/**
 * `parseWebhook`: decode, recognise and validate a webhook body. Never throws.
 */

import { type Provider, type ProviderOf, type VariantId, variants, type WebhookByVariant } from '../catalogue/variant-catalogue.js';
import { kushkiVariantIndex, kustomVariantIndex, OTHER_READING } from '../generated/lax-verdicts.js';
import type { KustomOtherEvent } from '../generated/schema-types.js';
import { compiledValidator, type PayloadSchemaName } from './compiled-validators.js';
import { decodeBody, type WebhookBody } from './decode-body.js';
import { candidateProviders, detectVariant, validLaxVariantIndex } from './detect-variant.js';
import { issuesWithHints, type ParseWarning } from './example-rule-issues.js';
import { normaliseKushki, normaliseKustomType } from './normalise-divergences.js';
import type { ParseIssue } from './parse-issue.js';
import { ParsedOtherEventResult, ParsedVariantResult, withNotes } from './parsed-result.js';

export type { ParseWarning };

/** Options of `parseWebhook`. */
export interface ParseOptions {
  /** The provider the body comes from (the result is narrowed to its variants). Detected from the payload when omitted. */
  provider?: Provider | undefined;
  /**
   * The strict profile: also reject what the default only warns about (the rules inferred from the
   * documents' examples, the documents' other reading of a divergence, `ipp.payment.finalized`, an
   * event type no document names) and fields the schemas do not list. By default a payload is refused
   * only for what contradicts the documents.
   */
  strict?: boolean | undefined;
  /** Fail unless the payload is this variant (the result is narrowed to it). */
  variant?: VariantId | undefined;
}

/**
 * A payload recognised as a catalogue variant and valid against its schema.
 *
 * `event` presents divergent fields in the examples' reading (Kushki `syncMetadata` a string, `product`
 * an array, `created` in milliseconds; Kustom `type` canonical): it is a shallow copy when a field had
 * to be normalised, else the payload itself. `raw` is the payload as received.
 */
export type ParsedVariant = {
  [V in VariantId]: {
    readonly ok: true;
    readonly kind: 'variant';
    readonly provider: ProviderOf<V>;
    readonly variant: V;
    readonly event: WebhookByVariant[V];
    /** The decoded payload as received: the caller's own object when it passed one. */
    readonly raw: unknown;
    /** Computed when first read: what only the examples show that the payload breaks, each with a `hint`. */
    readonly warnings: ParseWarning[];
  };
}[VariantId];

/**
 * Another Kustom event on the IPP endpoint (`capture.created`, `ipp.payment.failed`, a new `ipp.*`
 * event, ...): a valid envelope, not a catalogue variant. A receiver must acknowledge it with 200.
 */
export interface ParsedOtherKustomEvent {
  readonly ok: true;
  readonly kind: 'other-event';
  readonly provider: 'kustom';
  readonly variant: null;
  /** The event's `type`. */
  readonly type: string;
  readonly event: KustomOtherEvent;
  /** The payload as received (the same as `event`). */
  readonly raw: unknown;
  /** Carries a warning when no document names the type (an error under `strict`). */
  readonly warnings: ParseWarning[];
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
/** The bits of `validLaxVariantIndex`'s answer that hold the catalogue index. */
const VARIANT_INDEX = OTHER_READING - 1;

function failure(errors: ParseIssue[], provider: Provider | null = null, variant: VariantId | null = null): ParseFailure {
  return { ok: false, provider, variant, errors };
}

/** The issues of a value against a schema, or `null` when there are none (no allocation on the hot path). */
function validate(name: PayloadSchemaName, value: unknown, strict: boolean): ParseIssue[] | null {
  const validator = compiledValidator(name, strict ? 'strict' : 'lax');
  if (validator(value)) return null;
  const issues = issuesWithHints(validator.errors);
  // The validator said no: never let an empty issue list turn that into a yes.
  return issues.length > 0 ? issues : [{ path: '', message: `is not a valid ${name} payload`, keyword: 'schema' }];
}

/**
 * The one place a success result is constructed. A small function of its own: V8 always inlines the
 * constructor here, where a `new` inside a large caller can fall back to the generic construct stub
 * once the caller's inlining budget is spent (about 20 ns more per parse in `npm run bench`). That
 * budget (920 bytes of bytecode in Node 20's V8) must also hold both providers' dispatchers, so the
 * fast path and what it calls stay small: `unreadable`, `withNotes` and `parse` are out of line, and
 * `parseWebhook` calls the dispatch itself.
 */
function newVariantResult(provider: Provider, variant: string, event: unknown, raw: unknown): ParsedVariant {
  return new ParsedVariantResult(provider, variant, event, raw) as unknown as ParsedVariant;
}

function variantResult(provider: Provider, variant: string, value: Record<string, unknown>): ParsedVariant {
  return newVariantResult(provider, variant, provider === 'kushki' ? normaliseKushki(value) : value, value);
}

/** Each catalogue variant's provider and id, by catalogue index (read on the fast path). */
const PROVIDER_AT: readonly Provider[] = variants.map((v) => v.provider);
const VARIANT_AT: readonly VariantId[] = variants.map((v) => v.id);

/**
 * The result of a lax, undiscriminated parse of an already parsed object that the fast verdict accepts
 * (`found`, from `validLaxVariantIndex`): the common case, answered without the full detection. A
 * payload the verdict refuses takes the full path, where ajv has the last word. `parseWebhook` calls
 * the two dispatchers itself (`validLaxVariantIndex` written out): a layer between it and them would
 * carry their whole inlined size into V8's budget for inlining into the caller of `parseWebhook`
 * (see `newVariantResult`), and every parse paid a call into that layer in some runs.
 */
// Stryker disable next-line BlockStatement: fast path only: without it the full path gives the same result (test/lax-verdicts.test.ts compares the two)
function fastResult(o: Record<string, unknown>, found: number): ParsedVariant {
  const index = found & VARIANT_INDEX;
  // The verdict tells whether a divergent field is in the documents' other reading: only then normalise.
  const event = found & OTHER_READING ? normaliseKushki(o) : o;
  return newVariantResult(PROVIDER_AT[index] as Provider, VARIANT_AT[index] as VariantId, event, o);
}

/** Everything but the fast path of an already parsed object, which `parseWebhook` tries first. */
function parse(body: WebhookBody, options: ParseOptions): ParseResult {
  let value = body;
  // An already parsed value is used as it is (no wrapper allocated); raw bodies are decoded first.
  if (typeof body === 'string' || body instanceof Uint8Array || body instanceof ArrayBuffer) {
    const decoded = decodeBody(body);
    if (!decoded.ok) return failure([decoded.issue]);
    value = decoded.value;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator,StringLiteral,BlockStatement: fast path only: without it the full path gives the same result (test/lax-verdicts.test.ts compares the two)
    if (options === NO_OPTIONS && typeof value === 'object' && value !== null) {
      const found = validLaxVariantIndex(value as Record<string, unknown>);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: fast path only: without it the full path gives the same result (test/lax-verdicts.test.ts compares the two)
      if (found >= 0) return fastResult(value as Record<string, unknown>, found);
    }
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
    const extra = (detection.provider === 'kustom' ? validate(shape, value, false) : null) ?? [];
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
    const errors = validate('KustomOtherEvent', value, strict);
    const unnamed: ParseWarning | undefined = detection.documented
      ? undefined
      : {
          path: '/type',
          message: `${JSON.stringify(detection.type)} is an event type no Kustom document names`,
          keyword: 'variant',
          hint: 'Kustom routes other webhooks to the same endpoint ("All In-Person Payments events are prefixed with ipp. so you can distinguish them from other Kustom webhooks routed to the same endpoint"): acknowledge it with 200. Rejected under strict.',
        };
    if (strict && unnamed) (errors ?? []).unshift(unnamed);
    if (errors || (strict && unnamed)) return failure(errors ?? [unnamed as ParseIssue], 'kustom');
    return new ParsedOtherEventResult(detection.type, value, unnamed ? [unnamed] : []) as ParsedOtherKustomEvent;
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
  const o = value as Record<string, unknown>;
  if (detection.spelledAs !== undefined) {
    // The document's own other spelling of an event: read as the canonical event, with a warning.
    const { event, warning } = normaliseKustomType(o, entry.event);
    if (strict)
      return failure(
        [{ ...warning, message: `must be ${JSON.stringify(entry.event)}, not ${JSON.stringify(o.type)}` }],
        provider,
        entry.id,
      );
    const errors = validate(entry.typeName, event, false);
    if (errors) return failure(errors, provider, entry.id);
    return withNotes(new ParsedVariantResult(provider, entry.id, event, value), [warning]) as unknown as ParsedVariant;
  }
  const validator = strict ? validators.strict : validators.lax;
  if (!validator(value)) {
    const errors = issuesWithHints(validator.errors);
    if (errors.length === 0) errors.push({ path: '', message: `is not a valid ${entry.id} payload`, keyword: 'schema' });
    return failure(errors, provider, entry.id);
  }
  return variantResult(provider, entry.id, o);
}

/**
 * Decodes, recognises and validates a webhook body from Kustom or Kushki.
 *
 * The body may be the raw request body (a string, a `Uint8Array` or `Buffer`, an `ArrayBuffer`) or an
 * already parsed JSON value. The provider and the variant are detected from the payload unless given.
 * It never throws: invalid JSON, a non-object, a wrong provider or a schema violation all come back as
 * `{ ok: false, errors }`, each error naming the JSON Pointer of the offending field.
 *
 * By default a payload is refused only for what contradicts the provider documents; what only their
 * examples show (hex tokens, e-mail formats, the examples' side of a divergence) comes back in
 * `result.warnings`, computed when first read. `{ strict: true }` rejects all of it, and undocumented
 * fields too. Where the documents contradict themselves, `event` presents the examples' reading.
 *
 * @example
 * import { parseWebhook } from 'hookproof';
 *
 * const result = parseWebhook(rawBody);
 * if (!result.ok) return reply(400, result.errors);
 * for (const w of result.warnings) log.warn(`${w.path}: ${w.message} (${w.hint})`);
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
    // The common case, answered here: a parsed object, no options. (Bytes have no discriminating
    // fields: they miss it and are decoded by `parse`.)
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator,StringLiteral,BlockStatement: fast path only: without it the full path gives the same result (test/lax-verdicts.test.ts compares the two)
    if (options === NO_OPTIONS && typeof body === 'object' && body !== null) {
      // `validLaxVariantIndex`, written out: see `fastResult`.
      const o = body as Record<string, unknown>;
      const type = o.type;
      // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: fast path only: without it the full path gives the same result (test/lax-verdicts.test.ts compares the two)
      const found = typeof type === 'string' ? kustomVariantIndex(type, o) : kushkiVariantIndex(o.paymentMethod, o.status, o);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: fast path only: without it the full path gives the same result (test/lax-verdicts.test.ts compares the two)
      if (found >= 0) return fastResult(o, found);
    }
    return parse(body, options);
  } catch (error) {
    // A hostile value (a throwing getter, a revoked proxy) must not crash the caller.
    return unreadable(error);
  }
}

/**
 * The failure for a body that threw while it was read. Out of `parseWebhook`'s own code: V8 counts a
 * caller's bytecode against the budget for inlining what it calls (see `newVariantResult`).
 */
function unreadable(error: unknown): ParseFailure {
  const detail = error instanceof Error ? error.message : String(error);
  return failure([{ path: '', message: `could not be read: ${detail}`, keyword: 'exception' }]);
}
