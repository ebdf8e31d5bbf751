/**
 * The issues of the rules inferred only from the provider documents' examples: warnings by default,
 * errors under `strict`. Each carries the hint of its rule (what the examples show).
 */
import { issuesFromAjv } from './ajv-issues.js';
import { compiledValidator, type PayloadSchemaName, type ValidatorError } from './compiled-validators.js';
import type { ParseIssue } from './parse-issue.js';

/** A payload accepted by default that breaks a rule only the documents' examples show. */
export interface ParseWarning extends ParseIssue {
  /** What the examples show, and the divergence from the documents' words if there is one. */
  hint: string;
}

/**
 * The hint of the example rule an ajv error comes from, or `undefined` for a rule the documents state.
 * The `examples` and `strict` validators are verbose: each error carries the subschema that failed.
 */
export function exampleRuleHint(error: ValidatorError): string | undefined {
  const hint = (error.parentSchema as Record<string, unknown> | undefined)?.['x-hookproof-hint'];
  return typeof hint === 'string' ? hint : undefined;
}

/** ajv's errors as issues, each with the hint of its example rule when it comes from one. */
export function issuesWithHints(errors: readonly ValidatorError[] | null | undefined): ParseIssue[] {
  const hinted = new Map<string, string>();
  for (const error of errors ?? []) {
    const hint = exampleRuleHint(error);
    if (hint !== undefined) hinted.set(error.instancePath, hint);
  }
  const issues = issuesFromAjv(errors);
  return hinted.size === 0 ? issues : issues.map((i) => (hinted.has(i.path) && !i.hint ? { ...i, hint: hinted.get(i.path) } : i));
}

/**
 * The warnings of a payload the default profile accepted: each example rule it breaks. `skip` holds
 * paths already reported (the event type of a misspelled event).
 */
export function exampleRuleWarnings(name: PayloadSchemaName, payload: unknown, skip?: string): ParseWarning[] {
  const validate = compiledValidator(name, 'examples');
  if (validate(payload)) return [];
  const rules = (validate.errors ?? []).filter((e) => e.instancePath !== skip && exampleRuleHint(e) !== undefined);
  return issuesWithHints(rules) as ParseWarning[];
}
