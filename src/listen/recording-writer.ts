/**
 * Writes recordings off the event loop: a worker thread creates each file (synchronously there, so a
 * file costs its own system calls and no round trips through the thread pool), the recordings of one
 * turn of the event loop travel in one message, and each write resolves once its file exists or rejects
 * with why it could not be created. A file is never overwritten.
 */
import { Worker } from 'node:worker_threads';

/** A worker that writes new files. `close()` ends it (after the writes in hand: await them first). */
export interface RecordingWriter {
  /** Creates `file` with `text`; rejects (with the system's `code`, such as `ENOSPC`) when it cannot. */
  write(file: string, text: string): Promise<void>;
  close(): Promise<void>;
}

// CommonJS, evaluated in the worker: a batch is [file, text, file, text, ...]; the answer, one
// [code, message] per file in the same order, null for a file written.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { writeFileSync } = require('node:fs');
parentPort.on('message', (batch) => {
  const results = [];
  for (let i = 0; i < batch.length; i += 2) {
    try {
      writeFileSync(batch[i], batch[i + 1], { flag: 'wx' });
      results.push(null);
    } catch (error) {
      results.push([error && error.code ? String(error.code) : null, String(error && error.message ? error.message : error)]);
    }
  }
  parentPort.postMessage(results);
});
`;

type Failure = [code: string | null, message: string] | null;

/**
 * Starts the writer's worker.
 *
 * @example
 * const writer = createRecordingWriter();
 * await writer.write('rec/0001.json', '{}\n');
 * await writer.close();
 */
export function createRecordingWriter(): RecordingWriter {
  const worker = new Worker(WORKER_SOURCE, { eval: true });
  const waiting: { resolve: () => void; reject: (error: Error) => void }[] = [];
  let batch: string[] = [];
  let stopped: Error | null = null;
  const failAll = (error: Error) => {
    stopped ??= error;
    for (const w of waiting.splice(0)) w.reject(error);
  };
  worker.on('message', (results: Failure[]) => {
    for (const failure of results) {
      const w = waiting.shift();
      if (failure === null) w?.resolve();
      else w?.reject(Object.assign(new Error(failure[1]), failure[0] === null ? {} : { code: failure[0] }));
    }
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`the recording writer stopped (exit ${code})`)));
  const flush = () => {
    const sending = batch;
    batch = [];
    worker.postMessage(sending);
  };
  return {
    write(file, text) {
      if (stopped) return Promise.reject(stopped);
      if (batch.length === 0) setImmediate(flush);
      batch.push(file, text);
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    async close() {
      stopped ??= new Error('the recording writer stopped (closed)');
      await worker.terminate();
    },
  };
}
