/**
 * Tells which provider and which variant a payload claims to be, from its discriminating fields
 * (Kustom: `type`; Kushki: `paymentMethod` and `status`), before any schema is applied.
 */

import { type Provider, type VariantEntry, variantsOf } from '../catalogue/variant-catalogue.js';
import { kustomOtherEventTypes } from '../generated/catalogue.js';
import { kushkiVariantIndex, kustomVariantIndex } from '../generated/lax-verdicts.js';
import { type CompiledValidator, compiledValidator } from './compiled-validators.js';
import type { ParseIssue } from './parse-issue.js';

export type Detection =
  /**
   * A catalogue variant, with its compiled validators (`strict` also applies the example rules and
   * forbids undocumented fields). `spelledAs` is the documents' other spelling of the event, if used.
   */
  | {
      kind: 'variant';
      provider: Provider;
      entry: VariantEntry;
      validators: { lax: CompiledValidator; strict: CompiledValidator };
      spelledAs?: string;
    }
  | { kind: 'other-event'; provider: 'kustom'; type: string; documented: boolean }
  /** The payload claims a provider but no variant of it; `issues` say why. */
  | { kind: 'unmatched'; provider: Provider; issues: ParseIssue[] }
  | { kind: 'unrecognised'; issues: ParseIssue[] };

type Payload = Record<string, unknown>;

const has = (o: Payload, key: string): boolean => Object.hasOwn(o, key);

// Detection runs on every parse (see `npm run bench`), so each variant's detection is built once,
// with its validators, and looked up: Kustom variants by event type, Kushki's by payment method, then status.
type VariantDetection = Extract<Detection, { kind: 'variant' }>;
const KUSTOM_VARIANTS = variantsOf('kustom');
const KUSHKI_VARIANTS = variantsOf('kushki');
const detected = (entry: VariantEntry): VariantDetection =>
  Object.freeze({
    kind: 'variant',
    provider: entry.provider,
    entry,
    validators: Object.freeze({ lax: compiledValidator(entry.typeName, 'lax'), strict: compiledValidator(entry.typeName, 'strict') }),
  });
const KUSTOM_BY_TYPE = new Map<unknown, VariantDetection>(KUSTOM_VARIANTS.map((e) => [e.match.type, detected(e)]));
const KUSHKI_BY_METHOD = new Map<unknown, Map<unknown, VariantDetection>>();
for (const e of KUSHKI_VARIANTS) {
  const byStatus = KUSHKI_BY_METHOD.get(e.match.paymentMethod) ?? new Map<unknown, VariantDetection>();
  KUSHKI_BY_METHOD.set(e.match.paymentMethod, byStatus.set(e.match.status, detected(e)));
}

function looksLikeKustom(o: Payload): boolean {
  return typeof o.type === 'string' && (has(o, 'merchant_id') || has(o, 'data') || String(o.id).startsWith('kevt_'));
}

function looksLikeKushki(o: Payload): boolean {
  return has(o, 'paymentMethod') || has(o, 'smartLink') || has(o, 'publicMerchantId') || has(o, 'transactionReference');
}

const list = (values: readonly unknown[]): string => values.map((v) => JSON.stringify(v)).join(', ');

function detectKustom(o: Payload): Detection {
  const entries = KUSTOM_VARIANTS;
  const type = o.type;
  if (typeof type !== 'string') {
    return { kind: 'unmatched', provider: 'kustom', issues: [] };
  }
  const variant = KUSTOM_BY_TYPE.get(type);
  if (variant) return variant;
  const misspelled = entries.find((e) => (e.misspellings as readonly string[]).includes(type));
  if (misspelled) return { ...(KUSTOM_BY_TYPE.get(misspelled.event) as VariantDetection), spelledAs: type };
  // Any other type, a new `ipp.*` event included, is another Kustom event on the same endpoint.
  return {
    kind: 'other-event',
    provider: 'kustom',
    type,
    documented: (kustomOtherEventTypes as readonly string[]).includes(type),
  };
}

