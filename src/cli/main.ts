#!/usr/bin/env node
/**
 * The `hookproof` command. Each subcommand's module is loaded only when it runs, so that a quick
 * command never pays for the heavy ones (Pact core, MSW).
 */
import { Command, CommanderError, Option } from 'commander';
import { isSourceCheckout, packageVersion } from '../package-root.js';
import { addBrokerVerifyOptions, brokerConnectionOptions } from './broker-cli-options.js';
import { CliError } from './cli-error.js';
import { repeatable } from './repeatable-option.js';
import { requirePeer } from './require-peer.js';

const program = new Command('hookproof')
  .description('Contract tests and mock providers for Kustom In-Person Payments and Kushki Payment Button webhooks.')
  .version(packageVersion(), '-V, --version')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(text) });

const providerOption = () =>
  new Option('--provider <provider>', 'the provider the payload comes from (detected when omitted)').choices(['kustom', 'kushki']);

program
  .command('list')
  .description('list the variant catalogue: every documented event variant and its stable id')
  .option('--json', 'print the catalogue as JSON')
  .action(async (options: { json?: boolean }) => {
    const { runList } = await import('./commands/list.js');
    process.exitCode = runList(options);
  });

program
  .command('validate')
  .description('validate webhook payloads (files, or - for stdin): exit 0 valid, 1 invalid, 2 usage or I/O error')
  .argument('<files...>', 'payload files, or - to read stdin')
  .addOption(providerOption())
  .option('--strict', 'also reject what the default only warns about (rules only the examples show) and undocumented fields')
  .option('--json', 'print the result as JSON')
  .action(async (files: string[], options: { provider?: string; strict?: boolean; json?: boolean }) => {
    const { runValidate } = await import('./commands/validate.js');
    process.exitCode = await runValidate(files, options);
  });

program
  .command('examples')
  .description(
    'validate every bundled example payload against its variant; with a variant id, print its payload (e.g. hookproof examples kushki.card.declined > declined.json)',
  )
  .argument('[variant]', 'a variant id (see hookproof list): print its bundled example payload')
  .option('--json', 'print the results as JSON')
  .action(async (variant: string | undefined, options: { json?: boolean }) => {
    const { runExamples } = await import('./commands/examples.js');
    process.exitCode = runExamples(options, variant);
  });

// `docs` needs hookproof's sources and dev dependencies: offered in a source checkout only.
program
  .command('docs', { hidden: !isSourceCheckout() })
  .description(
    'generate the webhook reference (static HTML site and Markdown) from the schemas, the OpenAPI documents and the catalogue (in a source checkout of hookproof only)',
  )
  .option('--out <dir>', 'output folder', 'docs')
  .addOption(new Option('--format <format>', 'which reference to write').choices(['html', 'md', 'both']).default('both'))
  .action(async (options: { out: string; format: 'html' | 'md' | 'both' }) => {
    if (!isSourceCheckout()) {
      throw new CliError('docs runs in a source checkout of hookproof only; the installed package ships schemas/ and openapi/');
    }
    const { runDocs } = await import('./commands/docs.js');
    process.exitCode = await runDocs(options);
  });

program
  .command('verify')
  .description(
    'verify a webhook receiver against the Pact contracts of every variant and the checks beyond the happy path: exit 0 all pass, 1 some fail, 2 usage error or unreachable receiver',
  )
  .addOption(new Option('--provider <provider>', "which provider's webhooks to verify").choices(['kustom', 'kushki', 'all']).default('all'))
  .requiredOption(
    '--url <url>',
    "the receiver's base URL, e.g. http://127.0.0.1:3000 (webhooks go to /webhooks/<provider>), or its webhook URL, used as given, e.g. http://127.0.0.1:3000/api/kushki/hook; {provider} stands for kustom or kushki",
  )
  .option(
    '--path <path>',
    'the webhook path, appended to the URL; may hold {provider}, e.g. /api/{provider}/hook (default /webhooks/<provider>)',
  )
  .option('--secret <secret>', "the signing secret for both providers (default: $HOOKPROOF_SECRET, else hookproof's public test secrets)")
  .option(
    '--kustom-secret <secret>',
    'a Kustom signing secret, whsec_...; repeat it to sign with two, as during a rotation (default: $HOOKPROOF_KUSTOM_SECRET)',
    repeatable,
  )
  .option('--kushki-secret <secret>', 'the Kushki webhook signature secret (default: $HOOKPROOF_KUSHKI_SECRET)')
  .option('--happy-only', 'verify the contracts only, not the checks beyond the happy path')
  .option('--strict', 'advisory checks fail the run too')
  .option('--pact <files...>', 'verify these Pact files instead of the bundled contracts')
  .option('--json', 'print the report as JSON')
  .option('--report <file>', 'also write a self-contained HTML report')
  .option('--scenarios', 'also run the Kustom lifecycle scenarios (capture after finalized, redeliveries, faults) through a hookproof mock')
  .option('--mock <url>', 'the base URL of the running hookproof mock the receiver uses as its Kustom API (with --scenarios)')
  .option('--settle-timeout <ms>', 'how long the receiver has to capture in each scenario (default 5000)')
  .action(async (options: import('./commands/verify.js').VerifyCommandOptions) => {
    requirePeer('@pact-foundation/pact', 'npm i -D @pact-foundation/pact', 'verify');
    const { runVerifyCommand } = await import('./commands/verify.js');
    process.exitCode = (await runVerifyCommand(options)).code;
  });

addBrokerVerifyOptions(program.commands.find((c) => c.name() === 'verify') as Command);

