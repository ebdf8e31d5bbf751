/**
 * The Pact Broker pipeline with the real clients against the stand-in broker (see
 * test/support/pact-broker-stand-in): `hookproof publish` → `pact-broker record-release` →
 * `hookproof verify --publish` (the Rust verifier pulls the pacts and publishes the results) →
 * `pact-broker can-i-deploy`, whose answer the stand-in computes from the stored results.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageVersion } from '../src/package-root.js';
import { testSecrets } from '../src/signatures/test-secrets.js';
import { type RunningReceiver, startFaultyReceiver } from './support/faulty-receivers.js';
import { runPactBrokerCli } from './support/pact-broker-cli.js';
import { type BrokerStandIn, startBrokerStandIn } from './support/pact-broker-stand-in/start-broker-stand-in.js';
import { REPO_ROOT, runCli } from './support/run-cli.js';

const TOKEN = 'ci-token';
const env = { PACT_BROKER_TOKEN: TOKEN, PACT_DO_NOT_TRACK: 'true' };
const secrets = ['--kushki-secret', testSecrets.kushki, '--kustom-secret', testSecrets.kustom];

describe('pact broker', () => {
  let broker: BrokerStandIn;
  let good: RunningReceiver;
  let broken: RunningReceiver;
  const verify = (url: string, version: string, ...extra: string[]) =>
    runCli(
      [
        'verify',
        '--provider',
        'all',
        '--url',
        url,
        ...secrets,
        '--broker-url',
        broker.url,
        '--provider-name',
        'acme-receiver',
        '--provider-version',
        version,
        '--provider-branch',
        'main',
        ...extra,
      ],
      { env },
    );
  const canIDeploy = (version: string) =>
    runPactBrokerCli(
      [
        'can-i-deploy',
        '--pacticipant',
        'acme-receiver',
        '--version',
        version,
        '--to-environment',
        'production',
        '--broker-base-url',
        broker.url,
      ],
      env,
    );
  const resultsOf = (version: string) => broker.store.verifications.filter((v) => v.providerVersion === version);

  beforeAll(async () => {
    broker = await startBrokerStandIn({ token: TOKEN });
    good = await startFaultyReceiver('none');
    broken = await startFaultyReceiver('answers-500-on-cash-expired');
  });
  afterAll(async () => {
    await Promise.all([broker.close(), good.close(), broken.close()]);
  });

  it('pact broker > hookproof publish stores both contracts under the receiver name, consumer version = hookproof version', async () => {
    const run = await runCli(['publish', '--broker-url', broker.url, '--provider-name', 'acme-receiver'], { env });
    expect(run.code, run.stderr).toBe(0);
    expect(broker.store.pacts.map((p) => [p.consumer, p.provider, p.consumerVersion]).sort()).toEqual([
      ['kushki-webhooks', 'acme-receiver', packageVersion()],
      ['kustom-webhooks', 'acme-receiver', packageVersion()],
    ]);
    for (const pact of broker.store.pacts) {
      const bundled = JSON.parse(readFileSync(join(REPO_ROOT, 'contracts', `${pact.consumer}-merchant-webhook-receiver.json`), 'utf8'));
      expect(pact.content).toEqual({ ...bundled, provider: { name: 'acme-receiver' } });
    }
    expect(broker.requests.filter((r) => r.userAgent.startsWith('hookproof/')).map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /contracts/publish',
      'POST /contracts/publish',
    ]);
  });

  it('pact broker > publishing the same version again is idempotent', async () => {
    const run = await runCli(['publish', '--broker-url', broker.url, '--provider-name', 'acme-receiver'], { env });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/already published/);
    expect(broker.store.pacts).toHaveLength(2);
  });

  it('pact broker > pact-broker create-environment, then record-release records the consumer versions in production', async () => {
    const created = await runPactBrokerCli(
      ['create-environment', '--name', 'production', '--production', '--broker-base-url', broker.url],
      env,
    );
    expect(created.code, created.stdout + created.stderr).toBe(0);
    expect(broker.store.environments.map((e) => [e.name, e.production])).toEqual([['production', true]]);
    for (const consumer of ['kustom-webhooks', 'kushki-webhooks']) {
      const run = await runPactBrokerCli(
        [
          'record-release',
          '--pacticipant',
          consumer,
          '--version',
          packageVersion(),
          '--environment',
          'production',
          '--broker-base-url',
          broker.url,
        ],
        env,
      );
      expect(run.code, run.stdout + run.stderr).toBe(0);
    }
    expect(broker.store.environmentVersions.map((e) => [e.kind, e.pacticipant, e.version])).toEqual([
      ['released', 'kustom-webhooks', packageVersion()],
      ['released', 'kushki-webhooks', packageVersion()],
    ]);
  });

  it('pact broker > verify --publish from the broker: a signature-checking receiver passes, results stored for 1.2.3 on main', async () => {
    const run = await verify(good.url, '1.2.3', '--publish');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^kushki\.cash\.expired @\d+\.\d+\.\d+\s+contract\s+pass\s+200/m);
    expect(run.stdout).toMatch(/^kustom: forged-signature\s+forged-signature\s+pass\s+401/m);
    const results = resultsOf('1.2.3');
    expect(results.map((r) => [r.consumer, r.success]).sort()).toEqual([
      ['kushki-webhooks', true],
      ['kustom-webhooks', true],
    ]);
    // The contract rows only: one test result per interaction (6 Kushki, 4 Kustom).
    expect(results.map((r) => (r.body.testResults as unknown[]).length).sort()).toEqual([4, 6]);
    expect(broker.store.findVersion('acme-receiver', '1.2.3')?.branches).toEqual(['main']);
    const verifierCalls = broker.requests
      .filter((r) => r.userAgent.startsWith('pact_verifier/'))
      .map((r) => `${r.method} ${r.path.split('/pact-version/')[0]}`);
    expect(verifierCalls).toEqual(
      expect.arrayContaining([
        'POST /pacts/provider/acme-receiver/for-verification',
        'PUT /pacticipants/acme-receiver/branches/main/versions/1.2.3',
        'POST /pacts/provider/acme-receiver/consumer/kushki-webhooks',
      ]),
    );
  }, 60_000);

  it('pact broker > verify --publish against a receiver that mishandles a variant exits 1 and stores a failed result', async () => {
    const run = await verify(broken.url, '1.2.4', '--publish', '--happy-only');
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/^kushki\.cash\.expired @\d+\.\d+\.\d+\s+contract\s+FAIL\s+500\s+expected 200 but was 500$/m);
    expect(
      resultsOf('1.2.4')
        .map((r) => [r.consumer, r.success])
        .sort(),
    ).toEqual([
      ['kushki-webhooks', false],
      ['kustom-webhooks', true],
    ]);
    // The results are the contract rows': the failed interaction is named, with its mismatch.
    const failed = resultsOf('1.2.4').find((r) => !r.success);
    expect(failed?.body.testResults).toHaveLength(6);
    expect(failed?.body.testResults).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          success: false,
          interactionDescription: expect.stringMatching(/^kushki\.cash\.expired: /),
          mismatches: [expect.objectContaining({ attribute: 'status', description: 'expected 200 but was 500' })],
        }),
      ]),
    );
  }, 60_000);

  it.each([
    ['1.2.3', 0, /Computer says yes/],
    ['1.2.4', 1, /Computer says no/],
  ])('pact broker > pact-broker can-i-deploy acme-receiver %s to production exits %i', async (version, code, verdict) => {
    const run = await canIDeploy(version);
    expect(run.code, run.stdout + run.stderr).toBe(code);
    expect(run.stdout).toMatch(verdict);
    expect(run.stdout).toMatch(
      new RegExp(
        `kushki-webhooks\\s+┆\\s+${packageVersion().replaceAll('.', '\\.')}\\s+┆\\s+acme-receiver\\s+┆\\s+${version.replaceAll('.', '\\.')}`,
      ),
    );
  });

  it('pact broker > pact-broker record-deployment: deploying 1.2.3 then 1.2.4 leaves 1.2.4 the one deployed', async () => {
    for (const version of ['1.2.3', '1.2.4']) {
      const run = await runPactBrokerCli(
        [
          'record-deployment',
          '--pacticipant',
          'acme-receiver',
          '--version',
          version,
          '--environment',
          'production',
          '--broker-base-url',
          broker.url,
        ],
        env,
      );
      expect(run.code, run.stdout + run.stderr).toBe(0);
    }
    const production = broker.store.environments[0];
    expect(production && broker.store.versionsInEnvironment('acme-receiver', production)).toEqual(['1.2.4']);
  });

  it('pact broker > a new hookproof version that adds an interaction is pending under --enable-pending, then required', async () => {
    // What a hookproof upgrade with a new expectation looks like: the Kushki contract plus one interaction.
    const dir = mkdtempSync(join(tmpdir(), 'hookproof-next-'));
    const pact = JSON.parse(readFileSync(join(REPO_ROOT, 'contracts', 'kushki-webhooks-merchant-webhook-receiver.json'), 'utf8'));
    const added = structuredClone(pact.interactions[0]);
    added.description = 'kushki.card.approved: a later hookproof expects 202';
    added.response.status = 202;
    writeFileSync(
      join(dir, 'kushki-webhooks-acme-receiver.json'),
      JSON.stringify({ ...pact, provider: { name: 'acme-receiver' }, interactions: [...pact.interactions, added] }),
    );
    const published = await runPactBrokerCli(
      ['publish', dir, '--consumer-app-version', '99.0.0', '--branch', 'main', '--broker-base-url', broker.url],
      env,
    );
    expect(published.code, published.stdout + published.stderr).toBe(0);

    // `--provider` given twice: the last one counts.
    const pending = await verify(good.url, '1.2.5', '--provider', 'kushki', '--happy-only', '--enable-pending', '--publish');
    expect(pending.code, pending.stderr).toBe(0);
    expect(pending.stdout).toMatch(/^kushki\.card\.approved @99\.0\.0\s+contract\s+PENDING\s+200\s+pending: expected 202 but was 200$/m);
    expect(pending.stdout).toMatch(/PASSED: 12 passed, 0 failed, 1 pending/);

    const required = await verify(good.url, '1.2.6', '--provider', 'kushki', '--happy-only');
    expect(required.code).toBe(1);
    expect(required.stdout).toMatch(/^kushki\.card\.approved @99\.0\.0\s+contract\s+FAIL\s+200\s+expected 202 but was 200$/m);
  }, 60_000);

  it.each([
    ['publish', ['publish', '--provider-name', 'acme-receiver']],
    ['verify', ['verify', '--provider', 'kushki', '--url', 'RECEIVER', '--provider-name', 'acme-receiver']],
  ])('pact broker > %s with a wrong PACT_BROKER_TOKEN is one line, exit 2', async (_name, args) => {
    const before = broker.requests.length;
    const run = await runCli(
      args.map((a) => (a === 'RECEIVER' ? good.url : a)),
      { env: { ...env, PACT_BROKER_BASE_URL: broker.url, PACT_BROKER_TOKEN: 'wrong' } },
    );
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^hookproof: broker at http:\/\/127\.0\.0\.1:\d+ refused the broker token \(401\)/),
    ]);
    expect(broker.requests.slice(before).map((r) => r.status)).toEqual([401]);
  });

  it.each([
    [['--publish'], /publishing results needs the receiver version \(--provider-version\)/],
    [['--include-wip-pacts-since', '2026-01-01'], /add --enable-pending/],
    [['--consumer-version-selectors', '{nope'], /--consumer-version-selectors is not JSON/],
  ])('pact broker > verify refuses %j before the run, exit 2', async (extra, message) => {
    const run = await runCli(['verify', '--url', good.url, '--broker-url', broker.url, ...extra], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('pact broker > verify for a receiver name the broker does not know says to publish first, exit 2', async () => {
    const run = await runCli(['verify', '--url', good.url, '--broker-url', broker.url, '--provider-name', 'nobody'], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/knows no provider 'nobody': publish the contracts first \(hookproof publish --provider-name nobody\)/);
  });

  it('pact broker > broker options without a broker are a usage error', async () => {
    const run = await runCli(['verify', '--url', good.url, '--provider-branch', 'main'], { env: { PACT_BROKER_BASE_URL: '' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--provider-branch needs a broker/);
  });

  it('pact broker > basic auth: publish with --broker-username and --broker-password', async () => {
    const basic = await startBrokerStandIn({ basicAuth: { username: 'ci', password: 'pw' } });
    try {
      const ok = await runCli([
        'publish',
        '--broker-url',
        basic.url,
        '--broker-username',
        'ci',
        '--broker-password',
        'pw',
        '--provider',
        'kushki',
      ]);
      expect(ok.code, ok.stderr).toBe(0);
      expect(basic.store.pacts.map((p) => p.provider)).toEqual(['merchant-webhook-receiver']);
      const refused = await runCli(['publish', '--broker-url', basic.url, '--broker-username', 'ci', '--broker-password', 'nope']);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/refused the broker username and password \(401\)/);
    } finally {
      await basic.close();
    }
  });
});
