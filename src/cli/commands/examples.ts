/** `hookproof examples`: validates every bundled example payload (the documents' own, verbatim) against its variant. */
import { variantExamples } from '../../generated/catalogue.js';
import { formatTable } from '../../text/format-table.js';
import { parseWebhook } from '../../validation/parse-webhook.js';

export function runExamples(options: { json?: boolean }): number {
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
