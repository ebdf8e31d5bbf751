/**
 * A receiver's production install: the packed tarball installed with `--omit=dev` and no peer
 * (`msw`, `@pact-foundation/pact`) into an empty project. It stays small, the root entry and
 * `hookproof/fixtures` verify and parse signed deliveries without loading Pact, MSW or CLI code, the
 * commands that need no peer work, and the ones that do fail with one line.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleOf } from './support/examples.js';
import { installedPackages, installPacked, nodeModulesKiB, packedTarball } from './support/pack.js';
import { startBrokerStandIn } from './support/pact-broker-stand-in/start-broker-stand-in.js';

const execFileAsync = promisify(execFile);
const MAX_PACKAGES = 10;
const MAX_KIB = 8 * 1024;

/** What the receiver script below prints. */
interface ReceiverRun {
  verified: { provider: string; variant: string | undefined }[];
  tampered: string[];
}

// A merchant's receiver: signs two deliveries as the providers would (hookproof's fixtures), then
// verifies and parses them with the root entry, and checks that a tampered body is refused.
const RECEIVER = `
import { parseWebhook, signKushki, signKustom, testSecrets, verifyKushkiSignature, verifyKustomSignature, WebhookVerificationError } from 'hookproof';
import { fixtures } from 'hookproof/fixtures';

const deliveries = [
  { body: JSON.stringify(fixtures.build('kustom.ipp.session.finalized', {}, { seed: 7 })), sign: (body) => signKustom({ body, secrets: testSecrets.kustom }),
    verify: (body, headers) => verifyKustomSignature({ body, headers, secrets: testSecrets.kustom }) },
  { body: JSON.stringify(fixtures.build('kushki.card.approved', {}, { seed: 7 })), sign: (body) => signKushki({ body, secret: testSecrets.kushki }),
    verify: (body, headers) => verifyKushkiSignature({ body, headers, secret: testSecrets.kushki }) },
];
const verified = [];
const tampered = [];
for (const { body, sign, verify } of deliveries) {
  const headers = new Headers(await sign(body));
  const delivery = await verify(Buffer.from(body), headers);
  const parsed = parseWebhook(body);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  verified.push({ provider: delivery.provider, variant: parsed.variant });
  await verify(body.replace('}', ',"x":1}'), headers).catch((e) => { if (e instanceof WebhookVerificationError) tampered.push(e.reason); });
}
console.log(JSON.stringify({ verified, tampered }));
`;

let project: string;
let bin: string;
beforeAll(async () => {
  project = await installPacked(await packedTarball(), { omitDev: true });
  bin = join(project, 'node_modules', '.bin', 'hookproof');
}, 180_000);

