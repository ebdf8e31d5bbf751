/**
 * `hookproof mock`: serves the Kustom Order Management and IPP mocks over HTTP until stopped, for
 * receivers in any language. Prints the base URL on one line; SIGINT or SIGTERM stops it cleanly.
 */
import type { KustomMockServer } from '../../../mocks/server/kustom-mock-server.js';
import { signKustom } from '../../signatures/kustom-signature.js';
import { CliError } from '../cli-error.js';

export interface MockCommandOptions {
  port?: string;
  host?: string;
  username?: string;
  password?: string;
  kustomSecret?: string[];
  receiver?: string;
}

/** The credentials the mock expects when none are given (hookproof's public test credentials). */
export const DEFAULT_MOCK_CREDENTIALS = { username: 'merchant-test-user', password: 'merchant-test-password' } as const;

function portOf(value: string | undefined): number {
  if (value === undefined) return 4010;
  if (!/^\d+$/.test(value.trim()) || Number(value) > 65_535)
    throw new CliError(`--port must be a port number from 0 to 65535, got ${JSON.stringify(value)}`);
  return Number(value);
}

async function checkOptions(options: MockCommandOptions): Promise<void> {
  if ((options.username === undefined) !== (options.password === undefined)) throw new CliError('--username and --password go together');
  if (options.username?.includes(':')) throw new CliError('--username cannot contain ":" (Basic auth separates the password with it)');
  for (const secret of options.kustomSecret ?? []) {
    try {
      await signKustom({ body: '', secrets: secret, id: 'msg_check', timestamp: 0 });
    } catch (error) {
      throw new CliError(`--kustom-secret: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (options.receiver !== undefined) {
    let url: URL | null = null;
    try {
      url = new URL(options.receiver);
    } catch {}
    if (!url || !['http:', 'https:'].includes(url.protocol))
      throw new CliError(`--receiver must be an http(s) URL, got ${JSON.stringify(options.receiver)}`);
  }
}

/** Starts the server and resolves once it is listening; the process then runs until a signal. */
export async function runMock(options: MockCommandOptions): Promise<KustomMockServer> {
  const port = portOf(options.port);
  await checkOptions(options);
  // Loaded only now: it imports msw, an optional peer (main.ts checked it is installed).
  const { startKustomMockServer } = await import('../../../mocks/server/kustom-mock-server.js');
  const secrets = options.kustomSecret ?? [];
  const server = await startKustomMockServer({
    credentials:
      options.username !== undefined ? { username: options.username, password: options.password ?? '' } : DEFAULT_MOCK_CREDENTIALS,
    port,
    host: options.host ?? '127.0.0.1',
    ...(secrets.length ? { secret: secrets.length === 1 ? (secrets[0] as string) : secrets } : {}),
    ...(options.receiver ? { receiver: options.receiver } : {}),
  }).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`cannot listen on ${options.host ?? '127.0.0.1'}:${port} (${error.code ?? error.message})`);
  });
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  if (options.username === undefined) {
    process.stderr.write(`hookproof mock: Basic credentials ${DEFAULT_MOCK_CREDENTIALS.username} / ${DEFAULT_MOCK_CREDENTIALS.password}\n`);
  }
  console.log(server.url);
  return server;
}
