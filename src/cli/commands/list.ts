/** `hookproof list`: the variant catalogue. */
import { variants } from '../../catalogue/variant-catalogue.js';
import { formatTable } from '../../text/format-table.js';

export function runList(options: { json?: boolean }): number {
  if (options.json) {
    console.log(JSON.stringify(variants, null, 2));
    return 0;
  }
  const rows = variants.map((v) => [
    v.id,
    v.provider,
    v.status ? `${v.event} / ${v.status}` : v.event,
    v.terminal ? 'yes' : 'no',
    v.trigger,
  ]);
  console.log(formatTable(['variant', 'provider', 'event / status', 'terminal', 'trigger'], rows));
  return 0;
}
