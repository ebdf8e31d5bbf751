/**
 * Validation: `parseWebhook` on each variant's example, as a parsed object and as the raw JSON string,
 * against a bare ajv validator of the same schema (for the string, `JSON.parse` + bare ajv); and the
 * Kushki card payload against a hand-written zod schema. Timed with tinybench, in batches of calls
 * so that the timer's own cost does not count; the median of several rounds.
 */

import { parseWebhook, type VariantId, variants } from 'hookproof';
import { examples } from 'hookproof/fixtures';
import { Bench } from 'tinybench';
import { type BareValidator, bareDispatch, compileBareValidators } from './bare-ajv.js';
import { type BenchContext, type BenchFigure, figure, formatRate, median } from './bench-figure.js';
import { kushkiCardApprovedZod } from './kushki-card-zod.js';

/** hookproof's time per call may be at most this multiple of bare ajv's. */
const MAX_RATIO = 1.15;
const ZOD_VARIANT: VariantId = 'kushki.card.approved';

/** Keeps the results alive so that the optimiser cannot drop the calls. */
// biome-ignore lint/correctness/noUnusedVariables: a write-only sink is the point
let sink: unknown;

interface Subject {
  variant: VariantId;
  object: unknown;
  text: string;
  all: BareValidator;
  first: BareValidator;
  /** Bare ajv behind the dispatch a receiver must write (context only). */
  dispatched: BareValidator;
}

function subjects(): Subject[] {
  const all = compileBareValidators(true);
  const first = compileBareValidators(false);
  const dispatched = bareDispatch(all);
  return variants.map((v) => {
    // The built package, as users run it (through tsx, the sources run measurably slower), and the
    // object a server's JSON body parser would hand over.
    const text = JSON.stringify(examples[v.id]);
    const subject = { variant: v.id, object: JSON.parse(text) as unknown, text, all: all[v.id], first: first[v.id], dispatched };
    // Every contestant must accept the payload, or the race measures an early exit.
    const parsed = parseWebhook(subject.text);
    if (
      !parsed.ok ||
      parsed.variant !== v.id ||
      !subject.all(subject.object) ||
      !subject.first(subject.object) ||
      !dispatched(subject.object)
    ) {
      throw new Error(`the example of ${v.id} does not validate everywhere`);
    }
    return subject;
  });
}

type Timings = Map<string, number[]>;

