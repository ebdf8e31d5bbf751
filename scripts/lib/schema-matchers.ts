/**
 * Derives Pact matchers for an example payload from its JSON Schema, so that a contract accepts any
 * payload of the same shape (UUIDs, RFC 3339 timestamps, patterns, types, arrays of products) rather
 * than one literal example. Discriminators (`const`) stay literal.
 */
import { MatchersV3 } from '@pact-foundation/pact';
import { asTheExamplesShow } from '../../src/docs/example-rule-view.js';
import type { JsonSchema, SchemaResolver } from '../../src/docs/schema-resolver.js';

const RFC3339 = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$';
const EMAIL = '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$';
const URI = '^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]*$';
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function matchersFor(example: unknown, schema: JsonSchema, base: string, resolver: SchemaResolver): unknown {
  const resolved = resolver.resolve({ schema, baseId: base });
  // Contracts keep the realistic shape: the rules the documents' examples show apply.
  const s = asTheExamplesShow(resolved.schema);
  const b = resolved.baseId;
  if (example === null) return null;
  if ('const' in s) return example;
  if (Array.isArray(s.enum)) {
    return MatchersV3.regex(`^(${(s.enum as unknown[]).map((v) => escapeRegex(String(v))).join('|')})$`, String(example));
  }
  if (Array.isArray(example)) {
    const items = (s.items as JsonSchema | undefined) ?? {};
    if (example.length === 0) return example;
    return MatchersV3.eachLike(matchersFor(example[0], items, b, resolver), 1);
  }
  if (typeof example === 'object') {
    const properties = (s.properties as Record<string, JsonSchema> | undefined) ?? {};
    return Object.fromEntries(
      Object.entries(example as Record<string, unknown>).map(([key, value]) => [
        key,
        properties[key] ? matchersFor(value, properties[key], b, resolver) : MatchersV3.like(value),
      ]),
    );
  }
  if (typeof example === 'string') {
    if (s.format === 'uuid') return MatchersV3.uuid(example);
    if (s.format === 'date-time') return MatchersV3.regex(RFC3339, example);
    if (s.format === 'email') return MatchersV3.regex(EMAIL, example);
    if (s.format === 'uri') return MatchersV3.regex(URI, example);
    if (typeof s.pattern === 'string') return MatchersV3.regex(s.pattern, example);
    return MatchersV3.string(example);
  }
  if (typeof example === 'number') {
    return Number.isInteger(example) && (s.type === 'integer' || s.type === undefined)
      ? MatchersV3.integer(example)
      : MatchersV3.number(example);
  }
  if (typeof example === 'boolean') return MatchersV3.boolean(example);
  return example;
}
