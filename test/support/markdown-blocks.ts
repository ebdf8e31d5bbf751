/**
 * The TypeScript blocks of the README and the guides, and where each goes in the consumer project of
 * test/consumer.test.ts: `// src/<name>.ts` on the first line makes a block that module of the
 * project; a block that imports vitest is a test file that runs (unless fenced `ts norun`); the rest
 * are type-checked only. Blocks fenced `ts nocheck` are left out (the guide says why).
 */

/** One fenced TypeScript block. */
export interface CodeBlock {
  /** The Markdown file, relative to the repository (`README.md`, `docs/guide/fixtures.md`). */
  source: string;
  /** The line of the opening fence (1-based). */
  line: number;
  /** Words after the language on the fence: `nocheck`, `norun`. */
  flags: string[];
  code: string;
}

const FENCE_OPEN = /^(\s*)```(ts|typescript)\b(.*)$/;
const FENCE_CLOSE = /^\s*```\s*$/;

/**
 * The `ts` / `typescript` blocks of a Markdown text, in order.
 *
 * @example
 * typescriptBlocks('```ts norun\nconst a = 1;\n```\n', 'x.md'); // [{ source: 'x.md', line: 1, flags: ['norun'], code: 'const a = 1;\n' }]
 */
export function typescriptBlocks(markdown: string, source: string): CodeBlock[] {
  const lines = markdown.split('\n');
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE_OPEN.exec(lines[i] ?? '');
    if (!open) continue;
    const indent = open[1]?.length ?? 0;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !FENCE_CLOSE.test(lines[j] ?? ''); j++) body.push((lines[j] ?? '').slice(indent));
    blocks.push({ source, line: i + 1, flags: (open[3] ?? '').trim().split(/\s+/).filter(Boolean), code: `${body.join('\n')}\n` });
    i = j;
  }
  return blocks;
}

/** Where a block goes in the consumer project, or `null` for a `nocheck` block. */
export function blockPath(block: CodeBlock): string | null {
  if (block.flags.includes('nocheck')) return null;
  const declared = /^\/\/ (src\/[\w-]+\.ts)\s*$/m.exec(block.code.split('\n')[0] ?? '');
  if (declared?.[1]) return declared[1];
  const slug = block.source
    .replace(/^docs\/guide\//, 'guide-')
    .replace(/\.md$/i, '')
    .replace(/[^\w-]+/g, '-')
    .toLowerCase();
  const runs = /from 'vitest'/.test(block.code) && !block.flags.includes('norun');
  return `blocks/${slug}-${block.line}${runs ? '.test.ts' : '.ts'}`;
}
