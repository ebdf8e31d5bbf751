/**
 * The building blocks of the HTML pages, as HTML syntax trees (hastscript): field, header and
 * answer tables, code blocks with a copy button, the row filter. Text is always a text node, so
 * hast-util-to-html escapes it; Markdown descriptions go through `markdownHast`. Pure.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { type FieldRow, requirementLabel } from './field-rows.js';
import { markdownHast } from './markdown-text.js';
import type { HeaderDoc, ResponseDoc } from './openapi-delivery.js';
import type { TypeLabel } from './schema-type-label.js';

/**
 * Markdown as HTML nodes (`inline` for a table cell).
 *
 * @example
 * h('td', md('Always `SALE`.', true));
 */
export function md(markdown: string | undefined, inline = false): ElementContent[] {
  return markdown ? markdownHast(markdown, { inline }) : [];
}

/**
 * A table inside a horizontally scrolling wrapper.
 *
 * @example
 * table('headers', ['Header', 'Description'], rows);
 */
export function table(id: string, headings: readonly string[], rows: readonly Element[]): Element {
  return h('div.table-wrap', [
    h('table', { id }, [
      h(
        'thead',
        h(
          'tr',
          headings.map((heading) => h('th', { scope: 'col' }, heading)),
        ),
      ),
      h('tbody', [...rows]),
    ]),
  ]);
}

/** The type cell: the type, then one constraint a line. */
export function typeCell(type: TypeLabel): Element {
  return h('td.type', [h('code', type.type), ...type.constraints.map((c) => h('span.constraints', c))]);
}

/** The "required" cell; an optional field no example carries is highlighted. */
export function requirementCell(field: FieldRow, exampleCount: number): Element {
  const absent = !field.required && field.inExamples === 0;
  return h('td', { className: ['req', ...(absent ? ['absent'] : [])] }, requirementLabel(field, exampleCount));
}

/** The note cell: the field's divergence note, highlighted, or empty. */
export function noteCell(field: FieldRow): Element {
  return field.note ? h('td.note', md(field.note, true)) : h('td');
}

/**
 * The anchor id of a field row on a variant page.
 *
 * @example
 * fieldAnchor('product[].name'); // 'field-product[].name'
 */
export function fieldAnchor(path: string): string {
  return `field-${path}`;
}

/**
 * The field table of a variant: path, type, required, description, note (the divergence).
 *
 * @example
 * fieldTable(variant.fields, variant.examples.length);
 */
export function fieldTable(fields: readonly FieldRow[], exampleCount: number): Element {
  const rows = fields.map((field) =>
    h('tr', { id: fieldAnchor(field.path), className: field.note ? ['diverges'] : [] }, [
      h('td.path', h('code', field.path)),
      typeCell(field.type),
      requirementCell(field, exampleCount),
      h('td', md(field.description, true)),
      noteCell(field),
    ]),
  );
  return table('field-table', ['Field (JSON path)', 'Type', 'Required', 'Description', 'Note: where the documents disagree'], rows);
}

/**
 * The request headers of a delivery.
 *
 * @example
 * headerTable(variant.delivery.headers);
 */
export function headerTable(headers: readonly HeaderDoc[]): Element {
  const rows = headers.map((header) =>
    h('tr', [
      h('td.path', h('code', header.name)),
      typeCell(header.type),
      h('td.req', header.required ? 'required' : 'optional'),
      h('td', [
        ...md(header.description, true),
        ...(header.example ? [h('span.constraints', ['example: ', h('code', header.example)])] : []),
      ]),
    ]),
  );
  return table('header-table', ['Header', 'Type', 'Required', 'Description'], rows);
}

/**
 * The answers a receiver may give.
 *
 * @example
 * responseTable(variant.delivery.responses);
 */
export function responseTable(responses: readonly ResponseDoc[]): Element {
  const rows = responses.map((response) => h('tr', [h('td', h('code', response.status)), h('td', md(response.description, true))]));
  return table('response-table', ['Status', 'When'], rows);
}

/**
 * A code block with a caption and a copy button; `id` names the `<code>` the button copies.
 *
 * @example
 * codeBlock('example-1', 'json', json, 'Example from the provider documents');
 */
export function codeBlock(id: string, language: string, code: string, caption: string): Element {
  return h('figure.code', [
    h('figcaption', [h('span', caption), h('button.copy', { type: 'button', dataCopy: id, ariaLabel: `Copy: ${caption}` }, 'Copy')]),
    h('pre', h('code', { id, className: [`language-${language}`] }, code)),
  ]);
}

/**
 * A search box that filters the rows of the tables `tableIds`, with a live count of matches.
 *
 * @example
 * filterBox(['fields'], 'Filter fields: ticket, uuid, divergence');
 */
export function filterBox(tableIds: readonly string[], placeholder: string): Element {
  return h('div.filter', { role: 'search' }, [
    h('label', { htmlFor: 'filter' }, 'Filter'),
    h('input', {
      id: 'filter',
      type: 'search',
      placeholder,
      autocomplete: 'off',
      dataFilter: tableIds.join(' '),
      dataStatus: 'filter-status',
    }),
    h('output', { id: 'filter-status', ariaLive: 'polite' }),
  ]);
}

/**
 * The badges of a variant: provider, event (and status), terminal or not.
 *
 * @example
 * badges(variant);
 */
export function badges(variant: { providerName: string; event: string; status: string | null; terminal: boolean }): Element {
  return h('p.badges', [
    h('span.badge', variant.providerName),
    h('span.badge', ['event ', h('code', variant.event)]),
    ...(variant.status ? [h('span.badge', ['status ', h('code', variant.status)])] : []),
    variant.terminal
      ? h('span.badge.terminal', 'terminal: last event of the payment')
      : h('span.badge.ongoing', 'not terminal: more events follow'),
  ]);
}
