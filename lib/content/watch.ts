import fs from 'node:fs';
import { contentDir } from './load';

/** Paths (relative to the content folder) that changed since they were last taken, from file-system events. */
export interface ChangeFeed {
  /** False when events cannot be trusted (no watcher, or it failed): the caller must scan everything. */
  readonly live: boolean;
  /** How many changed paths wait to be taken. */
  readonly size: number;
  /** Takes the changed paths seen so far, leaving the feed empty. */
  take(): Set<string>;
  /** Puts paths back, to be taken again (a file still being written). */
  putBack(paths: Iterable<string>): void;
}

/**
 * Watches the content folder recursively. Events only say *where* to look; the caller still
 * compares sizes and modification times, so a missed or duplicate event costs nothing but time.
 * `onChange` is called on every event (the store uses it to re-index soon, even with no request).
 */
export function watchContent(onChange: () => void): ChangeFeed {
  const pending = new Set<string>();
  let live = false;
  try {
    const watcher = fs.watch(contentDir(), { recursive: true, persistent: false }, (_event, filename) => {
      if (!filename) return;
      pending.add(String(filename).split('\\').join('/'));
      onChange();
    });
    watcher.on('error', () => {
      live = false;
      watcher.close();
    });
    live = true;
  } catch {
    // No folder yet, or the system's watch limit is reached: fall back to scanning.
  }
  return {
    get live() {
      return live;
    },
    get size() {
      return pending.size;
    },
    take() {
      const taken = new Set(pending);
      pending.clear();
      return taken;
    },
    putBack(paths) {
      for (const p of paths) pending.add(p);
    },
  };
}
