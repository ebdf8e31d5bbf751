/** Runs `hookproof mock` (the built binary) as a child process and waits for the base URL it prints. */
import { type ChildProcess, spawn } from 'node:child_process';
import { CLI, REPO_ROOT } from './run-cli.js';

export interface MockProcess {
  url: string;
  child: ChildProcess;
  stderr: () => string;
  /** Sends `signal` and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export function startMockProcess(args: string[] = []): Promise<MockProcess> {
  const child = spawn(process.execPath, [CLI, 'mock', '--port', '0', ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const line = stdout.split('\n')[0] ?? '';
      if (stdout.includes('\n'))
        resolve({
          url: line.trim(),
          child,
          stderr: () => stderr,
          stop: (signal = 'SIGTERM') => {
            child.kill(signal);
            return exited;
          },
        });
    });
    void exited.then((code) => reject(new Error(`hookproof mock exited with ${code}: ${stderr}`)));
  });
}
