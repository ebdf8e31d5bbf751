/**
 * Text both renderers (HTML and Markdown) derive the same way from the model, so the two
 * references say the same thing. Pure.
 */
import type { VariantDoc } from './docs-model.js';

/** Where the catalogue and the example payloads are generated, relative to the package root. */
export const CATALOGUE_SOURCE_PATH = 'src/generated/catalogue.ts';

/**
 * The optional fields of a variant that none of its examples carries: what the documents list and
 * the wire does not send (`ticketNumber` on `kushki.card.declined`).
 *
 * @example
 * absentFields(cardDeclined); // ['ticketNumber']
 */
export function absentFields(variant: Pick<VariantDoc, 'fields'>): string[] {
  return variant.fields.filter((f) => !f.required && f.inExamples === 0).map((f) => f.path);
}

/**
 * The caption of an example payload, saying where it comes from.
 *
 * @example
 * exampleCaption('documents'); // 'Example from the provider documents, verbatim'
 */
export function exampleCaption(source: string): string {
  return source === 'documents'
    ? 'Example from the provider documents, verbatim'
    : 'Example written by hookproof (the documents show none)';
}

/**
 * The generated TypeScript declaration of a variant followed by the declarations it references.
 *
 * @example
 * typeScriptText(cardDeclined).startsWith('/**'); // true
 */
export function typeScriptText(variant: Pick<VariantDoc, 'types'>): string {
  return [variant.types.main, ...variant.types.referenced].join('\n\n');
}
