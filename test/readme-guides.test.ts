/**
 * The README stays a front door and the guides stay reachable: its size, every relative link of the
 * README and the guides, and the guide index listing every guide.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/run-cli.js';

const GUIDES = join(REPO_ROOT, 'docs', 'guide');
const documents = ['README.md', ...readdirSync(GUIDES).map((name) => `docs/guide/${name}`)].filter((path) => path.endsWith('.md'));

/** Relative Markdown link targets outside code blocks, without their #fragment. */
function relativeLinks(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1] ?? '')
    .filter((target) => !/^[a-z]+:/i.test(target) && !target.startsWith('#'))
    .map((target) => target.replace(/#.*$/, ''));
}

describe('readme and guides', () => {
  it('readme > README.md is under 15 KB', () => {
    expect(statSync(join(REPO_ROOT, 'README.md')).size).toBeLessThan(15 * 1024);
  });

  it.each(documents)('readme > every relative link of %s resolves', (document) => {
    const text = readFileSync(join(REPO_ROOT, document), 'utf8');
    const broken = relativeLinks(text).filter((target) => !existsSync(join(REPO_ROOT, dirname(document), target)));
    expect(broken).toEqual([]);
  });

  it('readme > the guide index and the README link every guide', () => {
    const guides = readdirSync(GUIDES).filter((name) => name.endsWith('.md') && name !== 'README.md');
    const index = relativeLinks(readFileSync(join(GUIDES, 'README.md'), 'utf8'));
    const readme = relativeLinks(readFileSync(join(REPO_ROOT, 'README.md'), 'utf8'));
    expect(guides.filter((name) => !index.includes(name))).toEqual([]);
    expect(guides.filter((name) => !readme.includes(`docs/guide/${name}`))).toEqual([]);
  });
});
