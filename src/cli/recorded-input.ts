/** `hookproof send <recording>`: a listen recording given to send is replayed, re-signed or with its original headers. */
import type { WebhookInput } from '../../mocks/sender/index.js';
import { recordingInput, recordingOf } from '../listen/recording-replay.js';
import { CliError } from './cli-error.js';

/** The sender input of a recording file, or `undefined` when the file is a plain payload. */
export function recordedInput(bytes: Uint8Array, source: string, options: { originalHeaders?: boolean }): WebhookInput | undefined {
  const recording = recordingOf(bytes);
  if (recording === null) {
    if (options.originalHeaders) throw new CliError(`${source}: --original-headers needs a hookproof listen recording`);
    return undefined;
  }
  try {
    return recordingInput(recording, options);
  } catch (error) {
    throw new CliError(`${source}: cannot replay this recording: ${(error as Error).message}`);
  }
}
