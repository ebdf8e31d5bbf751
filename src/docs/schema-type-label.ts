/**
 * How a field's JSON Schema reads in a reference table: a short type (`string`, `integer`,
 * `"SALE"`, `string | null`, `array of KushkiProduct`) and the constraints a receiver can rely on
 * (`format: uuid`, `pattern: ^[0-9]+$`, `minimum: 1000000000000`). Pure.
 */
import type { JsonSchema } from './schema-resolver.js';

/** The type column of a field row. */
export interface TypeLabel {
  /** The JSON type, a literal for `const`, or the literals of an `enum` after their JSON type. */
  type: string;
  /** One `keyword: value` line per constraint, in a stable order. */
  constraints: string[];
}

const CONSTRAINT_KEYWORDS = [
  'format',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
] as const;

const jsonTypeOf = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : typeof value === 'number' && Number.isInteger(value)
        ? 'integer'
        : typeof value;

/**
 * The type label of an already resolved schema node; `items` is the resolved item schema of an array.
 *
 * @example
 * typeLabel({ type: 'string', enum: ['true', 'false'] });
 * // { type: 'string: "true" | "false"', constraints: [] }
 * typeLabel({ type: 'integer', minimum: 1e12 });
 * // { type: 'integer', constraints: ['minimum: 1000000000000'] }
 */
export function typeLabel(schema: JsonSchema, items?: JsonSchema): TypeLabel {
  const constraints = CONSTRAINT_KEYWORDS.filter((k) => schema[k] !== undefined).map((k) => `${k}: ${String(schema[k])}`);
  if ('const' in schema) return { type: JSON.stringify(schema.const), constraints };
  if (Array.isArray(schema.enum)) {
    const base = [...new Set(schema.enum.map(jsonTypeOf))].join(' | ');
    return { type: `${base}: ${schema.enum.map((v) => JSON.stringify(v)).join(' | ')}`, constraints };
  }
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : typeof schema.type === 'string' ? [schema.type] : [];
  const named = types.map((t) => (t === 'array' ? `array of ${itemName(items)}` : t));
  return { type: named.length > 0 ? named.join(' | ') : 'any JSON value', constraints };
}

function itemName(items: JsonSchema | undefined): string {
  if (!items) return 'any JSON value';
  if (typeof items.title === 'string') return items.title;
  return typeLabel(items).type;
}
