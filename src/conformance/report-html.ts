/**
 * The conformance report as one self-contained HTML page (no external assets): a summary, a row per
 * variant or check, and for every failed row the request sent and the response received.
 */
import type { Exchange } from '../pact/exchange.js';
import { type ConformanceRow, rowLabel } from './conformance-row.js';
import type { ConformanceReport } from './run-conformance.js';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

function headerLines(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
}

function exchangeHtml(x: Exchange, index: number): string {
  const response = x.response
    ? `<h4>Response ${x.response.status}</h4><pre>${escapeHtml(headerLines(x.response.headers))}\n\n${escapeHtml(prettyJson(x.response.body))}</pre>`
    : `<h4>No response</h4><pre>${escapeHtml(x.error ?? 'no response')}</pre>`;
  return `<div class="exchange"><h4>Request ${index + 1}: POST ${escapeHtml(x.url)}</h4><pre>${escapeHtml(headerLines(x.request.headers))}\n\n${escapeHtml(prettyJson(x.request.body))}</pre>${response}</div>`;
}

function resultOf(row: ConformanceRow, strict: boolean): { label: string; css: string } {
  if (row.passed) return { label: 'pass', css: 'pass' };
  if (row.pending) return { label: 'pending', css: 'warn' };
  return row.severity === 'advisory' && !strict ? { label: 'warning', css: 'warn' } : { label: 'FAIL', css: 'fail' };
}

function rowHtml(row: ConformanceRow, strict: boolean): string {
  const result = resultOf(row, strict);
  const details =
    row.passed || row.exchanges.length === 0
      ? ''
      : `<tr class="details"><td colspan="5"><details open><summary>Payload and response</summary>${row.exchanges.map(exchangeHtml).join('')}</details></td></tr>`;
  return `<tr class="${result.css}"><td><code>${escapeHtml(rowLabel(row))}</code></td><td>${escapeHtml(row.expectation)}</td><td class="result">${result.label}</td><td>${row.status ?? '-'}</td><td>${escapeHtml(row.reason)}</td></tr>${details}`;
}

/**
 * The report as one self-contained HTML page (inline CSS, no script, no external asset).
 *
 * @example
 * writeFileSync('reports/conformance.html', renderConformanceHtml(await runConformance({ provider: 'all', url })));
 */
export function renderConformanceHtml(report: ConformanceReport, strict = false): string {
  const { passed, failed, warnings } = report.counts;
  const verdict = report.passed ? 'passed' : 'failed';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>hookproof conformance: ${verdict}</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem; color: #1d2330; }
h1 { margin-bottom: .25rem; }
.summary { display: flex; gap: 1rem; margin: 1rem 0 1.5rem; }
.summary div { padding: .5rem 1rem; border-radius: 6px; background: #f1f3f7; }
.verdict.passed { background: #dcf5e3; } .verdict.failed { background: #fbe0e0; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid #e3e6ec; vertical-align: top; }
th { background: #f7f8fa; }
tr.pass td.result { color: #167a3a; font-weight: 600; }
tr.fail td.result { color: #b3261e; font-weight: 700; }
tr.warn td.result { color: #94620b; font-weight: 700; }
tr.fail { background: #fff6f5; } tr.warn { background: #fffaf0; }
pre { background: #f7f8fa; padding: .6rem; overflow-x: auto; font-size: 13px; }
code { font-size: 13px; }
</style>
</head>
<body>
<h1>Webhook receiver conformance</h1>
<p>Receiver <code>${escapeHtml(report.receiver)}</code>, verified by hookproof against the documented Kustom In-Person Payments and Kushki Payment Button webhooks (Pact contracts, real Pact verifier) and checks beyond the happy path.</p>
<div class="summary">
<div class="verdict ${verdict}"><strong>${verdict.toUpperCase()}</strong></div>
<div>${passed} passed</div><div>${failed} failed</div><div>${warnings} warnings</div><div>${report.rows.length} rows in ${report.durationMs} ms</div>
</div>
<table>
<thead><tr><th>Variant / check</th><th>Expectation</th><th>Result</th><th>Status</th><th>Detail</th></tr></thead>
<tbody>
${report.rows.map((r) => rowHtml(r, strict)).join('\n')}
</tbody>
</table>
</body>
</html>
`;
}
