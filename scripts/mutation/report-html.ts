/**
 * The HTML report of a merged JSON report: Stryker's own page (its html reporter's output for one
 * run, which embeds the report on one `app.report = ...;` line) with the merged report in its place.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { MutationReport } from './report-scores.js';

const REPORT_LINE = /^(\s*app\.report = ).*;$/m;

/** Writes `out` from the template page `page` with `report` embedded; `false` when the page has no report line. */
export function writeMergedHtml(page: string, report: MutationReport, out: string): boolean {
  const html = readFileSync(page, 'utf8');
  if (!REPORT_LINE.test(html)) return false;
  // As Stryker does: break `<` apart inside the JSON so that no string closes the <script>.
  const json = JSON.stringify(report).replace(/</g, '<"+"');
  writeFileSync(
    out,
    html.replace(REPORT_LINE, (_line, start: string) => `${start}${json};`),
  );
  return true;
}
