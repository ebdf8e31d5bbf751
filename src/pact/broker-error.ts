/**
 * A Pact Broker could not be used: no or a bad URL, refused credentials, unreachable, or an unexpected
 * answer. The message says what to fix; the CLI prints it as one line and exits 2.
 *
 * @example
 * try {
 *   await publishContracts({ url: 'https://broker.example.com', token: 'wrong' });
 * } catch (error) {
 *   if (error instanceof PactBrokerError && error.status === 401) console.error(error.message);
 * }
 */
export class PactBrokerError extends Error {
  override readonly name = 'PactBrokerError';
  constructor(
    message: string,
    /** The HTTP status the broker answered, when it answered. */
    readonly status?: number,
  ) {
    super(message);
  }
}
