/** An error the CLI reports as one line on stderr, with its exit code (2: usage or I/O). */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
  }
}