const publish = program
  .command('publish')
  .description(
    "publish hookproof's contracts to a Pact Broker under your receiver's name, consumer version = hookproof's version: exit 0 published, 2 usage or broker error",
  )
  .addOption(
    new Option('--provider <provider>', "which provider's contract to publish").choices(['kustom', 'kushki', 'all']).default('all'),
  )
  .option('--provider-name <name>', "your receiver's name in the broker (default merchant-webhook-receiver)")
  .option('--consumer-version <version>', "the consumer version (default: hookproof's version)")
  .option('--branch <branch>', 'the consumer version branch (default main)')
  .option('--tag <tag>', 'a consumer version tag (repeatable)', repeatable)
  .option('--build-url <url>', 'a link to the CI build that published')
  .option('--json', 'print what the broker answered as JSON');
for (const option of brokerConnectionOptions()) publish.addOption(option);
publish.action(async (options: import('./commands/publish.js').PublishCommandOptions) => {
  const { runPublish } = await import('./commands/publish.js');
  process.exitCode = await runPublish(options);
});

program
  .command('mock')
  .description(
    'serve the Kustom Order Management and In-Person Payments API mocks over HTTP (with a control API under /__hookproof/) until stopped; prints the base URL',
  )
  .option('--port <port>', 'the port to listen on (0: a free one)', '4010')
  .option('--host <host>', 'the address to listen on', '127.0.0.1')
  .option('--username <username>', 'the Basic auth username every API request must carry')
  .option('--password <password>', 'the Basic auth password every API request must carry')
  .option(
    '--kustom-secret <secret>',
    "the secret IPP callbacks are signed with, whsec_...; repeat it to sign with two (default: hookproof's public test secret)",
    repeatable,
  )
  .option('--receiver <url>', "the receiver's Kustom webhook URL the IPP callbacks go to (also settable through the control API)")
  .action(async (options: import('./commands/mock.js').MockCommandOptions) => {
    requirePeer('msw', 'npm i -D msw', 'mock');
    const { runMock } = await import('./commands/mock.js');
    await runMock(options);
  });

program
  .command('send')
  .description(
    'sign and deliver webhooks to a receiver as the provider would, with retries, and print the delivery report: exit 0 all acknowledged with 2xx, 1 some failed, 2 usage error or unreachable receiver',
  )
  .argument('[webhooks...]', 'variant ids (see hookproof list) and/or payload files sent byte for byte (- for stdin)')
  .requiredOption(
    '--url <url>',
    "the receiver's webhook URL, e.g. http://127.0.0.1:3000/webhooks/kushki; {provider} stands for kustom or kushki, e.g. http://127.0.0.1:3000/webhooks/{provider}",
  )
  .option('--all', 'send one webhook of every catalogue variant')
  .option('--secret <secret>', "the signing secret for both providers (default: $HOOKPROOF_SECRET, else hookproof's public test secrets)")
  .option('--kushki-secret <secret>', 'the Kushki webhook signature secret (default: $HOOKPROOF_KUSHKI_SECRET)')
  .option(
    '--kustom-secret <secret>',
    'a Kustom signing secret, whsec_...; repeat it to sign with two, as during a rotation (default: $HOOKPROOF_KUSTOM_SECRET)',
    repeatable,
  )
  .addOption(providerOption())
  .option('--duplicate', 'deliver every webhook twice, as providers occasionally do')
  .option('--shuffle [seed]', 'deliver in a shuffled order (give a seed to replay an order)')
  .option('--concurrency <n>', 'deliveries in flight at once (default 1: one after another)')
  .option('--retries <n>', 'retries after the first attempt, 50 ms apart then doubling (default 2)')
  .option('--schedule <ms,...>', 'the delay before each attempt in ms, e.g. 0,100,500 (instead of --retries)')
  .option('--timeout <ms>', 'how long one attempt may take (default 2000)')
  .option('--json', 'print the report as JSON')
  .option('--original-headers', 'replay listen recordings with the headers they were received with, not re-signed')
  .action(async (webhooks: string[], options: import('./commands/send.js').SendOptions) => {
    const { runSend } = await import('./commands/send.js');
    process.exitCode = await runSend(webhooks, options);
  });

program
  .command('listen')
  .description(
    'receive live deliveries: inspect, verify and validate each, forward it to the app, record it, and show them on a local page',
  )
  .option('--port <port>', 'the delivery port', '4000')
  .option('--host <host>', "the delivery port's address", '127.0.0.1')
  .option('--ui-port <port>', "the page's port, on 127.0.0.1 (default: the delivery port + 1)")
  .option('--forward-to <url>', "the app's URL; {provider} stands for kustom or kushki (without it, listen answers 200)")
  .option('--record <dir>', 'write one JSON recording per delivery into this folder')
  .option('--secret <secret>', 'the signing secret for both providers')
  .option('--kustom-secret <secret>', 'a Kustom signing secret; repeat it during a rotation', repeatable)
  .option('--kushki-secret <secret>', 'the Kushki webhook signature secret')
  .option('--max-body <bytes>', 'the largest body accepted (413 above)', String(1024 * 1024))
  .option('--json', 'print one JSON line per delivery')
  .action(async (options: import('./commands/listen.js').ListenCommandOptions) => {
    const { runListen } = await import('./commands/listen.js');
    process.exitCode = await runListen(options);
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version are not errors; anything else commander rejects is a usage error.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof CliError) {
    console.error(`hookproof: ${error.message}`);
    process.exitCode = error.exitCode;
  } else {
    console.error(`hookproof: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}
