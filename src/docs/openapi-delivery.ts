/**
 * What an OpenAPI document says about delivering one webhook: its headers (from
 * `components.parameters`), the answers the receiver may give (`components.responses`), and the
 * document's own introduction (`info`), which explains signing and acknowledging. Pure: the
 * parsed document is handed in. Only local `#/components/...` references are followed.
 */

import type { JsonSchema } from './schema-resolver.js';
import { type TypeLabel, typeLabel } from './schema-type-label.js';

/** One request header of a webhook delivery. */
export interface HeaderDoc {
  name: string;
  required: boolean;
  type: TypeLabel;
  /** Markdown. */
  description?: string;
  example?: string;
}

/** One answer the receiver may give. */
export interface ResponseDoc {
  status: string;
  /** Markdown. */
  description: string;
}

/** The delivery of one webhook, as its OpenAPI document describes it. */
export interface WebhookDelivery {
  summary?: string;
  /** Markdown. */
  description?: string;
  headers: HeaderDoc[];
  responses: ResponseDoc[];
}

/** The introduction of an OpenAPI document. */
export interface ApiIntroduction {
  title: string;
  summary?: string;
  /** Markdown: for the webhook documents, how deliveries are signed and must be answered. */
  description?: string;
  /** `x-hookproof-source`: the provider document the OpenAPI document models. */
  source?: string;
  /** The names of its `webhooks`, in document order. */
  webhooks: string[];
}

/** Thrown when the document lacks what the docs need, or a local `$ref` points nowhere. */
export class OpenApiShapeError extends Error {
  override readonly name = 'OpenApiShapeError';
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const optionalText = <K extends string>(key: K, value: unknown): Partial<Record<K, string>> =>
  typeof value === 'string' && value.trim() !== '' ? ({ [key]: value.trim() } as Record<K, string>) : {};

/**
 * The introduction (`info`) of an OpenAPI document and the names of its webhooks.
 *
 * @example
 * apiIntroduction(parse(readFileSync('openapi/kushki.openapi.yaml', 'utf8'))).webhooks[0]; // 'kushki.card.approved'
 */
export function apiIntroduction(document: unknown): ApiIntroduction {
  const info = isNode(document) && isNode(document.info) ? document.info : undefined;
  if (!info || typeof info.title !== 'string') throw new OpenApiShapeError('/info/title', 'missing');
  const webhooks = isNode(document) && isNode(document.webhooks) ? Object.keys(document.webhooks) : [];
  return {
    title: info.title,
    ...optionalText('summary', info.summary),
    ...optionalText('description', info.description),
    ...optionalText('source', info['x-hookproof-source']),
    webhooks,
  };
}

/**
 * The headers, answers, summary and description of the webhook `name` (its `post` operation).
 *
 * @example
 * webhookDelivery(kushkiDocument, 'kushki.card.declined').headers.map((h) => h.name);
 * // ['X-Kushki-Key', 'X-Kushki-Id', 'X-Kushki-Signature', 'X-Kushki-SimpleSignature']
 */
export function webhookDelivery(document: unknown, name: string): WebhookDelivery {
  const path = `/webhooks/${name}/post`;
  const webhooks = isNode(document) && isNode(document.webhooks) ? document.webhooks : {};
  const hook = webhooks[name];
  const operation = isNode(hook) && isNode(hook.post) ? hook.post : undefined;
  if (!operation) throw new OpenApiShapeError(path, 'no such webhook operation');
  const parameters = Array.isArray(operation.parameters) ? operation.parameters : [];
  const headers = parameters
    .map((p, i) => local(document, p, `${path}/parameters/${i}`))
    .filter((p) => p.in === 'header')
    .map(
      (p): HeaderDoc => ({
        name: String(p.name),
        required: p.required === true,
        type: typeLabel(isNode(p.schema) ? (p.schema as JsonSchema) : {}),
        ...optionalText('description', p.description),
        ...optionalText('example', p.example),
      }),
    );
  const responses = Object.entries(isNode(operation.responses) ? operation.responses : {}).map(([status, r]): ResponseDoc => {
    const response = local(document, r, `${path}/responses/${status}`);
    return { status, description: typeof response.description === 'string' ? response.description.trim() : '' };
  });
  return { ...optionalText('summary', operation.summary), ...optionalText('description', operation.description), headers, responses };
}

/** Follows a local `$ref` (`#/components/parameters/XKushkiId`) if the node is one. */
function local(document: unknown, node: unknown, path: string): Node {
  if (!isNode(node)) throw new OpenApiShapeError(path, 'not an object');
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  if (!ref.startsWith('#/')) throw new OpenApiShapeError(path, `only local references are followed, found ${ref}`);
  let target: unknown = document;
  for (const token of ref.slice(2).split('/')) target = isNode(target) ? target[token.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  if (!isNode(target)) throw new OpenApiShapeError(path, `${ref} points nowhere`);
  return local(document, target, path);
}
