/**
 * The stand-in broker's routes: the subset of the Pact Broker's HTTP API that `hookproof publish`, the
 * Rust verifier (pact-js 16.5.0) and the Rust `pact-broker` CLI call. Request and response shapes
 * follow the broker's API documentation (https://docs.pact.io/pact_broker/advanced_topics/api_docs)
 * and its OpenAPI description; errors are `{ errors }` with status 400, 404 or 409 as the broker answers.
 */
import {
  environmentResource,
  environmentVersionResource,
  indexResource,
  pacticipantResource,
  pactResource,
  paths,
  verificationResource,
  versionResource,
} from './broker-hal.js';
import { type BrokerStore, contentSha, type PublishedPact } from './broker-store.js';
import { matrixResource, parseMatrixQuery } from './matrix.js';
import { type PactsForVerificationRequest, pactsForVerification, selectorProblem } from './pacts-for-verification.js';

export interface RouteContext {
  store: BrokerStore;
  base: string;
  params: string[];
  body: unknown;
  search: URLSearchParams;
}

export interface RouteAnswer {
  status: number;
  body: unknown;
}

type Handler = (ctx: RouteContext) => RouteAnswer;

const ok = (body: unknown, status = 200): RouteAnswer => ({ status, body });
const fail = (status: number, ...errors: string[]): RouteAnswer => ({ status, body: { errors } });
const record = (body: unknown) => (body && typeof body === 'object' ? (body as Record<string, unknown>) : {});

interface ContractToPublish {
  consumerName?: unknown;
  providerName?: unknown;
  specification?: unknown;
  contentType?: unknown;
  content?: unknown;
}

function decodeContract(
  c: ContractToPublish,
  consumer: string,
  index: number,
): { provider: string; content: Record<string, unknown> } | string {
  const at = `contracts[${index}]`;
  if (c.consumerName !== consumer) return `${at}.consumerName must match pacticipantName (${consumer})`;
  if (typeof c.providerName !== 'string' || c.providerName === '') return `${at}.providerName is missing`;
  if (c.specification !== 'pact' || c.contentType !== 'application/json')
    return `${at}: only pact contracts in application/json are supported`;
  if (typeof c.content !== 'string') return `${at}.content must be base64 text`;
  let content: { consumer?: { name?: unknown }; provider?: { name?: unknown } };
  try {
    content = JSON.parse(Buffer.from(c.content, 'base64').toString('utf8')) as typeof content;
  } catch {
    return `${at}.content is not base64-encoded JSON`;
  }
  if (content.consumer?.name !== consumer) return `${at}: the consumer name in the pact content does not match the consumerName`;
  if (content.provider?.name !== c.providerName) return `${at}: the provider name in the pact content does not match the providerName`;
  return { provider: c.providerName, content: content as Record<string, unknown> };
}

const publishContracts: Handler = ({ store, base, body }) => {
  const b = record(body);
  const name = b.pacticipantName;
  const number = b.pacticipantVersionNumber;
  if (typeof name !== 'string' || name === '' || typeof number !== 'string' || number === '') {
    return fail(400, 'pacticipantName and pacticipantVersionNumber are required');
  }
  const contracts = Array.isArray(b.contracts) ? (b.contracts as ContractToPublish[]) : [];
  if (contracts.length === 0) return fail(400, 'contracts must contain at least one contract');
  const decoded = contracts.map((c, i) => decodeContract(c, name, i));
  const invalid = decoded.filter((d): d is string => typeof d === 'string');
  if (invalid.length > 0) return fail(400, ...invalid);
  const valid = decoded as { provider: string; content: Record<string, unknown> }[];
  const conflicts = valid.filter((c) => {
    const existing = store.findPact(name, c.provider, number);
    return existing !== undefined && existing.sha !== contentSha(c.content);
  });
  if (conflicts.length > 0) {
    const text = conflicts
      .map((c) => `Cannot change the content of the pact for ${name} version ${number} and provider ${c.provider}: publish a new version`)
      .join('; ');
    return { status: 409, body: { notices: [{ type: 'error', text }] } };
  }
  if (typeof b.branch === 'string' && b.branch !== '') store.addBranch(name, number, b.branch);
  for (const tag of Array.isArray(b.tags) ? b.tags : []) if (typeof tag === 'string') store.addTag(name, number, tag);
  const notices = valid.map((c) => {
    const outcome = store.publishPact(name, c.provider, number, c.content);
    const verb = outcome === 'same' ? 'was already published (same content)' : 'published';
    return { type: outcome === 'same' ? 'info' : 'success', text: `Pact for ${name} version ${number} and ${c.provider} ${verb}` };
  });
  const version = store.version(name, number);
  const versionLink = { href: `${base}${paths.version(name, number)}`, name: number, title: 'Version' };
  const pacticipantLink = { href: `${base}${paths.pacticipant(name)}`, name, title: 'Pacticipant' };
  return ok({
    notices,
    logs: [],
    _embedded: {
      pacticipant: { name, _links: { self: { href: pacticipantLink.href } } },
      version: { number, branches: version.branches, _links: { self: versionLink } },
    },
    _links: {
      'pb:pacticipant': pacticipantLink,
      'pb:pacticipant-version': versionLink,
      'pb:pacticipant-version-tags': version.tags.map((t) => ({
        href: `${base}${paths.version(name, number)}/tags/${t}`,
        name: t,
        title: 'Tag',
      })),
      'pb:contracts': valid.map((c) => {
        const pact = store.findPact(name, c.provider, number) as PublishedPact;
        return { href: `${base}${paths.pactOfConsumerVersion(pact)}`, name: `Pact between ${name} and ${c.provider}`, title: 'Pact' };
      }),
    },
  });
};

