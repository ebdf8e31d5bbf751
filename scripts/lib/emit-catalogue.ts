/** Emits `src/generated/catalogue.ts`: the variant catalogue, read from each schema's `x-hookproof` keyword. */
import { generatedHeader } from './generated-header.js';
import type { SchemaFile, VariantSchemaFile } from './schema-files.js';

/** The payload fields that tell a provider's variants apart. */
const DISCRIMINATORS = { kustom: ['type'], kushki: ['paymentMethod', 'status'] } as const;

export function emitCatalogue(variants: VariantSchemaFile[], files: SchemaFile[]): string {
  const entries = variants.map(({ path, schema, meta }) => {
    const properties = schema.properties as Record<string, { const?: unknown }>;
    const match = Object.fromEntries(DISCRIMINATORS[meta.provider].map((field) => [field, properties[field]?.const]));
    return {
      id: meta.variant,
      provider: meta.provider,
      event: meta.event,
      status: meta.status ?? null,
      trigger: meta.trigger,
      terminal: meta.terminal,
      description: schema.description,
      typeName: schema.title,
      schemaId: schema.$id,
      schemaPath: path,
      match,
      misspellings: meta.misspellings ?? [],
    };
  });
  const otherEvents = files.flatMap((f) => (f.schema['x-hookproof-other-events'] as string[] | undefined) ?? []);
  const examples = variants.flatMap(({ schema, meta }) =>
    ((schema.examples as unknown[] | undefined) ?? []).map((payload) => ({
      variant: meta.variant,
      source: meta.examplesFrom,
      payload,
    })),
  );
  const imports = variants.map((v) => v.schema.title as string);
  return [
    generatedHeader('schemas/ (x-hookproof)'),
    `import type { ${imports.join(', ')} } from './schema-types.js';`,
    '',
    `export const variantCatalogue = ${JSON.stringify(entries, null, 2)} as const;`,
    '',
    '/** Kustom event types that share the IPP endpoint but are not catalogue variants: acknowledge them with 200. */',
    `export const kustomOtherEventTypes = ${JSON.stringify(otherEvents)} as const;`,
    '',
    '/**',
    " * The example payloads of every variant, verbatim from its schema: the provider documents' own where",
    " * they show one (`source: 'documents'`), written by hookproof where they do not.",
    ' */',
    `export const variantExamples = ${JSON.stringify(examples, null, 2)} as const;`,
    '',
    '/** The payload type of each catalogue variant, by variant id. */',
    'export interface WebhookByVariant {',
    ...variants.map((v) => `  '${v.meta.variant}': ${v.schema.title as string};`),
    '}',
    '',
  ].join('\n');
}
