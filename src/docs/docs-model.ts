/**
 * The view model of the reference: everything the HTML and Markdown renderers show, extracted from
 * the schemas, the OpenAPI documents, the variant catalogue and the generated types. Pure: the
 * sources are handed in (see `docs-sources.ts` for reading them), so the same sources always give
 * the same model, in catalogue order.
 */

import { type FieldRow, fieldRows } from './field-rows.js';
import { type ApiIntroduction, apiIntroduction, type WebhookDelivery, webhookDelivery } from './openapi-delivery.js';
import { createSchemaResolver, type JsonSchema } from './schema-resolver.js';
import { type TypeDeclarations, typeDeclarations } from './type-declarations.js';

/** The catalogue fields the docs use (a structural subset of `VariantEntry`). */
export interface CatalogueVariant {
  readonly id: string;
  readonly provider: string;
  readonly event: string;
  readonly status: string | null;
  readonly trigger: string;
  readonly terminal: boolean;
  readonly typeName: string;
  readonly schemaId: string;
  readonly schemaPath: string;
}

/** Everything the reference is generated from. */
export interface DocsSources {
  /** Every schema under `schemas/`, each with its `$id`. */
  schemas: readonly JsonSchema[];
  /** The OpenAPI documents, one per provider, parsed. */
  openapi: readonly { provider: string; path: string; document: unknown }[];
  /** The text of `src/generated/schema-types.ts`. */
  typesSource: string;
  variants: readonly CatalogueVariant[];
  examples: readonly { readonly variant: string; readonly source: string; readonly payload: unknown }[];
  /** Event types a provider routes to the same endpoint that are not catalogue variants. */
  otherEventTypes: Readonly<Record<string, readonly string[]>>;
}

/** One example payload, pretty-printed. */
export interface ExampleDoc {
  /** `documents`: the provider documents' own, verbatim; `hookproof`: written where the documents show none. */
  source: string;
  json: string;
}

/** The page of one catalogue variant. */
export interface VariantDoc extends CatalogueVariant {
  providerName: string;
  openapiPath: string;
  /** The schema's `description` (Markdown). */
  description?: string;
  /** The schema's `$comment` (Markdown): the divergences of the whole variant. */
  comment?: string;
  fields: FieldRow[];
  examples: ExampleDoc[];
  types: TypeDeclarations;
  delivery: WebhookDelivery;
}

/** A webhook the provider sends to the same endpoint that is not a catalogue variant. */
export interface OtherWebhookDoc {
  name: string;
  delivery: WebhookDelivery;
  /** The event types it covers. */
  eventTypes: readonly string[];
}

/** A provider: its OpenAPI introduction and its variants. */
export interface ProviderDoc {
  id: string;
  name: string;
  openapiPath: string;
  intro: ApiIntroduction;
  variants: VariantDoc[];
  otherWebhooks: OtherWebhookDoc[];
}

/** The whole reference. */
export interface DocsModel {
  providers: ProviderDoc[];
  variants: VariantDoc[];
}

/** Thrown when the sources disagree: a variant without its schema, example or OpenAPI document. */
export class DocsSourceError extends Error {
  override readonly name = 'DocsSourceError';
}

const providerName = (id: string): string => id.charAt(0).toUpperCase() + id.slice(1);
const optional = <K extends string>(key: K, value: unknown): Partial<Record<K, string>> =>
  typeof value === 'string' && value.trim() !== '' ? ({ [key]: value.trim() } as Record<K, string>) : {};

/**
 * Builds the view model of the reference from its sources.
 *
 * @example
 * const model = buildDocsModel(readDocsSources(packageRoot()));
 * model.variants.find((v) => v.id === 'kushki.card.declined')?.fields.find((f) => f.path === 'syncMetadata')?.type.type;
 * // 'string: "true" | "false"'
 */
export function buildDocsModel(sources: DocsSources): DocsModel {
  const resolver = createSchemaResolver(sources.schemas);
  const openapiOf = (provider: string) => {
    const found = sources.openapi.find((o) => o.provider === provider);
    if (!found) throw new DocsSourceError(`no OpenAPI document for provider ${provider}`);
    return found;
  };

  const variants = sources.variants.map((variant): VariantDoc => {
    const schema = resolver.byId(variant.schemaId);
    if (!schema) throw new DocsSourceError(`${variant.id}: no schema with $id ${variant.schemaId}`);
    const payloads = sources.examples.filter((e) => e.variant === variant.id);
    if (payloads.length === 0) throw new DocsSourceError(`${variant.id}: no example payload`);
    const openapi = openapiOf(variant.provider);
    return {
      id: variant.id,
      provider: variant.provider,
      event: variant.event,
      status: variant.status,
      trigger: variant.trigger,
      terminal: variant.terminal,
      typeName: variant.typeName,
      schemaId: variant.schemaId,
      schemaPath: variant.schemaPath,
      providerName: providerName(variant.provider),
      openapiPath: openapi.path,
      ...optional('description', schema.description),
      ...optional('comment', schema.$comment),
      fields: fieldRows(
        { schema, baseId: variant.schemaId },
        resolver,
        payloads.map((p) => p.payload),
      ),
      examples: payloads.map((p) => ({ source: p.source, json: JSON.stringify(p.payload, null, 2) })),
      types: typeDeclarations(sources.typesSource, variant.typeName),
      delivery: webhookDelivery(openapi.document, variant.id),
    };
  });

  const providerIds = [...new Set(sources.variants.map((v) => v.provider))];
  const providers = providerIds.map((id): ProviderDoc => {
    const openapi = openapiOf(id);
    const intro = apiIntroduction(openapi.document);
    const own = variants.filter((v) => v.provider === id);
    const variantIds = new Set(own.map((v) => v.id));
    const otherWebhooks = intro.webhooks
      .filter((name) => !variantIds.has(name))
      .map((name) => ({ name, delivery: webhookDelivery(openapi.document, name), eventTypes: sources.otherEventTypes[id] ?? [] }));
    return { id, name: providerName(id), openapiPath: openapi.path, intro, variants: own, otherWebhooks };
  });

  return { providers, variants };
}
