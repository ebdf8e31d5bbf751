/**
 * The benchmarks are not timed here (`npm run bench` does that): this checks that every section runs
 * end to end in a tiny run, reports the figures the performance issue asks for with their targets,
 * and that a target is judged correctly.
 */
import { describe, expect, it } from 'vitest';
import type { BenchSection } from '../bench/bench-figure.js';
import { figure, formatValue, median } from '../bench/bench-figure.js';
import { markdownTable, textTable } from '../bench/results-table.js';
import { BENCH_SECTIONS, runBenchmarks } from '../bench/run-benchmarks.js';
import { variants } from '../src/index.js';

describe('bench', () => {
  it.each([
    { value: 1.19, target: { max: 1.2 }, met: true },
    { value: 1.2, target: { max: 1.2 }, met: true },
    { value: 1.2004, target: { max: 1.2 }, met: false },
    { value: 0.49, target: { min: 0.5 }, met: false },
    { value: 0.5, target: { min: 0.5 }, met: true },
    { value: 3.5, target: undefined, met: null },
  ])('bench > $value against $target is met: $met', ({ value, target, met }) => {
    expect(figure({ id: 'x', section: 'validation', label: 'x', value, unit: 'x', detail: '', ...(target ? { target } : {}) }).met).toBe(
      met,
    );
  });

  it('bench > a ratio that two decimals would round onto its target shows a third', () => {
    expect(formatValue(1.2004, 'x', { max: 1.2 })).toBe('1.200x');
    expect(formatValue(1.196, 'x', { max: 1.2 })).toBe('1.196x');
    expect(formatValue(1.17, 'x', { max: 1.2 })).toBe('1.17x');
  });

  it('bench > median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });

  it('bench > a quick run of every section reports every figure the issue asks for, with its target', { timeout: 120_000 }, async () => {
    const results = await runBenchmarks(Object.keys(BENCH_SECTIONS) as BenchSection[], { quick: true, log: () => {} });
    const byId = new Map(results.figures.map((f) => [f.id, f]));
    const targeted = [
      ...variants.flatMap((v) => [`validation.object.${v.id}`, `validation.string.${v.id}`].map((id) => [id, { max: 1.15 }] as const)),
      ['conformance.wall', { max: 2 }],
      ['conformance.overhead', { max: 1.5 }],
      ['conformance.happy-only-overhead', { max: 1.15 }],
      ['sender.vs-fetch', { min: 0.8 }],
      ['signatures.kustom.1kb', { max: 1.5 }],
      ['signatures.kushki.1kb', { max: 1.5 }],
      ['in-process.sendall', { max: 1.5 }],
      ['in-process.msw-order', { max: 2 }],
      ['scenarios.wall', { max: 5 }],
      ['listen.throughput', { min: 0.5 }],
      ['cold-start.version', { max: 3 }],
      ['cold-start.validate', { max: 3 }],
      ['install.packages', { max: 10 }],
      ['install.size', { max: 8 }],
    ] as const;
    for (const [id, target] of targeted) {
      const f = byId.get(id);
      expect(f, id).toBeDefined();
      expect(f?.target, id).toEqual(target);
      expect(typeof f?.met, id).toBe('boolean');
      expect(Number.isFinite(f?.value) && (f?.value ?? 0) > 0, id).toBe(true);
    }
    for (const id of [
      'validation.object.vs-zod',
      'validation.string.vs-zod',
      'validation.string.events-per-second',
      'install.import-root',
      'sender.throughput',
      'listen.throughput.no-op-receiver',
      'signatures.kustom.64kb',
      'signatures.kushki.64kb',
      'in-process.sendall.cpu-time',
    ])
      expect(byId.has(id), id).toBe(true);
    expect(results.machine.cores).toBeGreaterThan(0);
    expect(results.quick).toBe(true);
    const text = textTable(results.figures);
    const markdown = markdownTable(results.figures);
    for (const f of results.figures) {
      expect(text).toContain(f.label);
      expect(markdown).toContain(f.label.replaceAll('|', '\\|'));
    }
  });
});
