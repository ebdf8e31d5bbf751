/** Runs the built `hookproof listen` as a child process and reads its JSON lines. */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { CLI, REPO_ROOT } from './run-cli.js';

export interface ListenProcess {
  deliveryUrl: string;
  pageUrl: string;
  /** The JSON lines printed so far, after the start line. */
  lines: Record<string, unknown>[];
  /** Resolves once `count` delivery lines have been printed. */
  waitForDeliveries(count: number, timeoutMs?: number): Promise<Record<string, unknown>[]>;
  stderr(): string;
  stop(): Promise<number | null>;
}

export function startListenProcess(args: string[]): Promise<ListenProcess> {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [CLI, 'listen', '--port', '0', '--json', ...args], {
    cwd: REPO_ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const lines: Record<string, unknown>[] = [];
  const waiters: (() => void)[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`listen exited (${code}): ${stderr}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const value = JSON.parse(line) as Record<string, unknown>;
      if (value.type === 'listening') {
        resolve({
          deliveryUrl: String(value.deliveryUrl),
          pageUrl: String(value.pageUrl),
          lines,
          stderr: () => stderr,
          waitForDeliveries: (count, timeoutMs = 10_000) =>
            new Promise((done, fail) => {
              const timer = setTimeout(
                () => fail(new Error(`${lines.length} of ${count} deliveries printed in ${timeoutMs} ms`)),
                timeoutMs,
              );
              const check = () => {
                if (lines.length < count) return waiters.push(check);
                clearTimeout(timer);
                done(lines.slice(0, count));
              };
              check();
            }),
          stop: () => {
            child.kill('SIGINT');
            return exited;
          },
        });
        return;
      }
      lines.push(value);
      for (const waiter of waiters.splice(0)) waiter();
    });
  });
}
