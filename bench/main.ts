/**
 * `npm run bench`: prints the table and writes `bench/results.json`.
 *
 *   --quick              a tiny run of everything (the smoke test); writes nothing unless --out is given
 *   --only <sections>    comma-separated: validation, cold-start, sender, listen, conformance, scenarios, install
 *   --out <file>         where to write the results (default bench/results.json)
 *   --markdown           also print the table as Markdown, for docs/guide/performance.md
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BenchSection } from './bench-figure.js';
import { markdownTable, textTable } from './results-table.js';
import { BENCH_SECTIONS, runBenchmarks } from './run-benchmarks.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      out: { type: 'string' },
      markdown: { type: 'boolean', default: false },
    },
  });
  const all = Object.keys(BENCH_SECTIONS) as BenchSection[];
  const sections = values.only ? values.only.split(',').map((s) => s.trim()) : all;
  const unknown = sections.filter((s) => !(all as string[]).includes(s));
  if (unknown.length > 0) throw new Error(`unknown section(s) ${unknown.join(', ')}; choose from ${all.join(', ')}`);

  const results = await runBenchmarks(sections as BenchSection[], {
    quick: values.quick,
    log: (line) => process.stderr.write(`bench: ${line}\n`),
  });
  const { machine } = results;
  console.log(`\n${machine.cores} cores, ${machine.cpu}, Node ${machine.node}, ${results.date} (${results.durationSeconds} s)\n`);
  console.log(textTable(results.figures));
  const missed = results.figures.filter((f) => f.met === false);
  console.log(`\n${missed.length === 0 ? 'every target met' : `targets missed: ${missed.map((f) => f.id).join(', ')}`}`);
  if (values.markdown) console.log(`\n${markdownTable(results.figures)}`);
  const out = values.out ?? (values.quick ? undefined : fileURLToPath(new URL('./results.json', import.meta.url)));
  if (out) {
    await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nresults written to ${values.out ?? 'bench/results.json'}`);
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
