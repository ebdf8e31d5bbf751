/**
 * Flattens a variant's JSON Schema into the rows of a field table: one row per property, nested
 * objects as `amount.currency`, array items as `product[].name`, each with its type, whether it is
 * required, its description, the divergence note (`$comment`) and how many example payloads carry
 * it. Pure: the schemas and examples are handed in.
 */
import { exampleRuleOf, presented } from './example-rule-view.js';
import type { JsonSchema, SchemaAt, SchemaResolver } from './schema-resolver.js';
import { type TypeLabel, typeLabel } from './schema-type-label.js';

/** One row of a variant's field table. */
export interface FieldRow {
  /** JSON path of the field: `amount.currency`, `product[].name`, `data.order_id`. */
  path: string;
  type: TypeLabel;
  /** Whether the containing object requires it. */
  required: boolean;
  /** How many of the variant's example payloads carry the field (for array items: in any item). */
  inExamples: number;
  /** The field's `description` (Markdown), from the property or the definition it references. */
  description?: string;
  /** The field's `$comment` (Markdown): where the documents and the wire disagree, or a caution. */
  note?: string;
}

type Step = { key: string } | { each: true };

/** Nesting deeper than this means a recursive schema, which a flat table cannot show. */
const MAX_DEPTH = 12;

/**
 * The field rows of a schema, in the order its `properties` declare them, depth first.
 *
 * @example
 * const rows = fieldRows({ schema: cardDeclined, baseId: cardDeclined.$id }, resolver, [example]);
 * rows.find((r) => r.path === 'ticketNumber'); // { required: false, inExamples: 0, note: 'Divergence: ...', ... }
 */
export function fieldRows(root: SchemaAt, resolver: SchemaResolver, examples: readonly unknown[]): FieldRow[] {
  const rows: FieldRow[] = [];
  const visit = (node: SchemaAt, prefix: string, steps: Step[]): void => {
    if (steps.length > MAX_DEPTH) throw new Error(`schema nests deeper than ${MAX_DEPTH} levels at ${prefix}`);
    const object = resolver.resolve(node);
    const properties = object.schema.properties as Record<string, JsonSchema> | undefined;
    if (!properties) return;
    const required = new Set(Array.isArray(object.schema.required) ? (object.schema.required as string[]) : []);
    for (const [name, raw] of Object.entries(properties)) {
      const resolved = resolver.resolve({ schema: raw, baseId: object.baseId });
      const field = { ...resolved, schema: presented(resolved.schema) };
      const items = isSchema(field.schema.items) ? resolver.resolve({ schema: field.schema.items, baseId: field.baseId }) : undefined;
      const path = `${prefix}${name}`;
      const fieldSteps: Step[] = [...steps, { key: name }];
      const label = typeLabel(field.schema, items?.schema);
      rows.push({
        path,
        type: { ...label, constraints: [...label.constraints, ...exampleRuleLabels(resolved, resolver)] },
        required: required.has(name),
        inExamples: examples.filter((example) => isPresent(example, fieldSteps)).length,
        ...text('description', field.schema.description),
        ...text('note', field.schema.$comment),
      });
      if (isSchema(field.schema.properties)) visit(field, `${path}.`, fieldSteps);
      else if (items && isSchema(items.schema.properties)) visit(items, `${path}[].`, [...fieldSteps, { each: true }]);
    }
  };
  visit(root, '', []);
  return rows;
}

/**
 * The constraints only the documents' examples show (warnings by default, errors under `--strict`),
 * and the other readings accepted of a divergence.
 */
function exampleRuleLabels(field: SchemaAt, resolver: SchemaResolver): string[] {
  const example = exampleRuleOf(field.schema);
  if (!example) return [];
  const others = Array.isArray(field.schema.anyOf) && example.normalised ? (field.schema.anyOf as JsonSchema[]).slice(1) : [];
  const accepted = others.map((o) => {
    const other = resolver.resolve({ schema: o, baseId: field.baseId }).schema;
    return `also accepted: ${typeof other.title === 'string' ? other.title : typeLabel(other).type}`;
  });
  const rules = Object.entries(example.rule).map(([k, v]) => `examples show ${k}: ${String(v)}`);
  return [...accepted, ...rules];
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text<K extends 'description' | 'note'>(key: K, value: unknown): Partial<Record<K, string>> {
  return typeof value === 'string' && value.trim() !== '' ? ({ [key]: value.trim() } as Record<K, string>) : {};
}

function isPresent(value: unknown, steps: readonly Step[]): boolean {
  const [step, ...rest] = steps;
  if (!step) return true;
  if ('each' in step) return Array.isArray(value) && value.some((item) => isPresent(item, rest));
  return isSchema(value) && Object.hasOwn(value, step.key) && isPresent(value[step.key], rest);
}

/**
 * The "required" cell of a row: `required`, `optional`, or, for an optional field no example
 * carries, `optional, absent from the example` (the documents list it; the wire does not send it).
 *
 * @example
 * requirementLabel({ path: 'ticketNumber', required: false, inExamples: 0, type }, 1); // 'optional, absent from the example'
 */
export function requirementLabel(row: Pick<FieldRow, 'required' | 'inExamples'>, exampleCount: number): string {
  if (row.required) return 'required';
  if (row.inExamples === 0) return exampleCount === 1 ? 'optional, absent from the example' : 'optional, absent from every example';
  return 'optional';
}