/** One round: every task once; records ns per call (the median sample of the round). */
async function round(tasks: [string, () => unknown][], batch: number, timeMs: number, timings: Timings): Promise<void> {
  const bench = new Bench({ time: timeMs, warmupTime: Math.max(5, timeMs / 4), timestampProvider: 'hrtimeNow', throws: true });
  for (const [name, call] of tasks) {
    bench.add(name, () => {
      for (let i = 0; i < batch; i++) sink = call();
    });
  }
  await bench.run();
  for (const task of bench.tasks) {
    const result = task.result;
    if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`);
    const list = timings.get(task.name) ?? [];
    list.push((result.latency.p50 * 1e6) / batch);
    timings.set(task.name, list);
  }
}

/** The median over rounds of a per-round ratio `a / b`. */
function ratioOf(timings: Timings, a: string, b: string): number {
  const as = timings.get(a) ?? [];
  const bs = timings.get(b) ?? [];
  return median(as.map((t, i) => t / (bs[i] ?? Number.NaN)));
}

/** The worst (highest) per-round ratio `a / b`. */
function worstRatio(timings: Timings, a: string, b: string): number {
  const bs = timings.get(b) ?? [];
  return Math.max(...(timings.get(a) ?? []).map((t, i) => t / (bs[i] ?? Number.NaN)));
}

const ns = (timings: Timings, name: string) => median(timings.get(name) ?? [Number.NaN]);

export async function benchValidation(ctx: BenchContext): Promise<BenchFigure[]> {
  const list = subjects();
  const zodSubject = list.find((s) => s.variant === ZOD_VARIANT) as Subject;
  if (!kushkiCardApprovedZod.safeParse(zodSubject.object).success) throw new Error('the zod schema rejects the Kushki card example');

  // Each hookproof task sits next to its baseline, so that both see the same machine conditions.
  const tasks: [string, () => unknown][] = list.flatMap((s): [string, () => unknown][] => [
    [`${s.variant} hookproof object`, () => parseWebhook(s.object)],
    [`${s.variant} ajv object`, () => s.all(s.object)],
    [`${s.variant} ajv-first object`, () => s.first(s.object)],
    [`${s.variant} ajv-dispatch object`, () => s.dispatched(s.object)],
    [`${s.variant} hookproof string`, () => parseWebhook(s.text)],
    [`${s.variant} ajv string`, () => s.all(JSON.parse(s.text))],
  ]);
  tasks.push(['zod object', () => kushkiCardApprovedZod.safeParse(zodSubject.object)]);
  tasks.push(['zod string', () => kushkiCardApprovedZod.safeParse(JSON.parse(zodSubject.text))]);

  const rounds = ctx.quick ? 1 : 5;
  const timings: Timings = new Map();
  for (let r = 1; r <= rounds; r++) {
    ctx.log(`validation: round ${r}/${rounds} (${tasks.length} tasks)`);
    await round(tasks, ctx.quick ? 5 : 100, ctx.quick ? 2 : 80, timings);
  }

  const figures: BenchFigure[] = [];
  for (const s of list) {
    for (const input of ['object', 'string'] as const) {
      const mine = ns(timings, `${s.variant} hookproof ${input}`);
      const base = ns(timings, `${s.variant} ajv ${input}`);
      const first = input === 'object' ? `; ajv allErrors:false ${Math.round(ns(timings, `${s.variant} ajv-first object`))} ns` : '';
      figures.push(
        figure({
          id: `validation.${input}.${s.variant}`,
          section: 'validation',
          label: `${s.variant} (${input === 'object' ? 'parsed object' : 'raw string'}) / bare ajv`,
          value: ratioOf(timings, `${s.variant} hookproof ${input}`, `${s.variant} ajv ${input}`),
          unit: 'x',
          target: { max: MAX_RATIO },
          detail: `hookproof ${Math.round(mine)} ns (${formatRate(1e9 / mine)} events/s per core), ${input === 'string' ? 'JSON.parse + ' : ''}bare ajv ${Math.round(base)} ns${first}; worst round ${worstRatio(timings, `${s.variant} hookproof ${input}`, `${s.variant} ajv ${input}`).toFixed(2)}x`,
        }),
      );
    }
  }

  const firstRatios = list.map((s) => ratioOf(timings, `${s.variant} hookproof object`, `${s.variant} ajv-first object`));
  figures.push(
    figure({
      id: 'validation.object.vs-ajv-first-error',
      section: 'validation',
      label: 'all variants (parsed object) / bare ajv allErrors:false, median',
      value: median(firstRatios),
      unit: 'x',
      detail: `for context: ajv's default stops at the first error; hookproof reports every error. Range ${Math.min(...firstRatios).toFixed(2)}-${Math.max(...firstRatios).toFixed(2)}x`,
    }),
  );
  const dispatchRatios = list.map((s) => ratioOf(timings, `${s.variant} hookproof object`, `${s.variant} ajv-dispatch object`));
  figures.push(
    figure({
      id: 'validation.object.vs-ajv-dispatch',
      section: 'validation',
      label: 'all variants (parsed object) / bare ajv + the dispatch a receiver writes, median',
      value: median(dispatchRatios),
      unit: 'x',
      detail: `for context: a receiver with bare ajv must first pick the validator from type / paymentMethod+status (Map lookups); the target above hands ajv the right validator. Range ${Math.min(...dispatchRatios).toFixed(2)}-${Math.max(...dispatchRatios).toFixed(2)}x`,
    }),
  );
  const rates = list.map((s) => 1e9 / ns(timings, `${s.variant} hookproof string`));
  figures.push(
    figure({
      id: 'validation.string.events-per-second',
      section: 'validation',
      label: 'parseWebhook on raw strings, events/s per core (slowest variant)',
      value: Math.min(...rates),
      unit: '/s',
      detail: `median variant ${formatRate(median(rates))}/s, fastest ${formatRate(Math.max(...rates))}/s`,
    }),
  );
  for (const input of ['object', 'string'] as const) {
    const mine = ns(timings, `${ZOD_VARIANT} hookproof ${input}`);
    const zod = ns(timings, `zod ${input}`);
    figures.push(
      figure({
        id: `validation.${input}.vs-zod`,
        section: 'validation',
        label: `${ZOD_VARIANT} (${input === 'object' ? 'parsed object' : 'raw string'}) / hand-written zod`,
        value: ratioOf(timings, `${ZOD_VARIANT} hookproof ${input}`, `zod ${input}`),
        unit: 'x',
        detail: `hookproof ${Math.round(mine)} ns, zod safeParse ${input === 'string' ? '(after JSON.parse) ' : ''}${Math.round(zod)} ns; below 1 is faster than zod`,
      }),
    );
  }
  sink = undefined;
  return figures;
}
