/**
 * The success results of `parseWebhook`. Their `warnings` are computed when first read (then kept as
 * an own property): a receiver that never reads them does not pay for the example rules. The results
 * are created on every parse, so they are plain objects with no class fields (see `npm run bench`).
 */
import type { Provider } from '../catalogue/variant-catalogue.js';
import { getVariant } from '../catalogue/variant-catalogue.js';
import type { PayloadSchemaName } from './compiled-validators.js';
import { exampleRuleWarnings, type ParseWarning } from './example-rule-issues.js';

/** The warnings known at parse time (a misspelled event type, an unnamed one): rare, so kept aside. */
const NOTES = new WeakMap<object, readonly ParseWarning[]>();

function computeWarnings(result: { variant: string | null; raw: unknown }, target: object): ParseWarning[] {
  const notes = NOTES.get(target) ?? [];
  const schema: PayloadSchemaName =
    result.variant === null ? 'KustomOtherEvent' : (getVariant(result.variant)?.typeName ?? 'KustomOtherEvent');
  const warnings = [...notes, ...exampleRuleWarnings(schema, result.raw, notes[0]?.path)];
  Object.defineProperty(target, 'warnings', { value: warnings, enumerable: true, configurable: true, writable: true });
  return warnings;
}

/** Attaches the warnings known at parse time to a result (kept out of the constructor, which every parse runs). */
export function withNotes<R extends object>(result: R, notes: readonly ParseWarning[]): R {
  NOTES.set(result, notes);
  return result;
}

/** A catalogue variant: see `ParsedVariant`. */
export class ParsedVariantResult {
  declare readonly ok: true;
  declare readonly kind: 'variant';
  declare readonly provider: Provider;
  declare readonly variant: string;
  declare readonly event: unknown;
  /** The payload as received (decoded): the caller's own object when it passed one. */
  declare readonly raw: unknown;

  constructor(provider: Provider, variant: string, event: unknown, raw: unknown) {
    const self = this as { -readonly [K in keyof ParsedVariantResult]: ParsedVariantResult[K] };
    self.ok = true;
    self.kind = 'variant';
    self.provider = provider;
    self.variant = variant;
    self.event = event;
    self.raw = raw;
  }

  /**
   * What the payload breaks of the rules only the documents' examples show, and the divergences it
   * took the documents' other reading of: each with a `hint`. Computed from `raw` when first read.
   */
  get warnings(): ParseWarning[] {
    return computeWarnings(this, this);
  }

  /** JSON of the result, `warnings` included. */
  toJSON(): object {
    const { ok, kind, provider, variant, event, warnings } = this;
    return { ok, kind, provider, variant, event, warnings };
  }
}

/** Another Kustom event: see `ParsedOtherKustomEvent`. */
export class ParsedOtherEventResult {
  declare readonly ok: true;
  declare readonly kind: 'other-event';
  declare readonly provider: 'kustom';
  declare readonly variant: null;
  declare readonly type: string;
  declare readonly event: unknown;
  declare readonly raw: unknown;

  constructor(type: string, event: unknown, notes: readonly ParseWarning[]) {
    const self = this as { -readonly [K in keyof ParsedOtherEventResult]: ParsedOtherEventResult[K] };
    self.ok = true;
    self.kind = 'other-event';
    self.provider = 'kustom';
    self.variant = null;
    self.type = type;
    self.event = event;
    self.raw = event;
    if (notes.length > 0) NOTES.set(this, notes);
  }

  /** Whether no document names the type, and what only the examples show that the envelope breaks. */
  get warnings(): ParseWarning[] {
    return computeWarnings(this, this);
  }

  /** JSON of the result, `warnings` included. */
  toJSON(): object {
    const { ok, kind, provider, variant, type, event, warnings } = this;
    return { ok, kind, provider, variant, type, event, warnings };
  }
}
