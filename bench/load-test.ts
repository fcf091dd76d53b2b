// Throughput under concurrent load with autocannon, against one URL at a time.
import autocannon from 'autocannon';

/** What a load run measured. */
export interface LoadResult {
  url: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
}

/** Load-test settings shared by every run, so the figures compare. */
export interface LoadSettings {
  duration: number;
  connections: number;
}

/** Hammers `url` with `connections` keep-alive connections for `duration` seconds. */
export async function loadTest(url: string, settings: LoadSettings): Promise<LoadResult> {
  const result = await autocannon({ url, connections: settings.connections, duration: settings.duration, timeout: 30 });
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s.count]));
  return {
    url,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
  };
}
