/**
 * What every benchmark reports: a figure (usually hookproof's time or rate as a ratio to a baseline
 * measured in the same run), its target, and whether the target is met.
 */

export type BenchSection =
  | 'validation'
  | 'conformance'
  | 'sender'
  | 'cold-start'
  | 'install'
  | 'listen'
  | 'scenarios'
  | 'signatures'
  | 'in-process';

/** A target: the figure must be at most `max` and/or at least `min`. */
export interface BenchTarget {
  max?: number;
  min?: number;
}

export interface BenchFigure {
  /** Stable id, `section.what[.variant]`, used as the key in `bench/results.json`. */
  id: string;
  section: BenchSection;
  label: string;
  value: number;
  /** `x` for a ratio to the baseline; `s`, `ns`, `/s`, `MB` or `n` (a count) for an absolute figure. */
  unit: 'x' | 's' | 'ns' | '/s' | 'MB' | 'n';
  /** Absent for figures reported for context only. */
  target?: BenchTarget;
  /** `null` when there is no target. */
  met: boolean | null;
  /** The measurements behind the figure (`hookproof 612 ns, bare ajv 540 ns`). */
  detail: string;
}

/** Builds a figure and decides whether it meets its target. */
export function figure(fields: Omit<BenchFigure, 'met'>): BenchFigure {
  const { target, value } = fields;
  const met = target ? (target.max === undefined || value <= target.max) && (target.min === undefined || value >= target.min) : null;
  return { ...fields, met };
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** `<= 1.2`, `>= 0.5`, `-` */
export function formatTarget(target: BenchTarget | undefined, unit: BenchFigure['unit']): string {
  if (!target) return '-';
  const u = unit === 'x' ? 'x' : unit === 'n' ? '' : ` ${unit}`;
  return [target.max !== undefined ? `<= ${target.max}${u}` : '', target.min !== undefined ? `>= ${target.min}${u}` : '']
    .filter(Boolean)
    .join(', ');
}

/** A figure's value with its unit; a ratio gets a third decimal where two would round it onto its target. */
export function formatValue(value: number, unit: BenchFigure['unit'], target?: BenchTarget): string {
  if (unit === 'x') {
    const two = value.toFixed(2);
    const onBound = [target?.max, target?.min].some((bound) => bound !== undefined && Number(two) === bound && value !== bound);
    return `${onBound ? value.toFixed(3) : two}x`;
  }
  if (unit === 's') return `${value.toFixed(2)} s`;
  if (unit === 'ns') return `${Math.round(value)} ns`;
  if (unit === 'MB') return `${value.toFixed(1)} MB`;
  if (unit === 'n') return String(value);
  return `${formatRate(value)}/s`;
}

/** 1 234 567 → `1.23 M`, 12 345 → `12.3 k`. */
export function formatRate(perSecond: number): string {
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(2)} M`;
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toFixed(1)} k`;
  return perSecond.toFixed(0);
}

export interface BenchContext {
  /** A tiny run: a few iterations of everything, for the smoke test. Its figures mean nothing. */
  quick: boolean;
  /** Progress lines go here (stderr by default). */
  log: (line: string) => void;
}
