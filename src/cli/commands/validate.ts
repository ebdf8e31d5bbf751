/**
 * `hookproof validate`: validates payload files against the catalogue. Exit 0 valid (warnings printed:
 * rules only the documents' examples show), 1 invalid, 2 usage/I-O. `--strict` turns the warnings into
 * errors and refuses undocumented fields.
 */

import type { Provider } from '../../catalogue/variant-catalogue.js';
import type { ParseIssue } from '../../validation/parse-issue.js';
import { type ParseResult, parseWebhook } from '../../validation/parse-webhook.js';
import { CliError } from '../cli-error.js';
import { readInput } from '../read-input.js';

export interface ValidateOptions {
  provider?: string;
  strict?: boolean;
  json?: boolean;
}

function parseProvider(value: string | undefined): Provider | undefined {
  if (value === undefined || value === 'kustom' || value === 'kushki') return value;
  throw new CliError(`--provider must be kustom or kushki, got ${JSON.stringify(value)}`);
}

function issueLines(issues: ParseIssue[], label = ''): string[] {
  return issues.flatMap((i) => [`  ${label}${i.path || '(body)'}: ${i.message}`, ...(i.hint ? [`    hint: ${i.hint}`] : [])]);
}

function describe(source: string, result: ParseResult): string {
  if (result.ok) {
    const what = result.kind === 'variant' ? result.variant : `another Kustom event (${result.type}), not IPP: acknowledge it with 200`;
    const warned = result.warnings.length > 0 ? ` with ${result.warnings.length} warning${result.warnings.length > 1 ? 's' : ''}` : '';
    return [`${source}: valid ${what}${warned}`, ...issueLines(result.warnings, 'warning ')].join('\n');
  }
  const what = result.variant ?? (result.provider ? `${result.provider} webhook` : 'webhook');
  return [`${source}: invalid ${what}`, ...issueLines(result.errors)].join('\n');
}

function summary(source: string, result: ParseResult): object {
  if (result.ok) {
    return { source, ok: true, kind: result.kind, provider: result.provider, variant: result.variant, warnings: result.warnings };
  }
  return { source, ok: false, provider: result.provider, variant: result.variant, errors: result.errors };
}

export async function runValidate(sources: string[], options: ValidateOptions): Promise<number> {
  const provider = parseProvider(options.provider);
  const results: { source: string; result: ParseResult }[] = [];
  for (const source of sources) {
    const bytes = await readInput(source);
    results.push({ source: source === '-' ? 'stdin' : source, result: parseWebhook(bytes, { provider, strict: options.strict === true }) });
  }
  if (options.json) {
    const out = results.map(({ source, result }) => summary(source, result));
    console.log(JSON.stringify(out.length === 1 ? out[0] : out, null, 2));
  } else {
    for (const { source, result } of results) console.log(describe(source, result));
  }
  return results.every((r) => r.result.ok) ? 0 : 1;
}
