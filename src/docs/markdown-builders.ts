/**
 * Small constructors for Markdown syntax trees (mdast) and the serialiser the Markdown pages use:
 * mdast-util-to-markdown with GitHub tables (mdast-util-gfm-table), which escapes what needs
 * escaping (a `|` inside a table cell, a `*` in text). Pure.
 */
import type { Code, Heading, InlineCode, Link, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, Text } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';

/** A text node (escaped on output). */
export const text = (value: string): Text => ({ type: 'text', value });
/** Inline code. */
export const inlineCode = (value: string): InlineCode => ({ type: 'inlineCode', value });
/** A paragraph. */
export const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
/** A heading of the given depth. */
export const heading = (depth: Heading['depth'], ...children: PhrasingContent[]): Heading => ({ type: 'heading', depth, children });
/** A link. */
export const link = (url: string, ...children: PhrasingContent[]): Link => ({ type: 'link', url, children });
/** A fenced code block. */
export const codeBlock = (lang: string, value: string): Code => ({ type: 'code', lang, value });
/** Strong emphasis. */
export const strong = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'strong', children });
/** Emphasis. */
export const emphasis = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'emphasis', children });

/**
 * Phrasing items separated by `separator` (`a, b, c`).
 *
 * @example
 * joined([inlineCode('a'), inlineCode('b')]); // `a`, `b`
 */
export function joined(items: readonly PhrasingContent[], separator = ', '): PhrasingContent[] {
  return items.flatMap((item, i) => (i > 0 ? [text(separator), item] : [item]));
}

/**
 * A GitHub table: a heading row, then one row of cells (each a list of phrasing nodes) per item.
 *
 * @example
 * table(['Header', 'Required'], [[[inlineCode('X-Kushki-Id')], [text('required')]]]);
 */
export function table(headings: readonly string[], rows: readonly (readonly PhrasingContent[])[][]): Table {
  const cell = (children: readonly PhrasingContent[]): TableCell => ({ type: 'tableCell', children: [...children] });
  return {
    type: 'table',
    align: headings.map(() => null),
    children: [
      { type: 'tableRow', children: headings.map((h) => cell([text(h)])) },
      ...rows.map((row) => ({ type: 'tableRow' as const, children: row.map(cell) })),
    ],
  };
}

/**
 * Serialises a page to Markdown, ending with one newline.
 *
 * @example
 * serialize([heading(1, text('Webhook reference'))]); // '# Webhook reference\n'
 */
export function serialize(children: RootContent[]): string {
  const root: Root = { type: 'root', children };
  return toMarkdown(root, {
    extensions: [gfmTableToMarkdown({ tablePipeAlign: false })],
    bullet: '-',
    fences: true,
    emphasis: '_',
    rule: '-',
  });
}
