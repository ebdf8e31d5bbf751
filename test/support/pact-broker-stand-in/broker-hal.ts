/**
 * The HAL representations the stand-in broker answers with: the index's relations and the resources
 * the Rust verifier and the Rust `pact-broker` CLI follow. Relation names and URL shapes are those of
 * the Pact Broker's API browser and its OpenAPI description (the `pact-broker-cli` repository's
 * `oas.yml`); the stand-in drops the `metadata` segment the real broker adds to pact URLs.
 */
import {
  type BrokerStore,
  contentSha,
  type Environment,
  type EnvironmentVersion,
  type PacticipantVersion,
  type PublishedPact,
  type VerificationResult,
} from './broker-store.js';

export interface HalLink {
  href: string;
  title?: string;
  name?: string;
  templated?: boolean;
}

const enc = encodeURIComponent;

export const paths = {
  pacticipant: (p: string) => `/pacticipants/${enc(p)}`,
  version: (p: string, v: string) => `/pacticipants/${enc(p)}/versions/${enc(v)}`,
  pactVersion: (pact: Pick<PublishedPact, 'provider' | 'consumer' | 'sha'>) =>
    `/pacts/provider/${enc(pact.provider)}/consumer/${enc(pact.consumer)}/pact-version/${pact.sha}`,
  pactOfConsumerVersion: (pact: PublishedPact) =>
    `/pacts/provider/${enc(pact.provider)}/consumer/${enc(pact.consumer)}/version/${enc(pact.consumerVersion)}`,
  verification: (v: VerificationResult) => `${paths.pactVersion(v)}/verification-results/${v.id}`,
  environment: (e: Environment) => `/environments/${e.uuid}`,
};

function link(base: string, path: string, title?: string, extra: Partial<HalLink> = {}): HalLink {
  return { href: `${base}${path}`, ...(title ? { title } : {}), ...extra };
}

/** `GET /`: the relations a client starts from. */
export function indexResource(base: string) {
  const templated = (path: string, title: string) => link(base, path, title, { templated: true });
  return {
    _links: {
      self: link(base, '', 'Index'),
      'pb:publish-contracts': link(base, '/contracts/publish', 'Publish contracts'),
      'pb:pacticipants': link(base, '/pacticipants', 'Pacticipants'),
      'pb:pacticipant': templated('/pacticipants/{pacticipant}', 'Fetch pacticipant by name'),
      'pb:pacticipant-version': templated('/pacticipants/{pacticipant}/versions/{version}', 'Get, create or delete a pacticipant version'),
      'pb:pacticipant-version-tag': templated('/pacticipants/{pacticipant}/versions/{version}/tags/{tag}', 'Get, create or delete a tag'),
      'pb:pacticipant-branch-version': templated(
        '/pacticipants/{pacticipant}/branches/{branch}/versions/{version}',
        'Get or add/create a version for a branch of a pacticipant',
      ),
      'pb:provider-pacts-for-verification': templated('/pacts/provider/{provider}/for-verification', 'Pact versions to be verified'),
      'beta:provider-pacts-for-verification': templated('/pacts/provider/{provider}/for-verification', 'Pact versions to be verified'),
      'pb:environments': link(base, '/environments', 'Environments'),
      'pb:environment': templated('/environments/{uuid}', 'Environment'),
      'pb:can-i-deploy-pacticipant-version-to-environment': templated(
        '/can-i-deploy?pacticipant={pacticipant}&version={version}&environment={environment}',
        'Determine if an application version can be safely deployed to an environment',
      ),
    },
  };
}

export function pacticipantResource(base: string, store: BrokerStore, name: string) {
  const p = store.pacticipant(name);
  const self = paths.pacticipant(name);
  return {
    name: p.name,
    mainBranch: p.mainBranch,
    _links: {
      self: link(base, self, p.name),
      'pb:versions': link(base, `${self}/versions`, 'All versions'),
      'pb:version': link(base, `${self}/versions/{version}`, 'Version', { templated: true }),
      'pb:version-tag': link(base, `${self}/versions/{version}/tags/{tag}`, 'Version tag', { templated: true }),
      'pb:branch-version': link(base, `${self}/branches/{branch}/versions/{version}`, 'Branch version', { templated: true }),
    },
  };
}

