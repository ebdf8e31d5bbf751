/**
 * Hints attached to validation issues where the provider's documents and its wire format disagree,
 * so that a developer who followed the documents learns what the provider really sends.
 */
import { type ParseIssue, valueAtPointer } from './parse-issue.js';

interface DivergenceHint {
  path: string;
  applies: (value: unknown) => boolean;
  hint: string;
}

const KUSHKI_HINTS: DivergenceHint[] = [
  {
    path: '/syncMetadata',
    applies: (v) => typeof v === 'boolean',
    hint: 'Kushki\'s field table declares syncMetadata a boolean, but Kushki sends the string "true" or "false".',
  },
  {
    path: '/product',
    applies: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
    hint: "Kushki's field table declares product an object, but Kushki sends an array of products.",
  },
  {
    path: '/created',
    applies: (v) => typeof v === 'number' && v > 0 && v < 1e12,
    hint: 'Kushki sends created in milliseconds since the Unix epoch; this value looks like seconds.',
  },
];

/** The issues, each with the hint of the divergence it stems from, if any. */
export function withDivergenceHints(issues: ParseIssue[], payload: unknown, provider: 'kustom' | 'kushki'): ParseIssue[] {
  if (provider !== 'kushki') return issues;
  return issues.map((issue) => {
    const match = KUSHKI_HINTS.find((h) => h.path === issue.path && h.applies(valueAtPointer(payload, issue.path)));
    return match ? { ...issue, hint: match.hint } : issue;
  });
}
