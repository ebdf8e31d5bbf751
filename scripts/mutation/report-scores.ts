/** Mutation scores per file and per scope group, read from Stryker's JSON report (mutation-testing-report-schema). */

type MutantStatus = 'Killed' | 'Survived' | 'NoCoverage' | 'Timeout' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending';

/** The parts of Stryker's JSON report read here. */
export interface MutationReport {
  files: Record<string, { mutants: { status: MutantStatus }[] }>;
  testFiles?: Record<string, unknown>;
  thresholds?: { high: number; low: number };
}

/** A group to score: its name, threshold and files (relative, `/`-separated). */
export interface GroupFiles {
  name: string;
  threshold: number;
  files: string[];
}

/** The counts behind a mutation score. */
export interface ScoreCounts {
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  ignored: number;
  errors: number;
}

/** One row of the score table: a file or a group. */
export interface ScoreRow extends ScoreCounts {
  name: string;
  /** Detected / valid mutants in percent (Stryker's definition), `null` without a valid mutant. */
  score: number | null;
}

/** One group's verdict. */
export interface GroupVerdict extends ScoreRow {
  threshold: number;
  passed: boolean;
}

function emptyCounts(): ScoreCounts {
  return { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0 };
}

function count(into: ScoreCounts, status: MutantStatus): void {
  if (status === 'Killed') into.killed++;
  else if (status === 'Timeout') into.timeout++;
  else if (status === 'Survived') into.survived++;
  else if (status === 'NoCoverage') into.noCoverage++;
  else if (status === 'Ignored') into.ignored++;
  else into.errors++;
}

/** Stryker's mutation score: (killed + timeout) / (killed + timeout + survived + no coverage). */
export function scoreOf(counts: ScoreCounts): number | null {
  const detected = counts.killed + counts.timeout;
  const valid = detected + counts.survived + counts.noCoverage;
  return valid === 0 ? null : (detected / valid) * 100;
}

function rowOf(name: string, counts: ScoreCounts): ScoreRow {
  return { name, ...counts, score: scoreOf(counts) };
}

/** Report paths as `/`-separated paths relative to the project root. */
function relative(file: string, root: string): string {
  const normal = file.replaceAll('\\', '/');
  const prefix = `${root.replaceAll('\\', '/').replace(/\/$/, '')}/`;
  return normal.startsWith(prefix) ? normal.slice(prefix.length) : normal;
}

/** Per-file rows, sorted by path. */
export function fileScores(report: MutationReport, root: string): ScoreRow[] {
  return Object.entries(report.files)
    .map(([file, { mutants }]) => {
      const counts = emptyCounts();
      for (const m of mutants) count(counts, m.status);
      return rowOf(relative(file, root), counts);
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Each group that has mutants in the report, scored against its threshold. */
export function groupVerdicts(files: ScoreRow[], groups: readonly GroupFiles[]): GroupVerdict[] {
  const verdicts: GroupVerdict[] = [];
  for (const group of groups) {
    const members = files.filter((f) => group.files.includes(f.name));
    if (members.length === 0) continue;
    const counts = emptyCounts();
    for (const m of members) for (const key of Object.keys(counts) as (keyof ScoreCounts)[]) counts[key] += m[key];
    const row = rowOf(group.name, counts);
    verdicts.push({ ...row, threshold: group.threshold, passed: row.score === null || row.score >= group.threshold });
  }
  return verdicts;
}

/** One report of several runs' reports (disjoint files): their files and test files together. */
export function mergeReports(reports: MutationReport[], thresholds: { high: number; low: number }): MutationReport {
  const [first, ...rest] = reports;
  if (!first) throw new Error('no report to merge');
  const merged = { ...first, thresholds, files: { ...first.files }, testFiles: { ...first.testFiles } };
  for (const report of rest) {
    Object.assign(merged.files, report.files);
    Object.assign(merged.testFiles, report.testFiles);
  }
  return merged;
}
