// The part of autocannon 9's programmatic API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  /** Options of one run. */
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    pipelining?: number;
    timeout?: number;
    headers?: Record<string, string>;
    /** Requests a second across all connections (a steady offered rate rather than as fast as possible). */
    overallRate?: number;
    /** Requests each connection cycles through, relative to `url`. */
    requests?: { method?: string; path?: string }[];
  }
  /** A histogram summary: averages and percentiles (latency in ms, requests per second). */
  interface Histogram {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p99: number;
    sent?: number;
  }
  /** The aggregate of one run. */
  interface Result {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    resets: number;
    '2xx': number;
    statusCodeStats: Record<string, { count: number }>;
    latency: Histogram;
    requests: Histogram;
    throughput: Histogram;
  }
  /** A running load test: `response` names the client (whose current request is the one answered) and the time in ms. */
  interface Instance {
    on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, ms: number) => void): Instance;
  }
  /** Runs a load test; resolves when it ends. */
  function autocannon(options: Options): Promise<Result>;
  /** Runs a load test, calling back when it ends, and returns the running instance to listen to. */
  function autocannon(options: Options, done: (err: Error | null, result: Result) => void): Instance;
  namespace autocannon {
    export { Options, Result, Instance };
  }
  export = autocannon;
}
