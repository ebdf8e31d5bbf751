/**
 * Resolves the `$ref`s of hookproof's JSON Schemas (relative file references such as
 * `definitions.schema.json#/$defs/amount`, and local ones such as `#/$defs/product`) against the
 * set of schemas registered by `$id`. Pure: the schemas are handed in, nothing is read from disk.
 */

/** A JSON Schema object, as parsed from a `*.schema.json` file. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** A schema node together with the `$id` of the document it lives in (the base for its own `$ref`s). */
export interface SchemaAt {
  schema: JsonSchema;
  baseId: string;
}

/** Thrown when a `$ref` points at no registered schema or at no node inside one. */
export class SchemaRefError extends Error {
  override readonly name = 'SchemaRefError';
  constructor(
    readonly ref: string,
    readonly baseId: string,
  ) {
    super(`cannot resolve $ref ${ref} from ${baseId}`);
  }
}

/** Looks schemas up by `$id` and follows `$ref`s. */
export interface SchemaResolver {
  /** The schema registered under an absolute `$id`. */
  byId(id: string): JsonSchema | undefined;
  /**
   * Follows `$ref` until a node without one is reached, merging each referring node's own keywords
   * (`description`, `$comment`, ...) over the target's: the nearer keyword wins.
   */
  resolve(node: SchemaAt): SchemaAt;
}

/**
 * Builds a resolver over a set of schemas keyed by their `$id`.
 *
 * @example
 * const resolver = createSchemaResolver([definitions, cardDeclined]);
 * const amount = resolver.resolve({ schema: { $ref: 'definitions.schema.json#/$defs/amount' }, baseId: cardDeclined.$id });
 * amount.schema.title; // 'KushkiAmount'
 */
export function createSchemaResolver(schemas: readonly JsonSchema[]): SchemaResolver {
  const ids = new Map<string, JsonSchema>();
  for (const schema of schemas) {
    if (typeof schema.$id === 'string') ids.set(schema.$id, schema);
  }

  const target = (ref: string, baseId: string): SchemaAt => {
    const absolute = new URL(ref, baseId);
    const pointer = decodeURIComponent(absolute.hash.replace(/^#/, ''));
    absolute.hash = '';
    const documentId = absolute.href;
    const document = ids.get(documentId);
    if (!document) throw new SchemaRefError(ref, baseId);
    let node: unknown = document;
    for (const token of pointer.split('/').slice(1)) {
      const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
      node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
    }
    if (typeof node !== 'object' || node === null) throw new SchemaRefError(ref, baseId);
    return { schema: node as JsonSchema, baseId: documentId };
  };

  const resolve = (node: SchemaAt): SchemaAt => {
    const ref = node.schema.$ref;
    if (typeof ref !== 'string') return node;
    const { $ref: _ref, ...own } = node.schema;
    const resolved = resolve(target(ref, node.baseId));
    return { schema: { ...resolved.schema, ...own }, baseId: resolved.baseId };
  };

  return { byId: (id) => ids.get(id), resolve };
}
