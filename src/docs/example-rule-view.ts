/**
 * Reading the `x-hookproof-examples` annotation of a schema node: the rules only the provider
 * documents' examples show, and, for a divergence, which reading the typed event presents.
 * See docs/decisions/0010-two-validation-profiles.md. Pure.
 */
import type { JsonSchema } from './schema-resolver.js';

/** The annotation of a schema node. */
export interface ExampleRuleAnnotation {
  /** JSON Schema keywords the examples satisfy and the documents do not state. */
  rule: JsonSchema;
  /** What the examples show, and the divergence from the documents' words if there is one. */
  hint: string;
  /** `parseWebhook` presents the value in the examples' reading: `anyOf[0]`. */
  normalised?: boolean;
}

/** The annotation of a node, if it has one. */
export function exampleRuleOf(node: JsonSchema): ExampleRuleAnnotation | undefined {
  return node['x-hookproof-examples'] as ExampleRuleAnnotation | undefined;
}

/**
 * A node as the typed event presents it: a normalised divergence keeps only the examples' reading
 * (`anyOf[0]`); any other node is returned as it is.
 *
 * @example
 * presented({ anyOf: [{ type: 'string' }, { type: 'boolean' }], 'x-hookproof-examples': { rule: {}, hint: '', normalised: true } });
 * // { type: 'string', 'x-hookproof-examples': ... }
 */
export function presented(node: JsonSchema): JsonSchema {
  if (!exampleRuleOf(node)?.normalised || !Array.isArray(node.anyOf)) return node;
  const { anyOf, ...rest } = node;
  return { ...rest, ...(anyOf[0] as JsonSchema) };
}

/** A node as the examples show it: presented, with the examples' rule merged in. */
export function asTheExamplesShow(node: JsonSchema): JsonSchema {
  const example = exampleRuleOf(node);
  return example ? { ...presented(node), ...example.rule } : node;
}