function detectKushki(o: Payload): Detection {
  const entries = KUSHKI_VARIANTS;
  const variant = KUSHKI_BY_METHOD.get(o.paymentMethod)?.get(o.status);
  if (variant) return variant;
  const methods = [...new Set(entries.map((e) => e.match.paymentMethod))];
  const sameMethod = entries.filter((e) => e.match.paymentMethod === o.paymentMethod);
  if (sameMethod.length === 0) {
    const message = has(o, 'paymentMethod') ? `must be one of ${list(methods)}` : 'is required';
    return { kind: 'unmatched', provider: 'kushki', issues: [{ path: '/paymentMethod', message, keyword: 'variant' }] };
  }
  const statuses = sameMethod.map((e) => e.match.status);
  const issue: ParseIssue = {
    path: '/status',
    message: has(o, 'status') ? `must be one of ${list(statuses)} for ${JSON.stringify(o.paymentMethod)} payments` : 'is required',
    keyword: 'variant',
  };
  if (o.paymentMethod === 'cash' && o.status === 'declinedTransaction') {
    issue.hint =
      'Cash payments are never declined, they expire: Kushki heads the expired example "Declined Transaction" but sends "expiredTransaction".';
  }
  return { kind: 'unmatched', provider: 'kushki', issues: [issue] };
}

const NO_PROVIDER: readonly Provider[] = Object.freeze([]);
const KUSTOM_ONLY: readonly Provider[] = Object.freeze(['kustom']);
const KUSHKI_ONLY: readonly Provider[] = Object.freeze(['kushki']);
const BOTH_PROVIDERS: readonly Provider[] = Object.freeze(['kustom', 'kushki']);

/**
 * The index in the catalogue of the variant a payload's discriminators name (Kustom's `type`, else
 * Kushki's `paymentMethod` and `status`) when the payload is valid against it in the default profile,
 * else -1. The fast path of `parseWebhook`: a hit is exactly what the full detection and the ajv
 * validator would return. The generated dispatch calls each variant's verdict from its own call site
 * (see `scripts/lib/emit-verdicts.ts`), which a lookup table of validators would not.
 */
export function validLaxVariantIndex(o: Payload): number {
  const type = o.type;
  if (typeof type === 'string') return kustomVariantIndex(type, o);
  return kushkiVariantIndex(o.paymentMethod, o.status, o);
}

/**
 * The providers a payload looks like it comes from, Kustom first. Usually one; both when a payload
 * carries the marks of each (a Kushki payload with extra `type` and `data` fields, say).
 */
export function candidateProviders(value: unknown): readonly Provider[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return NO_PROVIDER;
  const o = value as Payload;
  const kustom = looksLikeKustom(o);
  const kushki = looksLikeKushki(o);
  // Shared, frozen lists: detection allocates nothing for a well-formed payload.
  if (kustom) return kushki ? BOTH_PROVIDERS : KUSTOM_ONLY;
  return kushki ? KUSHKI_ONLY : NO_PROVIDER;
}

/** Detects the provider (unless given) and the variant of a decoded payload. */
export function detectVariant(value: unknown, provider?: Provider): Detection {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    return { kind: 'unrecognised', issues: [{ path: '', message: `must be a JSON object, got ${got}`, keyword: 'type' }] };
  }
  const o = value as Payload;
  if (provider === 'kustom') return detectKustom(o);
  if (provider === 'kushki') return detectKushki(o);
  const [candidate] = candidateProviders(o);
  if (candidate === 'kustom') return detectKustom(o);
  if (candidate === 'kushki') return detectKushki(o);
  return {
    kind: 'unrecognised',
    issues: [
      {
        path: '',
        message:
          'is neither a Kustom webhook (an envelope with id, merchant_id, timestamp, type, data) nor a Kushki webhook (paymentMethod, status, smartLink, ...)',
        keyword: 'variant',
      },
    ],
  };
}