const forVerification: Handler = ({ store, base, params, body }) => {
  const [provider = ''] = params;
  if (!store.pacticipants.has(provider)) return fail(404, `No provider with name '${provider}' found`);
  const request = record(body) as PactsForVerificationRequest;
  const problems = (request.consumerVersionSelectors ?? []).map((s) => selectorProblem(s, request)).filter((p) => p !== null);
  if (problems.length > 0) return fail(400, ...problems);
  const pacts = pactsForVerification(store, provider, request).map((selected) => {
    const notices = [
      {
        when: 'before_verification',
        text: `The pact at ${base}${paths.pactVersion(selected.pact)} is being verified because: ${selected.reasons.join(', ')}`,
      },
    ];
    if (request.includePendingStatus) {
      notices.push({
        when: 'before_verification',
        text: selected.pending
          ? 'This pact is in pending state for this version: a failure will not cause the overall verification to fail.'
          : 'This pact has been successfully verified before: a failure will cause the overall verification to fail.',
      });
    }
    return {
      shortDescription: selected.reasons.join(', '),
      verificationProperties: { pending: selected.pending, ...(selected.wip ? { wip: true } : {}), notices },
      _links: {
        self: {
          href: `${base}${paths.pactVersion(selected.pact)}`,
          name: `Pact between ${selected.pact.consumer} (${selected.pact.consumerVersion}) and ${provider}`,
        },
      },
    };
  });
  return ok({
    _embedded: { pacts },
    _links: { self: { href: `${base}/pacts/provider/${encodeURIComponent(provider)}/for-verification`, title: 'Pacts to be verified' } },
  });
};

function pactBySha(store: BrokerStore, [provider, consumer, sha]: string[]): PublishedPact | undefined {
  return store.pacts.find((p) => p.provider === provider && p.consumer === consumer && p.sha === sha);
}

const publishVerification: Handler = ({ store, base, params, body }) => {
  const pact = pactBySha(store, params);
  if (!pact) return fail(404, 'No pact found with that content');
  const b = record(body);
  if (typeof b.success !== 'boolean') return fail(400, 'success must be true or false');
  if (typeof b.providerApplicationVersion !== 'string' || b.providerApplicationVersion === '') {
    return fail(400, 'providerApplicationVersion is required');
  }
  return ok(verificationResource(base, store.recordVerification(pact, b.providerApplicationVersion, b)), 201);
};

function recordIn(kind: 'released' | 'deployed'): Handler {
  return ({ store, base, params: [pacticipant = '', number = '', uuid = ''], body }) => {
    const environment = store.environments.find((e) => e.uuid === uuid);
    if (!environment || !store.findVersion(pacticipant, number)) return fail(404, 'No such version or environment');
    const instance = record(body).applicationInstance;
    const recorded = store.recordInEnvironment(kind, pacticipant, number, environment, typeof instance === 'string' ? instance : null);
    return ok(environmentVersionResource(base, recorded, environment), 201);
  };
}

