/**
 * The HTML page of one variant: trigger, divergences, field table with a filter, example payloads,
 * the generated TypeScript type, the delivery headers and how to verify the signature, and what to
 * answer. Pure.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { DocsModel, ProviderDoc, VariantDoc } from './docs-model.js';
import { TYPES_SOURCE_PATH } from './docs-sources.js';
import { htmlPage } from './html-layout.js';
import { badges, codeBlock, fieldAnchor, fieldTable, filterBox, headerTable, md, responseTable } from './html-parts.js';
import { absentFields, CATALOGUE_SOURCE_PATH, exampleCaption, typeScriptText } from './page-text.js';

/**
 * The HTML document of a variant's page.
 *
 * @example
 * writeFileSync('docs/events/kushki.card.declined.html', variantHtml(model, model.variants[5]));
 */
export function variantHtml(model: DocsModel, variant: VariantDoc): string {
  const provider = model.providers.find((p) => p.id === variant.provider) as ProviderDoc;
  const absent = absentFields(variant);
  const summary: ElementContent[] = [
    ...md(variant.description),
    ...(variant.comment ? [h('p', h('strong', 'Where the documents disagree.')), ...md(variant.comment)] : []),
    ...(absent.length > 0
      ? [
          h('p', [
            'Listed by the documents but absent from this variant’s example: ',
            ...absent.flatMap((path, i) => [...(i > 0 ? [', '] : []), h('a', { href: `#${fieldAnchor(path)}` }, h('code', path))]),
            '.',
          ]),
        ]
      : []),
  ];
  const body: ElementContent[] = [
    h('h1', h('code', variant.id)),
    h('p.lead', md(variant.trigger, true)),
    badges(variant),
    h('div.callout', summary),
    h(
      'ul.toc',
      [
        ['fields', 'Fields'],
        ['examples', 'Example payloads'],
        ['typescript', 'TypeScript type'],
        ['delivery', 'Headers and signature'],
        ['answer', 'What to answer'],
      ].map(([id, text]) => h('li', h('a', { href: `#${id}` }, text as string))),
    ),
    h('h2#fields', 'Fields'),
    h('p.muted', [
      `${variant.fields.length} fields of `,
      h('code', variant.typeName),
      ', from ',
      h('code', variant.schemaPath),
      '. Rows marked on the left carry a note.',
    ]),
    filterBox(['field-table'], 'Filter fields: ticketNumber, uuid, divergence …'),
    fieldTable(variant.fields, variant.examples.length),
    h('h2#examples', 'Example payloads'),
    ...variant.examples.map((example, i) => codeBlock(`example-${i + 1}`, 'json', example.json, exampleCaption(example.source))),
    h('h2#typescript', 'TypeScript type'),
    h('p.muted', ['Generated from the schema into ', h('code', TYPES_SOURCE_PATH), ', with the types it references.']),
    codeBlock('typescript-type', 'ts', typeScriptText(variant), variant.typeName),
    h('h2#delivery', 'Headers and signature'),
    ...md(variant.delivery.description),
    headerTable(variant.delivery.headers),
    h('h3', `How ${provider.name} delivers, signs and expects answers`),
    h('div.callout', md(provider.intro.description)),
    h('h2#answer', 'What to answer'),
    responseTable(variant.delivery.responses),
    ...provider.otherWebhooks.flatMap((other) => [
      h('h3', other.delivery.summary ?? other.name),
      ...md(other.delivery.description),
      h('p', ['Event types: ', ...other.eventTypes.flatMap((type, i) => [...(i > 0 ? [', '] : []), h('code', type)]), '.']),
    ]),
  ];
  return htmlPage(model, {
    title: `${variant.id} · hookproof webhook reference`,
    root: '../',
    current: variant.id,
    body,
    sources: [variant.schemaPath, variant.openapiPath, TYPES_SOURCE_PATH, CATALOGUE_SOURCE_PATH],
  });
}
