/**
 * Where each page of the reference lives, relative to the output folder. The HTML and Markdown
 * renderers link with these, and the writer removes stale pages from the folders named here.
 */

/** Folders whose `.html` / `.md` files are all generated (stale ones are removed on regeneration). */
export const GENERATED_FOLDERS = ['events', 'openapi'] as const;

/**
 * The page of a variant.
 *
 * @example
 * variantPagePath('kushki.card.declined', 'html'); // 'events/kushki.card.declined.html'
 */
export function variantPagePath(id: string, extension: 'html' | 'md'): string {
  return `events/${id}.${extension}`;
}

/**
 * The rendered OpenAPI document of a provider (built by Redocly).
 *
 * @example
 * openapiPagePath('kushki'); // 'openapi/kushki.html'
 */
export function openapiPagePath(provider: string): string {
  return `openapi/${provider}.html`;
}

/** The entry page: `index.html` for the browsable site, `README.md` for a code host. */
export const INDEX_PAGE = { html: 'index.html', md: 'README.md' } as const;
