/** The conformance report as a plain-text table, one row per variant or check. */
import { formatTable } from '../text/format-table.js';
import { rowLabel } from './conformance-row.js';
import type { ConformanceReport } from './run-conformance.js';

/**
 * The report as the plain-text table `hookproof verify` prints, with a verdict line.
 *
 * @example
 * console.log(formatConformanceTable(await runConformance({ provider: 'kushki', url })));
 */
export function formatConformanceTable(report: ConformanceReport, strict = false): string {
  const rows = report.rows.map((r) => [
    rowLabel(r),
    r.check === 'contract' ? 'contract' : r.check,
    r.passed ? 'pass' : r.pending ? 'PENDING' : r.severity === 'advisory' && !strict ? 'WARN' : 'FAIL',
    r.status === null ? '-' : String(r.status),
    r.reason,
  ]);
  const table = formatTable(['variant / check', 'check', 'result', 'status', 'detail'], rows);
  const { passed, failed, warnings, pending } = report.counts;
  const verdict = report.passed ? 'PASSED' : 'FAILED';
  return `${table}\n\n${verdict}: ${passed} passed, ${failed} failed${warnings ? `, ${warnings} warnings` : ''}${pending ? `, ${pending} pending` : ''} (${report.rows.length} rows, ${report.durationMs} ms)`;
}
