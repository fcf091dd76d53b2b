import v8 from 'node:v8';

/**
 * How far past its live size the server's heap may grow before V8 collects it in full, in percent. V8 on its own lets
 * a busy server's heap grow to about four times what is alive: at 100,000 articles 400 MB alive became 1.5 GB held
 * under load, and the process kept it. In the bench at 100,000, 100% (twice what is alive) ended at 1,156 MB instead
 * of 1,820 MB for the same requests per second; 30% ended at 813 MB but served a fifth fewer requests (more full
 * collections on the thread that renders).
 */
export const DEFAULT_HEAP_GROWTH_PERCENT = 100;

/** `HEAP_GROWTH_PERCENT` as a whole number from 1 to 400; 0 leaves V8's own heuristics; anything else, the default. */
export function heapGrowthPercent(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_HEAP_GROWTH_PERCENT;
  const n = Number(value);
  if (Number.isInteger(n) && n >= 0 && n <= 400) return n;
  console.warn(`HEAP_GROWTH_PERCENT=${JSON.stringify(value)} is not a whole number from 0 to 400; using ${DEFAULT_HEAP_GROWTH_PERCENT}`);
  return DEFAULT_HEAP_GROWTH_PERCENT;
}

/** Applies `HEAP_GROWTH_PERCENT` to this process's heap from now on (V8 reads the flag at every full collection). */
export function limitHeapGrowth(): void {
  const percent = heapGrowthPercent(process.env.HEAP_GROWTH_PERCENT);
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
