/**
 * The rules inferred only from the provider documents' examples (hex tokens, digit-only ids, e-mail
 * and UUID formats, upper-case currencies, and the examples' side of each divergence). A schema keeps
 * them in the `x-hookproof-examples` annotation, beside what the documents state:
 *
 *     "token": { "type": "string", "x-hookproof-examples": { "rule": { "pattern": "^[0-9a-f]{32}$" }, "hint": "..." } }
 *
 * The default (lax) validators ignore the annotation; the warning and `--strict` validators apply each
 * rule as one more `allOf` entry that carries its hint. See
 * docs/decisions/0010-two-validation-profiles.md.
 */
import { exampleRuleOf, presented } from '../../src/docs/example-rule-view.js';
import type { JsonSchema } from './schema-files.js';

export const EXAMPLES_KEYWORD = 'x-hookproof-examples';
/** Carries an applied rule's hint (an annotation: it validates nothing). */
export const HINT_KEYWORD = 'x-hookproof-hint';

/** Keywords holding data rather than subschemas: the transforms leave them alone. */
export const DATA_KEYWORDS = new Set([
  'examples',
  'const',
  'enum',
  'default',
  'x-hookproof',
  'x-hookproof-other-events',
  'required',
  EXAMPLES_KEYWORD,
]);

const isObject = (node: unknown): node is JsonSchema => node !== null && typeof node === 'object' && !Array.isArray(node);

/** A deep copy of a schema with `transform` applied to every subschema (children first). */
export function mapSchema(schema: JsonSchema, transform: (node: JsonSchema) => JsonSchema): JsonSchema {
  const visit = (node: unknown, data: boolean): unknown => {
    if (Array.isArray(node)) return node.map((n) => visit(n, data));
    if (!isObject(node)) return node;
    if (data) return node;
    const out: JsonSchema = {};
    for (const [key, value] of Object.entries(node)) out[key] = visit(value, DATA_KEYWORDS.has(key));
    return transform(out);
  };
  return visit(schema, false) as JsonSchema;
}

/** The schema with every example rule applied, as the last entry of its node's `allOf`, with its hint. */
export function withExampleRules(schema: JsonSchema): JsonSchema {
  return mapSchema(schema, (node) => {
    const example = exampleRuleOf(node);
    if (!example) return node;
    for (const key of Object.keys(example.rule)) {
      if (isObject(example.rule[key])) throw new Error(`an example rule must be flat (${key} holds a subschema)`);
    }
    // The hint rides on the rule: ajv's verbose errors carry it as their `parentSchema`.
    return { ...node, allOf: [...((node.allOf as JsonSchema[] | undefined) ?? []), { ...example.rule, [HINT_KEYWORD]: example.hint }] };
  });
}

/**
 * The schema as the typed `event` of `parseWebhook` presents it: a normalised divergence keeps only
 * the examples' reading (`anyOf[0]`), the others stay as the documents allow.
 */
export function asNormalisedTypes(schema: JsonSchema): JsonSchema {
  return mapSchema(schema, presented);
}
