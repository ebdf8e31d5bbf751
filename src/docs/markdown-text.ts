/**
 * The schemas' and OpenAPI documents' descriptions are Markdown (`` `ticketNumber` ``, `**Signing.**`).
 * This parses them once with micromark (mdast-util-from-markdown) so that the Markdown renderer
 * embeds them as syntax trees (escaped correctly inside tables) and the HTML renderer turns the same
 * trees into HTML (mdast-util-to-hast). Raw HTML in a description is kept as text, never as markup.
 */
import type { ElementContent } from 'hast';
import type { PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';

/**
 * The block content (paragraphs, lists, code) of a Markdown text.
 *
 * @example
 * markdownBlocks('**Signing.** Each destination has its own secret.')[0]?.type; // 'paragraph'
 */
export function markdownBlocks(markdown: string): RootContent[] {
  return fromMarkdown(markdown).children;
}

/**
 * The inline content of a Markdown text, for a table cell: paragraphs are joined by a space.
 *
 * @example
 * markdownInline('Always `SALE`.').map((n) => n.type); // ['text', 'inlineCode', 'text']
 */
export function markdownInline(markdown: string): PhrasingContent[] {
  const phrasing: PhrasingContent[] = [];
  for (const block of markdownBlocks(markdown)) {
    if (phrasing.length > 0) phrasing.push({ type: 'text', value: ' ' });
    if (block.type === 'paragraph' || block.type === 'heading') phrasing.push(...block.children);
    else phrasing.push({ type: 'text', value: markdown.slice(block.position?.start.offset ?? 0, block.position?.end.offset ?? 0) });
  }
  return phrasing;
}

/**
 * Markdown as HTML syntax-tree nodes; with `inline`, without the wrapping paragraphs.
 *
 * @example
 * toHtml({ type: 'root', children: markdownHast('Use `id`.', { inline: true }) }); // 'Use <code>id</code>.'
 */
export function markdownHast(markdown: string, options: { inline?: boolean } = {}): ElementContent[] {
  const tree = options.inline
    ? { type: 'paragraph' as const, children: markdownInline(markdown) }
    : { type: 'root' as const, children: markdownBlocks(markdown) };
  const hast = toHast(tree, { handlers: { html: (_state, node: { value: string }) => ({ type: 'text', value: node.value }) } });
  if (hast.type === 'element' && options.inline) return hast.children;
  if (hast.type === 'root') return hast.children.filter((n): n is ElementContent => n.type !== 'doctype');
  return [hast as ElementContent];
}
