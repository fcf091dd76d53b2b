// Optimized pictures from /_next/image, kept in memory with a byte budget, least recently used out first.
// Next's own image cache is a disk folder whose default size is half the free disk; it is not used (next.config.mjs).

/** The budget of optimized pictures kept in memory, per server process. */
export const IMAGE_CACHE_BYTES = 32 * 1024 * 1024;

/** A byte-bounded LRU of the entries Next's image optimizer stores (`{ kind: 'IMAGE', buffer, … }`). */
export class ImageMemoryCache {
  /** @param {number} maxBytes */
  constructor(maxBytes = IMAGE_CACHE_BYTES) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    /** @type {Map<string, { lastModified: number, value: { buffer: Uint8Array } }>} */
    this.entries = new Map();
  }

  /** The entry for `key`, now the most recently used; null when absent. */
  get(key) {
    const entry = this.entries.get(key);
    if (!entry) return null;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Stores `value`, dropping the least recently used entries until the budget holds; one over the budget is not kept. */
  set(key, value) {
    this.delete(key);
    const size = value?.buffer?.byteLength ?? 0;
    if (size > this.maxBytes) return;
    this.entries.set(key, { lastModified: Date.now(), value });
    this.bytes += size;
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  /** Forgets `key`. */
  delete(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.value?.buffer?.byteLength ?? 0;
  }
}
