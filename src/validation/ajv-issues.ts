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

const within = (path: string, base: string): boolean => path === base || path.startsWith(`${base}/`);

/**
 * A field with two documented readings (`anyOf`) that matches neither: one issue naming what each
 * reading wanted, instead of every failure of every reading. ajv reports a failed `anyOf` after the
 * errors of its branches, so those are the errors just before it, at or below its path.
 */
function foldAnyOf(errors: readonly ValidatorError[]): ValidatorError[] {
  const out: ValidatorError[] = [];
  for (const error of errors) {
    if (error.keyword !== 'anyOf') {
      out.push(error);
      continue;
    }
    const branches: ValidatorError[] = [];
    for (let last = out.at(-1); last && within(last.instancePath, error.instancePath); last = out.at(-1)) {
      branches.unshift(last);
      out.pop();
    }
    const reasons = [
      ...new Set(branches.map((b) => `${b.instancePath.slice(error.instancePath.length)} ${b.message ?? b.keyword}`.trim())),
    ];
    out.push({ ...error, message: `matches none of its documented readings (${reasons.join('; ')})` });
  }
  return out;
}

/** The issues of an ajv run, de-duplicated, in ajv's order. */
export function issuesFromAjv(raw: readonly ValidatorError[] | null | undefined): ParseIssue[] {
  const seen = new Set<string>();
  const issues: ParseIssue[] = [];
  const errors = raw?.some((e) => e.keyword === 'anyOf') ? foldAnyOf(raw) : raw;
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
