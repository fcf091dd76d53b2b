// Single HTTP requests for the sequential measurements (cold renders, search, publishing), over loopback.
import http from 'node:http';
import net from 'node:net';

/** One response: status, body and the time from sending the request to the last byte (ms). */
export interface Probe {
  status: number;
  body: Buffer;
  ms: number;
  headers: http.IncomingHttpHeaders;
}

// Keep-alive, as a browser or a CDN would: timing then excludes TCP set-up, which is not the server's work.
const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

/** GETs `url` without asking for compression (so sizes are the uncompressed bytes). */
export function get(url: string, timeoutMs = 60_000): Promise<Probe> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.get(url, { agent, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), ms: performance.now() - started, headers: res.headers }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${url} timed out after ${timeoutMs} ms`)));
    req.on('error', reject);
  });
}

/** Closes the kept-alive sockets (so the process can exit). */
export function closeConnections(): void {
  agent.destroy();
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** The p-th percentile (0–100) by nearest rank; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Requests each URL once, one after the other; the response times (ms) and how many were not 200. */
export async function timeEach(urls: readonly string[]): Promise<{ ms: number[]; failures: number; statuses: Record<string, number> }> {
  const ms: number[] = [];
  const statuses: Record<string, number> = {};
  for (const url of urls) {
    const res = await get(url);
    ms.push(res.ms);
    statuses[res.status] = (statuses[res.status] ?? 0) + 1;
  }
  return { ms, failures: ms.length - (statuses['200'] ?? 0), statuses };
}

/** Runs `check` every `intervalMs` until it is true; the ms it took, or undefined after `timeoutMs`. */
export async function pollUntil(check: () => Promise<boolean>, timeoutMs: number, intervalMs = 100, since = performance.now()): Promise<number | undefined> {
  for (;;) {
    const ok = await check().catch(() => false);
    const elapsed = performance.now() - since;
    if (ok) return elapsed;
    if (elapsed > timeoutMs) return undefined;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Sleeps `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
