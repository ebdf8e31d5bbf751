/** Reads a CLI input (a file path, or `-` for stdin) as bytes, turning I/O failures into one-line `CliError`s. */
import { readFile } from 'node:fs/promises';
import { CliError } from './cli-error.js';

async function readStdin(): Promise<Buffer> {
  if (process.stdin.isTTY) throw new CliError('no input: pass a file, or pipe a payload into "-"');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function describe(error: unknown, source: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return `${source}: no such file`;
    case 'EISDIR':
      return `${source}: is a directory, not a file`;
    case 'EACCES':
    case 'EPERM':
      return `${source}: permission denied`;
    default:
      return `${source}: cannot read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

/** The bytes of `source`; empty or binary input is a usage error. */
export async function readInput(source: string): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = source === '-' ? await readStdin() : await readFile(source);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(describe(error, source === '-' ? 'stdin' : source));
  }
  const name = source === '-' ? 'stdin' : source;
  if (bytes.length === 0) throw new CliError(`${name}: is empty`);
  if (bytes.includes(0)) throw new CliError(`${name}: is binary, not a JSON payload`);
  return bytes;
}
