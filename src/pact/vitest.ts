/**
 * hookproof/pact/vitest: the receiver's conformance run as a vitest suite, one test per row of
 * `hookproof verify` (each variant's contract, then each check beyond the happy path).
 * Requires `vitest` (an optional peer dependency).
 */
import { beforeAll, describe, it } from 'vitest';
import { variants } from '../catalogue/variant-catalogue.js';
import type { ConformanceRow } from '../conformance/conformance-row.js';
import { checksFor } from '../conformance/receiver-checks.js';
import { type ConformanceOptions, type ConformanceReport, runConformance } from '../conformance/run-conformance.js';
import { type ProviderSelection, selectedProviders } from './receiver-target.js';

/** The options of `runConformance` but those the test declarations need up front (`provider`, `happyOnly`, `strict`). */
export type ReceiverOptions = Omit<ConformanceOptions, 'provider' | 'happyOnly' | 'strict' | 'onProgress'>;

/** How the suite runs, known when the tests are declared. */
export interface ReceiverContractSettings {
  /** The contracts only, without the checks beyond the happy path (`hookproof verify --happy-only`). Default `false`. */
  happyOnly?: boolean | undefined;
  /** Advisory rows fail their test too (`--strict`); otherwise a failed advisory row warns and passes. Default `false`. */
  strict?: boolean | undefined;
  /** How long the whole run (verifier and checks) may take, in ms. Default 120 000. */
  timeoutMs?: number | undefined;
}

/** A row that did not hold: its expectation, the status and the response body received. Stack-free: the row is the location. */
export class ReceiverContractError extends Error {
  override readonly name = 'ReceiverContractError';
  constructor(message: string) {
    super(message);
    this.stack = `${this.name}: ${message}`;
  }
}

const MAX_BODY_IN_MESSAGE = 300;
/** The test of the rows not declared one by one; skipped when there are none. */
const OTHER_ROWS_TITLE = 'every other row of the run holds (interactions of your own pact files, ...)';

/** What went wrong in one row, as a test failure or a warning names it. */
export function describeRowFailure(row: ConformanceRow): string {
  const last = row.exchanges.at(-1);
  const response = last?.response;
  const body = response
    ? JSON.stringify(response.body.length > MAX_BODY_IN_MESSAGE ? `${response.body.slice(0, MAX_BODY_IN_MESSAGE)}…` : response.body)
    : null;
  return [
    `expected: ${row.expectation}`,
    `got: ${response ? `status ${response.status}, body ${body}` : `no response (${last?.error ?? 'not sent'})`}`,
    `reason: ${row.reason}`,
    ...(last ? [`sent: POST ${last.url}`] : []),
  ].join('\n');
}

interface PlannedRow {
  title: string;
  matches: (row: ConformanceRow) => boolean;
}

function plannedRows(provider: ProviderSelection, happyOnly: boolean): PlannedRow[] {
  const providers = selectedProviders(provider);
  const contracts = variants
    .filter((v) => providers.includes(v.provider))
    .map((v) => ({
      title: `${v.id} is acknowledged with 200`,
      matches: (r: ConformanceRow) => r.check === 'contract' && r.variant === v.id,
    }));
  if (happyOnly) return contracts;
  const checks = providers.flatMap((p) =>
    checksFor(p).map((c) => ({
      title: `${p}: ${c.check}${c.severity === 'advisory' ? ' (advisory)' : ''}`,
      matches: (r: ConformanceRow) => r.provider === p && r.check === c.check,
    })),
  );
  return [...contracts, ...checks];
}

/**
 * Declares a `describe` block that runs the same rows as `hookproof verify` against your receiver: one
 * test per variant's contract, then one per check beyond the happy path (forged, missing and stale
 * signatures, duplicates, re-ordered JSON, other events; advisory rows warn and pass unless `strict`).
 * The options may be a function, called in `beforeAll`, so that the URL can come from a server started there.
 * A failure names the expectation, the status and the response body.
 *
 * @example
 * import { describeReceiverContract } from 'hookproof/pact/vitest';
 *
 * let server: { url: string; close(): Promise<void> };
 * beforeAll(async () => { server = await startMyReceiver(); });
 * afterAll(() => server.close());
 *
 * describeReceiverContract('webhook receiver', 'all', () => ({
 *   url: server.url,
 *   stateHandlers: { 'an IPP session exists': ({ session_id }) => db.sessions.insert(session_id) },
 * }));
 * describeReceiverContract('contracts only', 'kushki', () => ({ url: server.url }), { happyOnly: true });
 *
 * // From a Pact Broker, publishing the results (see docs/guide/pact-broker.md):
 * describeReceiverContract('webhook receiver', 'all', () => ({
 *   url: server.url,
 *   broker: { providerName: 'acme-receiver', providerVersion: process.env.GIT_SHA, providerBranch: 'main', publish: true },
 * }));
 * @see https://docs.pact.io/getting_started/provider_verification
 */
export function describeReceiverContract(
  name: string,
  provider: ProviderSelection,
  options: ReceiverOptions | (() => ReceiverOptions | Promise<ReceiverOptions>),
  settings: ReceiverContractSettings | number = {},
): void {
  const { happyOnly = false, strict = false, timeoutMs = 120_000 } = typeof settings === 'number' ? { timeoutMs: settings } : settings;
  const planned = plannedRows(provider, happyOnly);
  describe(name, () => {
    let report: ConformanceReport;
    let ownPactFiles = false;
    beforeAll(async () => {
      const resolved = typeof options === 'function' ? await options() : options;
      ownPactFiles = resolved.pactFiles !== undefined || resolved.broker !== undefined;
      report = await runConformance({ ...resolved, provider, happyOnly, strict });
    }, timeoutMs);
    for (const { title, matches } of planned) {
      it(title, async (context) => {
        // A broker may select several versions of a contract: the first failure counts, a pending pact's only warns.
        const rows = report.rows.filter(matches);
        const row = rows.find((r) => !r.passed && !r.pending) ?? rows.find((r) => !r.passed) ?? rows[0];
        if (!row && ownPactFiles) return context.skip('not in the pact files given');
        if (!row) throw new ReceiverContractError(`${title}: the run has no such row`);
        if (row.passed) return;
        const message = `${title}\n${describeRowFailure(row)}`;
        if (row.pending || (row.severity === 'advisory' && !strict)) {
          console.warn(`hookproof: warning: ${message}`);
          const annotate = (context as { annotate?: (message: string, type?: string) => Promise<unknown> }).annotate;
          await annotate?.(message, 'warning');
          return;
        }
        throw new ReceiverContractError(message);
      });
    }
    // Rows the declarations could not foresee: interactions of your own pact files, and any other rows of the run.
    it(OTHER_ROWS_TITLE, (context) => {
      const others = report.rows.filter((r) => !planned.some((p) => p.matches(r)));
      if (others.length === 0) return context.skip('the run has no other rows');
      const failed = others.filter((r) => !r.passed && !r.pending && (r.severity === 'required' || strict));
      if (failed.length > 0)
        throw new ReceiverContractError(failed.map((r) => `${r.description ?? r.check}\n${describeRowFailure(r)}`).join('\n\n'));
    });
  });
}
