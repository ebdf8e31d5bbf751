/**
 * `POST /pacts/provider/{provider}/for-verification`: which pacts a provider version verifies, with
 * their pending and work-in-progress status. Written from the Pact docs: consumer version selectors
 * (https://docs.pact.io/pact_broker/advanced_topics/consumer_version_selectors), pending pacts
 * (https://docs.pact.io/pact_broker/advanced_topics/pending_pacts) and WIP pacts
 * (https://docs.pact.io/pact_broker/advanced_topics/wip_pacts). Simplification: a pact is pending for
 * a provider branch until a version of that branch has verified its content successfully (the real
 * broker also looks at the main branch when a feature branch is new).
 */
import type { BrokerStore, PublishedPact } from './broker-store.js';

export interface ConsumerVersionSelector {
  consumer?: string;
  mainBranch?: boolean;
  branch?: string;
  matchingBranch?: boolean;
  tag?: string;
  latest?: boolean;
  deployedOrReleased?: boolean;
  deployed?: boolean;
  released?: boolean;
  environment?: string;
}

export interface PactsForVerificationRequest {
  consumerVersionSelectors?: ConsumerVersionSelector[];
  includePendingStatus?: boolean;
  includeWipPactsSince?: string;
  providerVersionBranch?: string;
  providerVersionTags?: string[];
}

export interface SelectedPact {
  pact: PublishedPact;
  reasons: string[];
  pending: boolean;
  wip: boolean;
}

/** The broker's default when no selector is given: the latest of each main branch, and every deployed or released version. */
const DEFAULT_SELECTORS: ConsumerVersionSelector[] = [{ mainBranch: true }, { deployedOrReleased: true }];

const KNOWN_KEYS = ['mainBranch', 'branch', 'matchingBranch', 'tag', 'latest', 'deployedOrReleased', 'deployed', 'released'];

/** A selector the broker would refuse, or `null`. */
export function selectorProblem(selector: ConsumerVersionSelector, request: PactsForVerificationRequest): string | null {
  if (!KNOWN_KEYS.some((k) => k in selector)) return `selector ${JSON.stringify(selector)} selects nothing`;
  if (selector.matchingBranch && !request.providerVersionBranch) return 'matchingBranch requires providerVersionBranch';
  return null;
}

function latestPerConsumer(pacts: PublishedPact[]): PublishedPact[] {
  const latest = new Map<string, PublishedPact>();
  for (const pact of pacts) {
    const current = latest.get(pact.consumer);
    if (!current || pact.order > current.order) latest.set(pact.consumer, pact);
  }
  return [...latest.values()];
}

function select(store: BrokerStore, candidates: PublishedPact[], s: ConsumerVersionSelector, providerBranch?: string): PublishedPact[] {
  const versionOf = (pact: PublishedPact) => store.findVersion(pact.consumer, pact.consumerVersion);
  const onBranch = (branchOf: (pact: PublishedPact) => string | null | undefined) =>
    latestPerConsumer(candidates.filter((p) => versionOf(p)?.branches.includes(branchOf(p) ?? '\0')));
  if (s.mainBranch) return onBranch((p) => store.pacticipant(p.consumer).mainBranch);
  if (s.matchingBranch) return onBranch(() => providerBranch);
  if (s.branch !== undefined) return onBranch(() => s.branch);
  if (s.tag !== undefined) {
    const tagged = candidates.filter((p) => versionOf(p)?.tags.includes(s.tag ?? ''));
    return s.latest ? latestPerConsumer(tagged) : tagged;
  }
  if (s.deployedOrReleased || s.deployed || s.released) {
    const kinds = s.deployedOrReleased ? ['deployed', 'released'] : s.deployed ? ['deployed'] : ['released'];
    const environments = store.environments.filter((e) => s.environment === undefined || e.name === s.environment);
    const live = store.environmentVersions.filter(
      (e) => e.current && kinds.includes(e.kind) && environments.some((env) => env.uuid === e.environment),
    );
    return candidates.filter((p) => live.some((e) => e.pacticipant === p.consumer && e.version === p.consumerVersion));
  }
  return s.latest ? latestPerConsumer(candidates) : [];
}

function describeSelector(s: ConsumerVersionSelector, pact: PublishedPact): string {
  const who = `${pact.consumer} (${pact.consumerVersion})`;
  if (s.mainBranch) return `latest from main branch of ${who}`;
  if (s.matchingBranch) return `latest from matching branch of ${who}`;
  if (s.branch !== undefined) return `latest from branch ${s.branch} of ${who}`;
  if (s.tag !== undefined) return `${s.latest ? 'latest' : 'one'} with tag ${s.tag} of ${who}`;
  if (s.deployedOrReleased || s.deployed || s.released) return `deployed or released${s.environment ? ` in ${s.environment}` : ''}: ${who}`;
  return `latest of ${who}`;
}

/** Whether the provider still has to verify this content successfully before it counts (see the module note). */
export function isPending(store: BrokerStore, pact: PublishedPact, request: PactsForVerificationRequest): boolean {
  const successes = store.verifications.filter((v) => v.sha === pact.sha && v.provider === pact.provider && v.success);
  const versionOf = (number: string) => store.findVersion(pact.provider, number);
  if (request.providerVersionBranch) {
    const branch = request.providerVersionBranch;
    return !successes.some((v) => versionOf(v.providerVersion)?.branches.includes(branch));
  }
  const tags = request.providerVersionTags ?? [];
  if (tags.length > 0) return tags.some((tag) => !successes.some((v) => versionOf(v.providerVersion)?.tags.includes(tag)));
  return successes.length === 0;
}

/** The pacts to verify, one per pact content, each with why it was selected. */
export function pactsForVerification(store: BrokerStore, provider: string, request: PactsForVerificationRequest): SelectedPact[] {
  const candidates = store.pacts.filter((p) => p.provider === provider);
  const given = request.consumerVersionSelectors ?? [];
  const selectors = given.length > 0 ? given : DEFAULT_SELECTORS;
  const bySha = new Map<string, SelectedPact>();
  for (const selector of selectors) {
    const scoped = candidates.filter((p) => selector.consumer === undefined || p.consumer === selector.consumer);
    for (const pact of select(store, scoped, selector, request.providerVersionBranch)) {
      const entry = bySha.get(pact.sha) ?? { pact, reasons: [], pending: false, wip: false };
      entry.reasons.push(describeSelector(selector, pact));
      bySha.set(pact.sha, entry);
    }
  }
  const pendingOn = request.includePendingStatus === true;
  for (const entry of bySha.values()) entry.pending = pendingOn && isPending(store, entry.pact, request);

  // Work in progress: the latest pact of each consumer branch published since the date, not selected, still pending.
  if (pendingOn && request.includeWipPactsSince && request.providerVersionBranch) {
    const since = Date.parse(request.includeWipPactsSince);
    const branchHeads = new Map<string, PublishedPact>();
    for (const pact of candidates) {
      for (const branch of store.findVersion(pact.consumer, pact.consumerVersion)?.branches ?? []) {
        const key = `${pact.consumer}\0${branch}`;
        const head = branchHeads.get(key);
        if (!head || pact.order > head.order) branchHeads.set(key, pact);
      }
    }
    for (const pact of branchHeads.values()) {
      if (bySha.has(pact.sha) || Date.parse(pact.createdAt) < since || !isPending(store, pact, request)) continue;
      bySha.set(pact.sha, { pact, reasons: [`work in progress: ${pact.consumer} (${pact.consumerVersion})`], pending: true, wip: true });
    }
  }
  return [...bySha.values()].sort((a, b) => a.pact.order - b.pact.order);
}
