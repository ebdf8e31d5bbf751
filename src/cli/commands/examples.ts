/**
 * `hookproof examples`: validates every bundled example payload (the documents' own, verbatim) against
 * its variant; `hookproof examples <variant>` prints that variant's payload, to save as a file.
 */
import { isVariantId } from '../../catalogue/variant-catalogue.js';
import { variantExamples } from '../../generated/catalogue.js';
import { formatTable } from '../../text/format-table.js';
import { parseWebhook } from '../../validation/parse-webhook.js';
import { CliError } from '../cli-error.js';

/** Prints one variant's bundled example as indented JSON (`> payload.json` makes a file of it). */
function printExample(variant: string): number {
  const example = isVariantId(variant) ? variantExamples.find((e) => e.variant === variant) : undefined;
  if (!example) throw new CliError(`unknown variant ${JSON.stringify(variant)}: see hookproof list`);
  console.log(JSON.stringify(example.payload, null, 2));
  return 0;
}

export function runExamples(options: { json?: boolean }, variant?: string): number {
  if (variant !== undefined) return printExample(variant);
  const results = variantExamples.map((example) => {
    const result = parseWebhook(example.payload, { variant: example.variant });
    return { variant: example.variant, source: example.source, ok: result.ok, errors: result.ok ? [] : result.errors };
  });
  if (options.json) {
    console.log(JSON.stringify(results, null, 2));
  } else {
    const rows = results.map((r) => [
      r.variant,
      r.source === 'documents' ? 'provider documents' : 'hookproof (none documented)',
      r.ok ? 'valid' : `INVALID ${r.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`,
    ]);
    console.log(formatTable(['variant', 'example from', 'result'], rows));
    console.log(`\n${results.filter((r) => r.ok).length} of ${results.length} examples valid.`);
  }
  return results.every((r) => r.ok) ? 0 : 1;
}
