/** Runs the Python example receiver (examples/python-receiver/receiver.py) as a child process. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../../examples/python-receiver/receiver.py', import.meta.url));

export interface PythonReceiver {
  /** The base URL; the Kustom endpoint is `${url}/webhooks/kustom`. */
  url: string;
  stop(): Promise<void>;
}

export function startPythonReceiver(env: { apiBase: string; username: string; password: string; secret: string }): Promise<PythonReceiver> {
  const child = spawn('python3', [SCRIPT], {
    env: {
      ...process.env,
      KUSTOM_API_BASE: env.apiBase,
      KUSTOM_USERNAME: env.username,
      KUSTOM_PASSWORD: env.password,
      KUSTOM_WEBHOOK_SECRET: env.secret,
      PORT: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.stdout.once('data', (d: Buffer) =>
      resolve({
        url: d.toString().trim().split('\n')[0] ?? '',
        stop: () => {
          child.kill('SIGTERM');
          return exited;
        },
      }),
    );
    child.once('error', reject);
    void exited.then(() => reject(new Error(`receiver.py exited: ${stderr}`)));
  });
}
