/** Follows `$ref`s between the schema files (relative to each schema's `$id`, then a JSON Pointer). */
import type { JsonSchema, SchemaFile } from './schema-files.js';

export interface ResolvedSchema {
  schema: JsonSchema;
  /** The `$id` of the file the schema was found in: the base of its own `$ref`s. */
  base: string;
}

export function createResolver(files: SchemaFile[]) {
  const byId = new Map(files.map((f) => [f.schema.$id, f.schema]));

  const pointer = (root: JsonSchema, fragment: string): JsonSchema => {
    let node: unknown = root;
    for (const raw of fragment.split('/').slice(1)) {
      const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      node = (node as Record<string, unknown>)[key];
      if (node === undefined) throw new Error(`unresolvable $ref fragment #${fragment}`);
    }
    return node as JsonSchema;
  };

  /** The schema with its `$ref` (if any) replaced by the target, sibling keywords kept on top. */
  function resolve(schema: JsonSchema, base: string): ResolvedSchema {
    const ref = schema.$ref;
    if (typeof ref !== 'string') return { schema, base };
    const url = new URL(ref, base);
    const fileId = `${url.origin}${url.pathname}`;
    const file = byId.get(fileId);
    if (!file) throw new Error(`unresolvable $ref ${ref} from ${base}`);
    const target = url.hash ? pointer(file, url.hash.slice(1)) : file;
    const { $ref: _ref, ...siblings } = schema;
    const resolved = resolve(target, fileId);
    return { schema: { ...resolved.schema, ...siblings }, base: resolved.base };
  }

  return { resolve };
}
