/**
 * The differential check of the compiled lax verdicts (`src/generated/lax-verdicts.ts`, the fast path of
 * `parseWebhook`) against ajv's lax validators and the detection: used by `test/lax-verdicts.test.ts`
 * and by `npm run fuzz` (`scripts/fuzz.ts`).
 */
import * as verdicts from '../../src/generated/lax-verdicts.js';
import { parseWebhook, variants } from '../../src/index.js';
import { compiledValidator } from '../../src/validation/compiled-validators.js';
import { detectVariant, validLaxVariantIndex } from '../../src/validation/detect-variant.js';
import { normaliseKushki } from '../../src/validation/normalise-divergences.js';

/** Every disagreement between the verdicts and ajv on one value, and between the dispatch and the detection. */
export function verdictDisagreements(value: unknown): string[] {
  const out: string[] = [];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return out;
  const o = value as Record<string, unknown>;
  // Every variant's verdict on this value with that variant's discriminators written in, so that each
  // verdict meets every fuzzed shape (a Kushki verdict only where no string `type` sends it to Kustom).
  for (const [index, v] of variants.entries()) {
    if (v.provider === 'kushki' && typeof o.type === 'string') continue;
    const named = { ...o, ...v.match };
    const hit = validLaxVariantIndex(named);
    const mine = hit >= 0 && (hit & (verdicts.OTHER_READING - 1)) === index;
    const ajv = compiledValidator(v.typeName, 'lax')(named);
    if (mine !== ajv || (hit >= 0 && !mine)) out.push(`${v.id}: verdict ${hit}, ajv ${ajv}`);
  }
  const found = validLaxVariantIndex(o);
  // `parseWebhook` writes the same dispatch out for speed: its answer on a hit must be that variant.
  const parsed = parseWebhook(o);
  if (found >= 0 && !(parsed.ok && parsed.kind === 'variant' && parsed.variant === variants[found & (verdicts.OTHER_READING - 1)]?.id)) {
    out.push(`parseWebhook answers ${parsed.ok ? parsed.variant : 'a failure'} where the dispatch names ${found}`);
  }
  // What the fast path has always read (as `parseWebhook` did with lookup tables): Kustom's `type` when
  // it is a string, else Kushki's `paymentMethod` and `status`, own or inherited like ajv's reads.
  const named =
    typeof o.type === 'string'
      ? variants.find((v) => v.provider === 'kustom' && v.match.type === o.type)
      : variants.find((v) => v.provider === 'kushki' && v.match.paymentMethod === o.paymentMethod && v.match.status === o.status);
  if (found >= 0) {
    const entry = variants[found & (verdicts.OTHER_READING - 1)];
    if (entry?.id !== named?.id) out.push(`dispatch names ${entry?.id}, the discriminators ${named?.id}`);
    // A hit is what the full detection returns too (for a payload with own fields, as JSON gives).
    const detection = detectVariant(o);
    const own = Object.getPrototypeOf(o) === Object.prototype;
    if (own && (detection.kind !== 'variant' || detection.entry.id !== entry?.id || detection.spelledAs !== undefined)) {
      out.push(`dispatch names ${entry?.id}, detection ${detection.kind === 'variant' ? detection.entry.id : detection.kind}`);
    }
    if (!compiledValidator(entry?.typeName ?? 'KustomOtherEvent', 'lax')(o)) out.push(`dispatch to ${entry?.id} of an invalid payload`);
    // Not flagged: the event is the payload itself, as normalising would leave it.
    if ((found & verdicts.OTHER_READING) === 0 && entry?.provider === 'kushki' && normaliseKushki(o) !== o) {
      out.push(`${entry.id}: a divergent field in the other reading was not flagged`);
    }
  } else if (named && compiledValidator(named.typeName, 'lax')(o)) {
    out.push(`${named.id}: valid but missed by the dispatch`);
  }
  return out;
}
