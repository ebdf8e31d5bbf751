/** Turns ajv's error objects into hookproof's `ParseIssue`s: one per problem, path first. */
import type { ValidatorError } from './compiled-validators.js';
import { joinPointer, type ParseIssue } from './parse-issue.js';

const quote = (value: unknown): string => JSON.stringify(value);

function toIssue(error: ValidatorError): ParseIssue | undefined {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path: joinPointer(error.instancePath, String(params.missingProperty)), message: 'is required', keyword: 'required' };
    case 'unevaluatedProperties':
      return {
        path: joinPointer(error.instancePath, String(params.unevaluatedProperty)),
        message: 'is not a documented field (reported under --strict)',
        keyword: 'unevaluatedProperties',
      };
    case 'const':
      return { path: error.instancePath, message: `must be ${quote(params.allowedValue)}`, keyword: 'const' };
    case 'enum':
      return {
        path: error.instancePath,
        message: `must be one of ${(params.allowedValues as unknown[]).map(quote).join(', ')}`,
        keyword: 'enum',
      };
    case 'not':
      // Only other-event.schema.json uses `not`; its caller reports IPP types itself.
      return undefined;
    default:
      return { path: error.instancePath, message: error.message ?? `fails ${error.keyword}`, keyword: error.keyword };
  }
}

/** The issues of an ajv run, de-duplicated, in ajv's order. */
export function issuesFromAjv(errors: readonly ValidatorError[] | null | undefined): ParseIssue[] {
  const seen = new Set<string>();
  const issues: ParseIssue[] = [];
  // A value of the wrong type also fails its enum, format, pattern...: report the type alone.
  const wrongType = new Set((errors ?? []).filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  for (const error of errors ?? []) {
    const issue = toIssue(error);
    if (!issue) continue;
    if (issue.keyword !== 'type' && issue.keyword !== 'required' && wrongType.has(issue.path)) continue;
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}
