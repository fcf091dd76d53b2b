/** How many answered searches are kept, and for how long at most (the recency boost moves, slowly). */
export const RESULT_CACHE = { ENTRIES: 500, TTL_MS: 60_000 };

interface Entry<T> {
  generation: number;
  storedAt: number;
  value: T;
}

/**
 * Answers to recent searches, least recently used first out, each valid only for the index generation it
 * was computed from: any change to the index makes every entry stale. A popular query (a breaking story's
 * name) is then scored once per change, not once per reader.
 */
export class ResultCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(private readonly limit = RESULT_CACHE.ENTRIES, private readonly ttlMs = RESULT_CACHE.TTL_MS) {}

  /** The answer stored for `key` in this generation, or undefined. */
  get(key: string, generation: number, now = Date.now()): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.generation !== generation || now - entry.storedAt > this.ttlMs) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Stores an answer, dropping the least recently used one past the limit. */
  set(key: string, generation: number, value: T, now = Date.now()): void {
    this.entries.delete(key);
    this.entries.set(key, { generation, storedAt: now, value });
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
  }

  /** The number of entries held. */
  get size(): number {
    return this.entries.size;
  }
}
