/** The bundled example payloads, as plain mutable JSON for tests to modify. */
import { variantExamples } from '../../src/generated/catalogue.js';
import type { VariantId } from '../../src/index.js';

export function exampleOf(variant: VariantId): Record<string, unknown> {
  const found = variantExamples.find((e) => e.variant === variant);
  if (!found) throw new Error(`no example for ${variant}`);
  return structuredClone(found.payload) as Record<string, unknown>;
}