const createEnvironment: Handler = ({ store, base, body }) => {
  const b = record(body);
  if (typeof b.name !== 'string' || !/^[A-Za-z0-9_.-]+$/.test(b.name)) return fail(400, 'name is required (letters, digits, _ . -)');
  if (store.environments.some((e) => e.name === b.name)) return fail(409, `Another environment with name '${b.name}' already exists`);
  const displayName = typeof b.displayName === 'string' ? b.displayName : b.name;
  return ok(environmentResource(base, store.createEnvironment(b.name, b.production === true, displayName)), 201);
};

const S = '([^/]+)';

/** Method, path pattern (segments URL-decoded into `params`), handler. */
export const routes: [string, RegExp, Handler][] = [
  ['GET', /^\/$/, ({ base }) => ok(indexResource(base))],
  ['POST', /^\/contracts\/publish$/, publishContracts],
  [
    'GET',
    /^\/pacticipants$/,
    ({ store, base }) =>
      ok({ _embedded: { pacticipants: [...store.pacticipants.keys()].map((n) => pacticipantResource(base, store, n)) } }),
  ],
  [
    'GET',
    new RegExp(`^/pacticipants/${S}$`),
    ({ store, base, params: [p = ''] }) =>
      store.pacticipants.has(p) ? ok(pacticipantResource(base, store, p)) : fail(404, `No pacticipant '${p}'`),
  ],
  [
    'GET',
    new RegExp(`^/pacticipants/${S}/versions/${S}$`),
    ({ store, base, params: [p = '', v = ''] }) => {
      const version = store.findVersion(p, v);
      return version ? ok(versionResource(base, store, version)) : fail(404, `No version ${v} of ${p}`);
    },
  ],
  [
    'PUT',
    new RegExp(`^/pacticipants/${S}/branches/${S}/versions/${S}$`),
    ({ store, base, params: [p = '', b = '', v = ''] }) => ok(versionResource(base, store, store.addBranch(p, v, b)), 201),
  ],
  [
    'PUT',
    new RegExp(`^/pacticipants/${S}/versions/${S}/tags/${S}$`),
    ({ store, params: [p = '', v = '', t = ''] }) => {
      store.addTag(p, v, t);
      return ok({ name: t }, 201);
    },
  ],
  ['POST', new RegExp(`^/pacticipants/${S}/versions/${S}/released-versions/environment/${S}$`), recordIn('released')],
  ['POST', new RegExp(`^/pacticipants/${S}/versions/${S}/deployed-versions/environment/${S}$`), recordIn('deployed')],
  [
    'GET',
    /^\/environments$/,
    ({ store, base }) => ok({ _embedded: { environments: store.environments.map((e) => environmentResource(base, e)) } }),
  ],
  ['POST', /^\/environments$/, createEnvironment],
  [
    'GET',
    new RegExp(`^/pacts/provider/${S}/for-verification$`),
    ({ store, base, params: [p = ''] }) =>
      store.pacticipants.has(p)
        ? ok({
            _links: { self: { href: `${base}/pacts/provider/${encodeURIComponent(p)}/for-verification`, title: 'Pacts to be verified' } },
          })
        : fail(404, `No provider with name '${p}' found`),
  ],
  ['POST', new RegExp(`^/pacts/provider/${S}/for-verification$`), forVerification],
  [
    'GET',
    new RegExp(`^/pacts/provider/${S}/consumer/${S}/pact-version/${S}$`),
    ({ store, base, params }) => {
      const pact = pactBySha(store, params);
      return pact ? ok(pactResource(base, pact)) : fail(404, 'No pact found with that content');
    },
  ],
  [
    'GET',
    new RegExp(`^/pacts/provider/${S}/consumer/${S}/version/${S}$`),
    ({ store, base, params: [p = '', c = '', v = ''] }) => {
      const pact = store.findPact(c, p, v);
      return pact ? ok(pactResource(base, pact)) : fail(404, `No pact between ${c} version ${v} and ${p}`);
    },
  ],
  ['POST', new RegExp(`^/pacts/provider/${S}/consumer/${S}/pact-version/${S}/verification-results$`), publishVerification],
  [
    'GET',
    /^\/matrix$/,
    ({ store, base, search }) => {
      const matrix = matrixResource(base, store, parseMatrixQuery(search));
      return 'errors' in matrix ? { status: 400, body: matrix } : ok(matrix);
    },
  ],
];
