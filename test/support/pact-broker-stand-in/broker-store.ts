/**
 * The stand-in broker's data, in memory: pacticipants, their versions (branches, tags), the pacts
 * published per consumer version, verification results per pact content, environments and the
 * versions released or deployed in them. The model follows the Pact Broker's documented resources
 * (https://docs.pact.io/pact_broker/overview, https://docs.pact.io/pact_broker/recording_deployments_and_releases).
 */
import { createHash, randomUUID } from 'node:crypto';

export interface Pacticipant {
  name: string;
  /** Set from the first branch named `develop`, `main` or `master`, as the broker's auto-detection does. */
  mainBranch: string | null;
}

export interface PacticipantVersion {
  pacticipant: string;
  number: string;
  branches: string[];
  tags: string[];
  createdAt: string;
  /** Creation order, to find "latest" without clock ties. */
  order: number;
}

/** A pact published for one consumer version; `sha` names its content (the broker's "pact version"). */
export interface PublishedPact {
  consumer: string;
  provider: string;
  consumerVersion: string;
  sha: string;
  content: Record<string, unknown>;
  createdAt: string;
  order: number;
}

export interface VerificationResult {
  id: number;
  consumer: string;
  provider: string;
  /** The pact content verified. */
  sha: string;
  providerVersion: string;
  success: boolean;
  body: Record<string, unknown>;
  verifiedAt: string;
}

export interface Environment {
  uuid: string;
  name: string;
  displayName: string;
  production: boolean;
}

export interface EnvironmentVersion {
  kind: 'released' | 'deployed';
  uuid: string;
  pacticipant: string;
  version: string;
  environment: string;
  applicationInstance: string | null;
  /** Released versions stay supported; a deployment ends when a newer version is deployed to the same instance. */
  current: boolean;
  createdAt: string;
}

const MAIN_BRANCH_CANDIDATES = ['develop', 'main', 'master'];

/** The canonical JSON of a pact's content: the same content published twice has the same sha. */
export function contentSha(content: unknown): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
      );
    }
    return value;
  };
  return createHash('sha1')
    .update(JSON.stringify(canonical(content)))
    .digest('hex');
}

export class BrokerStore {
  readonly pacticipants = new Map<string, Pacticipant>();
  readonly versions: PacticipantVersion[] = [];
  readonly pacts: PublishedPact[] = [];
  readonly verifications: VerificationResult[] = [];
  readonly environments: Environment[] = [];
  readonly environmentVersions: EnvironmentVersion[] = [];
  private counter = 0;

  private tick(): { order: number; at: string } {
    this.counter += 1;
    return { order: this.counter, at: new Date().toISOString() };
  }

  pacticipant(name: string): Pacticipant {
    let found = this.pacticipants.get(name);
    if (!found) {
      found = { name, mainBranch: null };
      this.pacticipants.set(name, found);
    }
    return found;
  }

  findVersion(pacticipant: string, number: string): PacticipantVersion | undefined {
    return this.versions.find((v) => v.pacticipant === pacticipant && v.number === number);
  }

  version(pacticipant: string, number: string): PacticipantVersion {
    this.pacticipant(pacticipant);
    let found = this.findVersion(pacticipant, number);
    if (!found) {
      const { order, at } = this.tick();
      found = { pacticipant, number, branches: [], tags: [], createdAt: at, order };
      this.versions.push(found);
    }
    return found;
  }

  addBranch(pacticipant: string, number: string, branch: string): PacticipantVersion {
    const version = this.version(pacticipant, number);
    if (!version.branches.includes(branch)) version.branches.push(branch);
    const owner = this.pacticipant(pacticipant);
    if (owner.mainBranch === null && MAIN_BRANCH_CANDIDATES.includes(branch)) owner.mainBranch = branch;
    return version;
  }

  addTag(pacticipant: string, number: string, tag: string): PacticipantVersion {
    const version = this.version(pacticipant, number);
    if (!version.tags.includes(tag)) version.tags.push(tag);
    return version;
  }

  findPact(consumer: string, provider: string, consumerVersion: string): PublishedPact | undefined {
    return this.pacts.find((p) => p.consumer === consumer && p.provider === provider && p.consumerVersion === consumerVersion);
  }

  /** Stores a pact; `conflict` when the consumer version already has a different pact with that provider. */
  publishPact(
    consumer: string,
    provider: string,
    consumerVersion: string,
    content: Record<string, unknown>,
  ): 'created' | 'same' | 'conflict' {
    this.version(consumer, consumerVersion);
    this.pacticipant(provider);
    const sha = contentSha(content);
    const existing = this.findPact(consumer, provider, consumerVersion);
    if (existing) return existing.sha === sha ? 'same' : 'conflict';
    const { order, at } = this.tick();
    this.pacts.push({ consumer, provider, consumerVersion, sha, content, createdAt: at, order });
    return 'created';
  }

  recordVerification(pact: PublishedPact, providerVersion: string, body: Record<string, unknown>): VerificationResult {
    this.version(pact.provider, providerVersion);
    const result: VerificationResult = {
      id: this.verifications.length + 1,
      consumer: pact.consumer,
      provider: pact.provider,
      sha: pact.sha,
      providerVersion,
      success: body.success === true,
      body,
      verifiedAt: this.tick().at,
    };
    this.verifications.push(result);
    return result;
  }

  createEnvironment(name: string, production: boolean, displayName = name): Environment {
    const environment = { uuid: randomUUID(), name, displayName, production };
    this.environments.push(environment);
    return environment;
  }

  recordInEnvironment(
    kind: EnvironmentVersion['kind'],
    pacticipant: string,
    version: string,
    environment: Environment,
    applicationInstance: string | null = null,
  ): EnvironmentVersion {
    if (kind === 'deployed') {
      for (const previous of this.environmentVersions) {
        if (
          previous.kind === 'deployed' &&
          previous.pacticipant === pacticipant &&
          previous.environment === environment.uuid &&
          previous.applicationInstance === applicationInstance
        ) {
          previous.current = false;
        }
      }
    }
    const existing = this.environmentVersions.find(
      (e) => e.kind === kind && e.current && e.pacticipant === pacticipant && e.version === version && e.environment === environment.uuid,
    );
    if (existing) return existing;
    const record: EnvironmentVersion = {
      kind,
      uuid: randomUUID(),
      pacticipant,
      version,
      environment: environment.uuid,
      applicationInstance,
      current: true,
      createdAt: this.tick().at,
    };
    this.environmentVersions.push(record);
    return record;
  }

  /** The versions of a pacticipant currently released or deployed in an environment. */
  versionsInEnvironment(pacticipant: string, environment: Environment): string[] {
    const numbers = this.environmentVersions
      .filter((e) => e.current && e.pacticipant === pacticipant && e.environment === environment.uuid)
      .map((e) => e.version);
    return [...new Set(numbers)];
  }
}
