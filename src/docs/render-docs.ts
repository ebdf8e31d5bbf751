/**
 * Renders the whole reference, HTML and/or Markdown, as a map from relative path to file content.
 * Pure: the same model always gives the same files, in the same order.
 */
import type { DocsModel } from './docs-model.js';
import { INDEX_PAGE, variantPagePath } from './docs-paths.js';
import { indexHtml } from './html-index.js';
import { variantHtml } from './html-variant.js';
import { indexMarkdown, variantMarkdown } from './markdown-pages.js';

/** Which reference to render. */
export type DocsFormat = 'html' | 'md' | 'both';

/** The formats `--format` accepts. */
export const DOCS_FORMATS: readonly DocsFormat[] = ['html', 'md', 'both'];

/**
 * The pages of the reference (the rendered OpenAPI documents are built separately, by Redocly).
 *
 * @example
 * const files = renderDocs(buildDocsModel(readDocsSources(root)), 'both');
 * files.get('events/kushki.card.declined.md')?.includes('ticketNumber'); // true
 */
export function renderDocs(model: DocsModel, format: DocsFormat): Map<string, string> {
  const files = new Map<string, string>();
  if (format !== 'md') {
    files.set(INDEX_PAGE.html, indexHtml(model));
    for (const variant of model.variants) files.set(variantPagePath(variant.id, 'html'), variantHtml(model, variant));
  }
  if (format !== 'html') {
    files.set(INDEX_PAGE.md, indexMarkdown(model));
    for (const variant of model.variants) files.set(variantPagePath(variant.id, 'md'), variantMarkdown(model, variant));
  }
  return files;
}
