/** The docs view model: schemas → field rows, OpenAPI → headers and answers, generated types → declarations. */
import { describe, expect, it } from 'vitest';
import { buildDocsModel, type DocsModel, DocsSourceError, type VariantDoc } from '../src/docs/docs-model.js';
import { readDocsSources } from '../src/docs/docs-sources.js';
import { fieldRows, requirementLabel } from '../src/docs/field-rows.js';
import { OpenApiShapeError, webhookDelivery } from '../src/docs/openapi-delivery.js';
import { createSchemaResolver, SchemaRefError } from '../src/docs/schema-resolver.js';
import { typeLabel } from '../src/docs/schema-type-label.js';
import { TypeNotFoundError, typeDeclarations } from '../src/docs/type-declarations.js';
import { variantExamples } from '../src/generated/catalogue.js';
import { variants } from '../src/index.js';
import { REPO_ROOT } from './support/run-cli.js';

const sources = readDocsSources(REPO_ROOT);
const model: DocsModel = buildDocsModel(sources);
const variant = (id: string): VariantDoc => {
  const found = model.variants.find((v) => v.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};

/** Every JSON path a payload carries, written like the field table (`product[].name`). */
function payloadPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => payloadPaths(item, `${prefix}[]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...payloadPaths(child, path)];
  });
}

describe('docs model', () => {
  it('docs model > has one page per catalogue variant, in catalogue order', () => {
    expect(model.variants.map((v) => v.id)).toEqual(variants.map((v) => v.id));
    expect(model.providers.map((p) => p.variants.length)).toEqual([4, 6]);
  });

  it.each(variantExamples.map((e) => [e.variant, e] as const))(
    'docs model > %s: every path of the example is a field row',
    (id, example) => {
      const paths = new Set(variant(id).fields.map((f) => f.path));
      const missing = payloadPaths(example.payload).filter((p) => !paths.has(p));
      expect(missing).toEqual([]);
    },
  );

  it.each([
    { id: 'kushki.card.declined', path: 'ticketNumber', required: false, inExamples: 0, type: 'string', note: /declined card/ },
    { id: 'kushki.card.declined', path: 'syncMetadata', required: true, inExamples: 1, type: 'string: "true" | "false"', note: /boolean/ },
    {
      id: 'kushki.card.declined',
      path: 'amount.currency',
      required: true,
      inExamples: 1,
      type: 'string',
      constraint: 'examples show pattern: ^[A-Z]{3}$',
    },
    { id: 'kushki.card.approved', path: 'ticketNumber', required: true, inExamples: 1, type: 'string' },
    { id: 'kushki.card.approved', path: 'code', required: false, inExamples: 0, type: 'string' },
    { id: 'kushki.transfer.declined', path: 'trazabilityCode', required: false, inExamples: 0, type: 'string' },
    { id: 'kushki.transfer.approved', path: 'product[].name', required: true, inExamples: 1, type: 'string' },
    { id: 'kushki.transfer.approved', path: 'product', required: true, inExamples: 1, type: 'array of KushkiProduct', note: /array/ },
    {
      id: 'kushki.cash.expired',
      path: 'created',
      required: true,
      inExamples: 1,
      type: 'number',
      constraint: 'examples show minimum: 1000000000000',
    },
    {
      id: 'kushki.cash.expired',
      path: 'syncMetadata',
      required: true,
      inExamples: 1,
      type: 'string: "true" | "false"',
      constraint: 'also accepted: boolean',
    },
    {
      id: 'kustom.ipp.session.finalized',
      path: 'data.order_id',
      required: true,
      inExamples: 1,
      type: 'string',
      constraint: 'format: uuid',
    },
    {
      id: 'kustom.ipp.session.created',
      path: 'data.order_id',
      required: true,
      inExamples: 1,
      type: 'string | null',
      constraint: 'examples show type: null',
    },
    {
      id: 'kustom.ipp.session.activated',
      path: 'data.failure_reason',
      required: true,
      inExamples: 1,
      type: 'string | null',
      note: /non-null/,
    },
  ])('docs model > $id $path', ({ id, path, required, inExamples, type, note, constraint }) => {
    const row = variant(id).fields.find((f) => f.path === path);
    expect(row).toMatchObject({ required, inExamples, type: { type } });
    if (note) expect(row?.note).toMatch(note);
    if (constraint) expect(row?.type.constraints).toContain(constraint);
  });

  it('docs model > kushki.card.declined carries the variant-level divergence and the delivery from the OpenAPI document', () => {
    const declined = variant('kushki.card.declined');
    expect(declined.description).toContain('No `ticketNumber` is sent');
    expect(declined.comment).toMatch(/^Only card payments/);
    expect(declined.delivery.headers.map((h) => h.name)).toEqual([
      'X-Kushki-Key',
      'X-Kushki-Id',
      'X-Kushki-Signature',
      'X-Kushki-SimpleSignature',
    ]);
    expect(declined.delivery.headers[2]?.description).toContain('`<raw body>.<X-Kushki-Id>`');
    expect(declined.delivery.responses.map((r) => r.status)).toEqual(['200', '401']);
  });

  it('docs model > Kustom lists the other events of its endpoint, from the catalogue', () => {
    const kustom = model.providers.find((p) => p.id === 'kustom');
    expect(kustom?.otherWebhooks.map((o) => o.name)).toEqual(['kustom.other-event']);
    expect(kustom?.otherWebhooks[0]?.eventTypes).toContain('capture.created');
    expect(kustom?.intro.description).toContain('webhook-signature');
  });

  it('docs model > a variant without an example is a DocsSourceError', () => {
    const broken = { ...sources, examples: sources.examples.filter((e) => e.variant !== 'kushki.cash.expired') };
    expect(() => buildDocsModel(broken)).toThrow(DocsSourceError);
  });
});

describe('docs schema pieces', () => {
  it.each([
    { given: { const: 'SALE' }, type: '"SALE"', constraints: [] },
    { given: { type: 'string', enum: ['true', 'false'] }, type: 'string: "true" | "false"', constraints: [] },
    { given: { enum: [1, 'a'] }, type: 'integer | string: 1 | "a"', constraints: [] },
    { given: { type: ['string', 'null'], format: 'uuid' }, type: 'string | null', constraints: ['format: uuid'] },
    { given: { type: 'integer', minimum: 0, maximum: 9 }, type: 'integer', constraints: ['minimum: 0', 'maximum: 9'] },
    { given: { type: 'array' }, type: 'array of any JSON value', constraints: [] },
    { given: {}, type: 'any JSON value', constraints: [] },
  ])('docs type label > $type', ({ given, type, constraints }) => {
    expect(typeLabel(given)).toEqual({ type, constraints });
  });

  it('docs type label > an array names its item schema by title, else by type', () => {
    expect(typeLabel({ type: 'array' }, { title: 'Item', type: 'object' }).type).toBe('array of Item');
    expect(typeLabel({ type: 'array' }, { type: 'string' }).type).toBe('array of string');
  });

  const base = 'https://example.test/schemas/';
  const defs = {
    $id: `${base}defs.json`,
    $defs: {
      money: {
        title: 'Money',
        description: 'def description',
        $comment: 'def note',
        type: 'object',
        required: ['cents'],
        properties: { cents: { type: 'integer' } },
      },
    },
  };
  const root = {
    $id: `${base}root.json`,
    type: 'object',
    required: ['price'],
    properties: {
      price: { $ref: 'defs.json#/$defs/money', description: 'own description' },
      lines: { type: 'array', items: { type: 'object', properties: { sku: { type: 'string' } } } },
      gift: { type: 'boolean' },
    },
  };
  const resolver = createSchemaResolver([defs, root]);

  it('docs field rows > nested objects and array items get JSON paths; the referring description wins, the target note stays', () => {
    const rows = fieldRows({ schema: root, baseId: root.$id }, resolver, [
      { price: { cents: 1 }, lines: [{}, { sku: 'a' }] },
      { price: { cents: 2 }, gift: true },
    ]);
    expect(rows.map((r) => [r.path, r.required, r.inExamples])).toEqual([
      ['price', true, 2],
      ['price.cents', true, 2],
      ['lines', false, 1],
      ['lines[].sku', false, 1],
      ['gift', false, 1],
    ]);
    expect(rows[0]).toMatchObject({ description: 'own description', note: 'def note' });
  });

  it.each([
    { row: { required: true, inExamples: 0 }, examples: 1, want: 'required' },
    { row: { required: false, inExamples: 1 }, examples: 1, want: 'optional' },
    { row: { required: false, inExamples: 0 }, examples: 1, want: 'optional, absent from the example' },
    { row: { required: false, inExamples: 0 }, examples: 3, want: 'optional, absent from every example' },
  ])('docs field rows > requirement label: $want', ({ row, examples, want }) => {
    expect(requirementLabel(row, examples)).toBe(want);
  });

  it('docs schema resolver > an unknown reference is a SchemaRefError naming it', () => {
    expect(() => resolver.resolve({ schema: { $ref: 'nowhere.json#/x' }, baseId: root.$id })).toThrow(SchemaRefError);
    expect(() => resolver.resolve({ schema: { $ref: 'defs.json#/$defs/nothing' }, baseId: root.$id })).toThrow(
      /defs\.json#\/\$defs\/nothing/,
    );
  });

  it('docs type declarations > a type comes with the local types it references, transitively, and nothing else', () => {
    const { main, referenced } = typeDeclarations(sources.typesSource, 'KushkiCardDeclined');
    expect(main).toMatch(/^\/\*\*[\s\S]*export interface KushkiCardDeclined \{[\s\S]*\n\}$/);
    const names = referenced.map((text) => /export (?:interface|type) (\w+)/.exec(text)?.[1]);
    expect(names).toContain('KushkiAmount');
    expect(names).toContain('KushkiProduct'); // through KushkiProducts
    expect(names).not.toContain('KushkiCashMetadata');
    expect(referenced.join('\n')).not.toContain('do not edit');
  });

  it('docs type declarations > an unknown type is a TypeNotFoundError', () => {
    expect(() => typeDeclarations(sources.typesSource, 'Nope')).toThrow(TypeNotFoundError);
  });

  it.each([
    { name: 'kushki.card.nope', document: sources.openapi[0]?.document, want: /no such webhook/ },
    { name: 'x', document: { webhooks: { x: { post: { parameters: [{ $ref: 'other.yaml#/p' }] } } } }, want: /only local references/ },
    {
      name: 'x',
      document: { webhooks: { x: { post: { parameters: [{ $ref: '#/components/parameters/missing' }] } } } },
      want: /points nowhere/,
    },
  ])('docs OpenAPI delivery > $want', ({ name, document, want }) => {
    expect(() => webhookDelivery(document, name)).toThrow(OpenApiShapeError);
    expect(() => webhookDelivery(document, name)).toThrow(want);
  });
});
