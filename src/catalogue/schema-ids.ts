/**
 * The `$id` under which hookproof registers each file of `schemas/`. The files themselves carry no
 * `$id`: a tool that reads them by path (Redocly, openapi-typescript, Prism, json-schema-to-typescript)
 * then resolves their relative `$ref`s against the file, and a bundled OpenAPI document keeps no
 * inner `$id` that would re-root its `#/components/...` references.
 */

/** The base of every schema `$id`. */
export const SCHEMA_ID_BASE = 'https://hookproof.dev/schemas/';

/**
 * The `$id` of a schema file, from its provider folder and file name.
 *
 * @example
 * schemaIdOf('kushki', 'definitions.schema.json'); // 'https://hookproof.dev/schemas/kushki/definitions.schema.json'
 */
export function schemaIdOf(provider: string, fileName: string): string {
  return `${SCHEMA_ID_BASE}${provider}/${fileName}`;
}

/**
 * A schema file's content with its `$id` first, as registered. Throws if the file carries an `$id`
 * of its own (it must not: see above).
 */
export function withSchemaId<T extends Record<string, unknown>>(schema: T, provider: string, fileName: string): T & { $id: string } {
  if (schema.$id !== undefined)
    throw new Error(`schemas/${provider}/${fileName}: must not carry an $id (hookproof assigns ${schemaIdOf(provider, fileName)})`);
  const { $schema, ...rest } = schema;
  return { ...($schema === undefined ? {} : { $schema }), $id: schemaIdOf(provider, fileName), ...rest } as T & { $id: string };
}
