// The part of autocannon's API the sender benchmark uses (the package ships no types).
// See https://github.com/mcollina/autocannon#api (options and results).
declare module 'autocannon' {
  namespace autocannon {
    interface Options {
      url: string;
      method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
      body?: string | Buffer;
      headers?: Record<string, string>;
      /** Concurrent connections. */
      connections?: number;
      /** Stop after this many requests. */
      amount?: number;
      /** Run for this many seconds. */
      duration?: number;
      pipelining?: number;
      /** Seconds before a request times out. */
      timeout?: number;
    }
    interface Result {
      '2xx': number;
      non2xx: number;
      errors: number;
      timeouts: number;
      /** Seconds. */
      duration: number;
      requests: { total: number; average: number };
      /** Milliseconds. */
      latency: { average: number; p50: number; p99: number };
    }
  }
  function autocannon(options: autocannon.Options): Promise<autocannon.Result>;
  export = autocannon;
}
