/**
 * The HTML index: per provider, its OpenAPI introduction, its events (trigger, terminal or not)
 * and a link to its rendered OpenAPI document; then every field of every variant in one table,
 * filtered together with the events by one search box. Pure.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { DocsModel, ProviderDoc } from './docs-model.js';
import { openapiPagePath, variantPagePath } from './docs-paths.js';
import { htmlPage } from './html-layout.js';
import { fieldAnchor, filterBox, md, noteCell, requirementCell, table, typeCell } from './html-parts.js';
import { CATALOGUE_SOURCE_PATH } from './page-text.js';

/**
 * The HTML document of the index page.
 *
 * @example
 * writeFileSync('docs/index.html', indexHtml(model));
 */
export function indexHtml(model: DocsModel): string {
  const eventTables = model.providers.map((p) => `events-${p.id}`);
  const body: ElementContent[] = [
    h('h1', 'hookproof webhook reference'),
    h('p.lead', [
      `${model.variants.length} webhook variants of ${model.providers.length} providers. Each page has the field table, the example payloads, `,
      'the TypeScript type, the headers and how to verify the signature, and what to answer.',
    ]),
    filterBox([...eventTables, 'all-fields'], 'Search events and fields: ticketNumber, declined, uuid …'),
    ...model.providers.flatMap(providerSection),
    h('h2#all-fields-title', 'All fields of all events'),
    h(
      'p.muted',
      'One row per field and variant. Type in the search box above to find where a field appears and how it differs between variants.',
    ),
    allFieldsTable(model),
  ];
  return htmlPage(model, {
    title: 'hookproof webhook reference',
    root: '',
    body,
    sources: ['schemas/', ...model.providers.map((p) => p.openapiPath), CATALOGUE_SOURCE_PATH],
  });
}

function providerSection(provider: ProviderDoc): ElementContent[] {
  const rows = provider.variants.map((v) =>
    h('tr', { dataTerms: v.fields.map((f) => f.path).join(' ') }, [
      h('td.path', h('a', { href: variantPagePath(v.id, 'html') }, h('code', v.id))),
      h('td', [h('code', v.event), ...(v.status ? [' / ', h('code', v.status)] : [])]),
      h('td', v.terminal ? 'yes' : 'no'),
      h('td', md(v.trigger, true)),
    ]),
  );
  return [
    h('h2', { id: `provider-${provider.id}` }, provider.intro.title),
    ...(provider.intro.summary ? [h('p', provider.intro.summary)] : []),
    h('p', [
      h('a', { href: openapiPagePath(provider.id) }, `${provider.name} OpenAPI reference (rendered by Redoc)`),
      ' · source ',
      h('code', provider.openapiPath),
      ...(provider.intro.source ? [' · models ', provider.intro.source] : []),
    ]),
    table(`events-${provider.id}`, ['Variant', 'Event / status', 'Terminal', 'Trigger'], rows),
    ...provider.otherWebhooks.flatMap((other) => [h('h3', other.delivery.summary ?? other.name), ...md(other.delivery.description)]),
  ];
}

function allFieldsTable(model: DocsModel): Element {
  const rows = model.variants.flatMap((v) =>
    v.fields.map((field) =>
      h('tr', { className: field.note ? ['diverges'] : [] }, [
        h('td.path', h('a', { href: `${variantPagePath(v.id, 'html')}#${fieldAnchor(field.path)}` }, h('code', field.path))),
        h('td.path', h('code', v.id)),
        typeCell(field.type),
        requirementCell(field, v.examples.length),
        noteCell(field),
      ]),
    ),
  );
  return table('all-fields', ['Field', 'Variant', 'Type', 'Required', 'Note: where the documents disagree'], rows);
}
