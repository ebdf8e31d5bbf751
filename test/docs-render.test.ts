/** The HTML and Markdown renderers: escaping, formats, determinism, and what a reader of kushki.card.declined learns. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDocsModel, type DocsSources } from '../src/docs/docs-model.js';
import { readDocsSources } from '../src/docs/docs-sources.js';
import { renderDocs } from '../src/docs/render-docs.js';
import type { JsonSchema } from '../src/docs/schema-resolver.js';
import { REPO_ROOT } from './support/run-cli.js';

const sources = readDocsSources(REPO_ROOT);
const CARD_DECLINED = 'https://hookproof.dev/schemas/kushki/card-declined.schema.json';

/** The real sources with one schema's keywords changed. */
function withSchema(id: string, change: (schema: Record<string, unknown>) => void): DocsSources {
  const schemas = sources.schemas.map((schema) => {
    if (schema.$id !== id) return schema;
    const copy = structuredClone(schema) as Record<string, unknown>;
    change(copy);
    return copy as JsonSchema;
  });
  return { ...sources, schemas };
}

/** A Markdown table row of a page, by the field path in its first cell. */
const markdownRow = (page: string, path: string) => page.split('\n').find((line) => line.startsWith(`| \`${path}\` |`));

afterEach(() => {
  vi.useRealTimers();
});

describe('docs render', () => {
  it.each([
    { format: 'html' as const, want: ['.html'], count: 11 },
    { format: 'md' as const, want: ['.md'], count: 11 },
    { format: 'both' as const, want: ['.html', '.md'], count: 22 },
  ])('docs render > --format $format writes index + 10 pages per format', ({ format, want, count }) => {
    const files = [...renderDocs(buildDocsModel(sources), format).keys()];
    expect(files).toHaveLength(count);
    expect(new Set(files.map((f) => f.slice(f.lastIndexOf('.'))))).toEqual(new Set(want));
  });

  it('docs render > the same sources give the same bytes, whatever the clock says', () => {
    vi.useFakeTimers({ now: new Date('2001-01-01T00:00:00Z') });
    const early = renderDocs(buildDocsModel(readDocsSources(REPO_ROOT)), 'both');
    vi.setSystemTime(new Date('2041-06-30T23:59:59Z'));
    const late = renderDocs(buildDocsModel(readDocsSources(REPO_ROOT)), 'both');
    expect([...late.entries()]).toEqual([...early.entries()]);
  });

  it('docs render > markup in a description is text in HTML, and a pipe does not break a Markdown table', () => {
    const hostile = withSchema(CARD_DECLINED, (schema) => {
      const properties = schema.properties as Record<string, Record<string, unknown>>;
      properties.code = { ...properties.code, description: 'Use <script>alert(1)</script> or `a|b` | c.' };
    });
    const files = renderDocs(buildDocsModel(hostile), 'both');
    const html = files.get('events/kushki.card.declined.html') ?? '';
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).toContain('<code>a|b</code>');
    expect(html.match(/<script>/g)).toHaveLength(1); // the page's own inline script only
    const row = markdownRow(files.get('events/kushki.card.declined.md') ?? '', 'code');
    expect(row?.split(/(?<!\\)\|/).length).toBe(7); // 5 cells between 6 unescaped pipes
    expect(row).toContain('`a\\|b` \\| c.');
  });

  it('docs render > a schema without $comment renders without a divergence paragraph', () => {
    const plain = withSchema(CARD_DECLINED, (schema) => {
      delete schema.$comment;
    });
    const files = renderDocs(buildDocsModel(plain), 'both');
    expect(files.get('events/kushki.card.declined.md')).not.toContain('Where the documents disagree.');
    expect(files.get('events/kushki.card.approved.md')).toContain('Where the documents disagree.');
  });

  describe('docs render > a reader of kushki.card.declined (Markdown) learns', () => {
    const page = renderDocs(buildDocsModel(sources), 'md').get('events/kushki.card.declined.md') ?? '';
    it.each([
      { what: 'ticketNumber is absent', path: 'ticketNumber', want: ['optional, absent from the example', 'carry none'] },
      {
        what: 'syncMetadata arrives as a string',
        path: 'syncMetadata',
        want: ['string: "true" \\| "false"', 'also accepted: boolean', 'every example sends the string'],
      },
      {
        what: 'how X-Kushki-Signature is computed',
        path: 'X-Kushki-Signature',
        want: ['HMAC-SHA256 of `<raw body>.<X-Kushki-Id>`', 'signature secret'],
      },
    ])('$what', ({ path, want }) => {
      const row = markdownRow(page, path);
      for (const text of want) expect(row).toContain(text);
    });
    it('how to verify a delivery, and what to answer', () => {
      expect(page).toContain('**Verifying a delivery.** Recompute `X-Kushki-Signature`');
      expect(page).toMatch(/compare in constant\s+time/);
      expect(markdownRow(page, '200')).toContain('Answer 200 at once');
    });
  });
});