/** A pacticipant version, with one `pb:record-release` and `pb:record-deployment` link per environment. */
export function versionResource(base: string, store: BrokerStore, v: PacticipantVersion) {
  const self = paths.version(v.pacticipant, v.number);
  return {
    number: v.number,
    createdAt: v.createdAt,
    _embedded: {
      branchVersions: v.branches.map((name) => ({ name, latest: true })),
      tags: v.tags.map((name) => ({ name })),
    },
    _links: {
      self: link(base, self, 'Version', { name: v.number }),
      'pb:pacticipant': link(base, paths.pacticipant(v.pacticipant), 'Pacticipant', { name: v.pacticipant }),
      'pb:record-deployment': store.environments.map((e) =>
        link(base, `${self}/deployed-versions/environment/${e.uuid}`, `Record deployment to ${e.displayName}`, { name: e.name }),
      ),
      'pb:record-release': store.environments.map((e) =>
        link(base, `${self}/released-versions/environment/${e.uuid}`, `Record release to ${e.displayName}`, { name: e.name }),
      ),
    },
  };
}

/**
 * A pact's content with the relations a verifier needs (its provider, where to publish results), and
 * an `_id` on each interaction, as the broker serves pacts: verifiers report results per `_id`.
 */
export function pactResource(base: string, pact: PublishedPact) {
  const self = paths.pactVersion(pact);
  const interactions = Array.isArray(pact.content.interactions) ? (pact.content.interactions as Record<string, unknown>[]) : [];
  return {
    ...pact.content,
    interactions: interactions.map((interaction) => ({ ...interaction, _id: contentSha(interaction) })),
    createdAt: pact.createdAt,
    _links: {
      self: link(base, self, 'Pact', { name: `Pact between ${pact.consumer} (${pact.consumerVersion}) and ${pact.provider}` }),
      'pb:consumer': link(base, paths.pacticipant(pact.consumer), 'Consumer', { name: pact.consumer }),
      'pb:consumer-version': link(base, paths.version(pact.consumer, pact.consumerVersion), 'Consumer version', {
        name: pact.consumerVersion,
      }),
      'pb:provider': link(base, paths.pacticipant(pact.provider), 'Provider', { name: pact.provider }),
      'pb:publish-verification-results': link(base, `${self}/verification-results`, 'Publish verification results'),
    },
  };
}

export function verificationResource(base: string, v: VerificationResult) {
  return {
    ...v.body,
    success: v.success,
    providerName: v.provider,
    providerApplicationVersion: v.providerVersion,
    verifiedAt: v.verifiedAt,
    _links: {
      self: link(base, paths.verification(v), 'Verification result'),
      'pb:pact-version': link(base, paths.pactVersion(v), 'Pact'),
    },
  };
}

export function environmentResource(base: string, e: Environment) {
  return {
    uuid: e.uuid,
    name: e.name,
    displayName: e.displayName,
    production: e.production,
    _links: { self: link(base, paths.environment(e), e.displayName, { name: e.name }) },
  };
}

export function environmentVersionResource(base: string, record: EnvironmentVersion, environment: Environment) {
  return {
    uuid: record.uuid,
    currentlyDeployed: record.kind === 'deployed' ? record.current : undefined,
    currentlySupported: record.kind === 'released' ? record.current : undefined,
    applicationInstance: record.applicationInstance,
    createdAt: record.createdAt,
    _embedded: { environment: environmentResource(base, environment) },
    _links: {
      self: link(base, `${paths.version(record.pacticipant, record.version)}/${record.kind}-versions/${record.uuid}`, record.kind),
    },
  };
}
