/** The benchmark figures as a plain-text table (the terminal) or a Markdown table (docs/guide/performance.md). */
import { formatTable } from '../src/text/format-table.js';
import { type BenchFigure, formatTarget, formatValue } from './bench-figure.js';

const met = (f: BenchFigure) => (f.met === null ? '' : f.met ? 'yes' : 'NO');

export function textTable(figures: BenchFigure[]): string {
  return formatTable(
    ['section', 'figure', 'value', 'target', 'met', 'measured'],
    figures.map((f) => [f.section, f.label, formatValue(f.value, f.unit, f.target), formatTarget(f.target, f.unit), met(f), f.detail]),
  );
}

export function markdownTable(figures: BenchFigure[]): string {
  const cell = (s: string) => s.replaceAll('|', '\\|');
  return [
    '| figure | value | target | met | measured |',
    '|---|---|---|---|---|',
    ...figures.map(
      (f) =>
        `| ${cell(f.label)} | ${formatValue(f.value, f.unit, f.target)} | ${cell(formatTarget(f.target, f.unit))} | ${met(f)} | ${cell(f.detail)} |`,
    ),
  ].join('\n');
}
