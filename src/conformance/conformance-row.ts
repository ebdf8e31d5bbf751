/** A row of the conformance report: one variant's contract, or one check beyond the happy path. */
import type { Provider, VariantId } from '../catalogue/variant-catalogue.js';
import type { Exchange } from '../pact/exchange.js';
import type { ScenarioId } from '../scenarios/lifecycle-scenarios.js';

/** The checks beyond the contracts' happy path, and the lifecycle scenarios (`--scenarios`). */
export type CheckId =
  | ScenarioId
  | 'contract'
  | 'forged-signature'
  | 'missing-signature'
  | 'stale-timestamp'
  | 'future-timestamp'
  | 'duplicate-delivery'
  | 'non-compact-body'
  | 'other-kustom-event'
  | 'misspelled-event'
  | 'schema-breaking-payload'
  | 'oversize-body'
  | 'wrong-content-type';

/** One row of the conformance report. */
export interface ConformanceRow {
  provider: Provider;
  check: CheckId;
  /** The variant a contract row verifies (and the payload a check is built on). */
  variant: VariantId | null;
  /** A contract row's interaction description (from the pact file). */
  description?: string | undefined;
  /** What the receiver must do. */
  expectation: string;
  /** `advisory` rows are warnings: they fail the run only under `--strict`. */
  severity: 'required' | 'advisory';
  passed: boolean;
  /** A contract row whose pact is pending in the Pact Broker: a failure is reported as pending, not counted. */
  pending?: boolean;
  /** A contract row's contract version (hookproof's version) when its pact came from a Pact Broker. */
  contractVersion?: string;
  /** The status received (the last one for multi-delivery checks), `null` when none. */
  status: number | null;
  /** Why the row failed (or what was observed when it passed). */
  reason: string;
  exchanges: Exchange[];
}

/** The label of a row in tables: the variant for contract rows (`@version` when from a broker), the check otherwise. */
export function rowLabel(row: ConformanceRow): string {
  if (row.check !== 'contract') return `${row.provider}: ${row.check}`;
  const label = row.variant ?? row.description ?? row.provider;
  return row.contractVersion ? `${label} @${row.contractVersion}` : label;
}
