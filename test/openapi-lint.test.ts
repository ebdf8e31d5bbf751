import { join } from 'node:path';
import { bundle, createConfig, lint, loadConfig } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/run-cli.js';

describe('openapi', () => {
  it.each(['kustom', 'kushki'])('openapi > %s passes the Redocly recommended rules', async (provider) => {
    const config = await loadConfig({ configPath: join(REPO_ROOT, 'redocly.yaml') });
    const problems = await lint({ ref: join(REPO_ROOT, 'openapi', `${provider}.openapi.yaml`), config });
    const summary = problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? ''}`);
    expect(summary).toEqual([]);
  });

  it.each([
    [
      'kustom',
      5,
      [
        '/ordermanagement/v1/orders/{order_id}',
        '/ordermanagement/v1/orders/{order_id}/captures',
        '/ordermanagement/v1/orders/{order_id}/refunds',
        '/ordermanagement/v1/orders/{order_id}/cancel',
      ],
    ],
    ['kushki', 6, []],
  ] as const)('openapi > %s has a webhook per variant and $refs the schemas', async (provider, webhooks, paths) => {
    const config = await createConfig({});
    const { bundle: doc } = await bundle({ ref: join(REPO_ROOT, 'openapi', `${provider}.openapi.yaml`), config });
    const parsed = doc.parsed as { openapi: string; webhooks: Record<string, unknown>; paths?: Record<string, unknown> };
    expect(parsed.openapi).toBe('3.1.0');
    expect(Object.keys(parsed.webhooks)).toHaveLength(webhooks);
    for (const p of paths) expect(Object.keys(parsed.paths ?? {})).toContain(p);
  });
});