async function runIn(command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  return execFileAsync(command, args, { cwd: project, env: { ...process.env, ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

describe('production install', () => {
  it(`production install > at most ${MAX_PACKAGES} packages counting hookproof, at most ${MAX_KIB} KiB of node_modules, no peer`, async () => {
    const packages = installedPackages(project);
    expect(packages).toContain('hookproof');
    expect(packages.length).toBeLessThanOrEqual(MAX_PACKAGES);
    expect(packages).not.toEqual(expect.arrayContaining(['msw']));
    expect(packages.filter((p) => /^(msw|@pact-foundation\/|ajv|standardwebhooks)/.test(p))).toEqual([]);
    expect(await nodeModulesKiB(project)).toBeLessThanOrEqual(MAX_KIB);
  });

  it('production install > the root entry and hookproof/fixtures verify and parse a signed Kustom and Kushki delivery, loading no Pact, MSW, CLI or pure-JS HMAC code', async () => {
    writeFileSync(join(project, 'receiver.mjs'), RECEIVER);
    const coverage = mkdtempSync(join(tmpdir(), 'hookproof-coverage-'));
    const run = await runIn(process.execPath, ['receiver.mjs'], { NODE_V8_COVERAGE: coverage });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout) as ReceiverRun).toEqual({
      verified: [
        { provider: 'kustom', variant: 'kustom.ipp.session.finalized' },
        { provider: 'kushki', variant: 'kushki.card.approved' },
      ],
      tampered: ['bad-signature', 'bad-signature'],
    });
    const loaded = readdirSync(coverage).flatMap((file) =>
      (JSON.parse(readFileSync(join(coverage, file), 'utf8')) as { result: { url: string }[] }).result.map((r) => r.url),
    );
    const packageFiles = loaded.filter((url) => url.includes('/node_modules/'));
    expect(packageFiles.some((url) => url.includes('/hookproof/dist/src/signatures/hmac-sha256-node.js'))).toBe(true);
    expect(packageFiles.filter((url) => /\/(cli|pact|conformance|msw|sender)\/|hmac-sha256-portable|fast-sha256/.test(url))).toEqual([]);
    // The fixtures' seeded streams come from pure-rand: the only dependency either entry loads.
    expect(
      new Set(
        packageFiles
          .filter((url) => !url.includes('/node_modules/hookproof/'))
          .map((url) => url.replace(/^.*\/node_modules\/([^/]+)\/.*$/, '$1')),
      ),
    ).toEqual(new Set(['pure-rand']));
  });

  it('production install > hookproof validate, list and examples work', async () => {
    const file = join(project, 'kushki.json');
    writeFileSync(file, JSON.stringify(exampleOf('kushki.card.approved')));
    const validate = await runIn(bin, ['validate', file]);
    expect(validate).toMatchObject({ code: 0, stderr: '' });
    expect(validate.stdout).toMatch(/valid kushki\.card\.approved/);
    expect((await runIn(bin, ['list'])).code).toBe(0);
    expect((await runIn(bin, ['examples'])).code).toBe(0);
  });

  it('production install > hookproof send delivers a signed webhook to a URL', async () => {
    const received: string[] = [];
    const server: Server = createServer((req, res) => {
      received.push(String(req.headers['x-kushki-signature']));
      req.resume().on('end', () => res.end('ok'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const send = await runIn(bin, ['send', 'kushki.card.approved', '--url', `http://127.0.0.1:${port}/webhooks/kushki`]);
      expect(send.code).toBe(0);
      expect(received).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/)]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('production install > hookproof verify exits 2 with one line naming the missing peer and its install command', async () => {
    const verify = await runIn(bin, ['verify', '--url', 'http://127.0.0.1:9']);
    expect(verify.code).toBe(2);
    expect(verify.stdout).toBe('');
    expect(verify.stderr).toBe('hookproof: verify needs @pact-foundation/pact, which is not installed: npm i -D @pact-foundation/pact\n');
  });

  it('production install > hookproof publish needs no Pact: both contracts reach a broker', async () => {
    const broker = await startBrokerStandIn({ token: 'ci-token' });
    try {
      const publish = await runIn(bin, ['publish', '--broker-url', broker.url, '--provider-name', 'acme-receiver'], {
        PACT_BROKER_TOKEN: 'ci-token',
      });
      expect(publish).toMatchObject({ code: 0, stderr: '' });
      expect(broker.store.pacts.map((p) => `${p.consumer} -> ${p.provider}`).sort()).toEqual([
        'kushki-webhooks -> acme-receiver',
        'kustom-webhooks -> acme-receiver',
      ]);
    } finally {
      await broker.close();
    }
  });

  it('production install > hookproof mock exits 2 with one line naming msw', async () => {
    const mock = await runIn(bin, ['mock']);
    expect(mock.code).toBe(2);
    expect(mock.stderr).toMatch(/^hookproof: .*\bmsw\b.*npm i.* msw.*\n$/);
    expect(mock.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    ['hookproof/msw', /Cannot find package 'msw'/],
    ['hookproof/pact', /Cannot find module '@pact-foundation\/pact\/package\.json'/],
  ])('production install > import(%s) fails with an error naming its peer', async (entry, message) => {
    const run = await runIn(process.execPath, ['--input-type=module', '-e', `await import('${entry}')`]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(message);
  });
});
