/**
 * Acceptance in the installed package: the in-process sender reaches one route per provider, and the
 * installed `hookproof` binary posts where --url says, signs with every --kustom-secret, and does
 * not offer `docs`.
 */
import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { testSecrets } from 'hookproof';
import { sendAll } from 'hookproof/sender';
import { afterAll, describe, expect, it } from 'vitest';
import { app } from '../src/app.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function hookproof(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile('node_modules/.bin/hookproof', args, { env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

const servers: ReturnType<typeof serve>[] = [];
async function listen(fetch: (request: Request) => Response | Promise<Response>): Promise<string> {
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(started));
  });
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
afterAll(() => {
  for (const server of servers) server.close();
});

describe('installed package', () => {
  it('installed > sendAll with an in-process handler and no handlerUrl reaches both routes with every variant', async () => {
    const paths: string[] = [];
    const report = await sendAll({
      target: (request) => {
        paths.push(new URL(request.url).pathname);
        return app.fetch(request);
      },
      schedule: [0],
    });
    expect(report.totals).toMatchObject({ webhooks: 10, delivered: 10, failed: 0 });
    expect(new Set(paths)).toEqual(new Set(['/webhooks/kustom', '/webhooks/kushki']));
  });

  it('installed > verify --url with a path posts to that path', async () => {
    const paths: string[] = [];
    const custom = new Hono().post('/custom/hook', (c) => {
      paths.push(c.req.path);
      return app.fetch(new Request('http://localhost/webhooks/kushki', c.req.raw));
    });
    const url = await listen(custom.fetch);
    const run = await hookproof(['verify', '--provider', 'kushki', '--url', `${url}/custom/hook`]);
    expect(run.stdout).toMatch(/PASSED/);
    expect(run.code).toBe(0);
    expect(paths.length).toBeGreaterThanOrEqual(6);
    expect(new Set(paths)).toEqual(new Set(['/custom/hook']));
  });

  it('installed > verify with two --kustom-secret values passes against a receiver that knows one of them', async () => {
    const url = await listen(app.fetch);
    const unknown = 'whsec_bmV3LXNlY3JldC1ub3QteWV0LWtub3duLTAwMDA=';
    const both = await hookproof([
      'verify',
      '--provider',
      'kustom',
      '--url',
      url,
      '--kustom-secret',
      unknown,
      '--kustom-secret',
      testSecrets.kustom,
    ]);
    expect(both.stdout).toMatch(/PASSED/);
    expect(both.code).toBe(0);
    const onlyUnknown = await hookproof(['verify', '--provider', 'kustom', '--url', url, '--kustom-secret', unknown, '--happy-only']);
    expect(onlyUnknown.code).toBe(1);
  });

  it('installed > docs is not offered: absent from the help, refused in one line with exit 2', async () => {
    const help = await hookproof(['--help']);
    expect(help.stdout).not.toMatch(/^\s+docs\b/m);
    const docs = await hookproof(['docs', '--out', 'reference']);
    expect(docs.code).toBe(2);
    expect(docs.stderr.trim().split('\n')).toEqual([
      'hookproof: docs runs in a source checkout of hookproof only; the installed package ships schemas/ and openapi/',
    ]);
  });
});
