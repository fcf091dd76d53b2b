import fs from 'node:fs';
import path from 'node:path';
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
  /** Stops watching; the feed is no longer live. */
  close(): void;
}

/**
 * Watches the content folder and every folder below it, one watcher per folder. Not `recursive: true`:
 * on Linux, Node 20 implements that by polling every file with `stat`, which at 100,000 articles costs
 * more than the site itself. Events only say *where* to look; the caller still compares sizes and
 * modification times, so a missed or duplicate event costs nothing but time. `onChange` is called on
 * every event (the store uses it to re-index soon, even with no request).
 */
export function watchContent(onChange: () => void): ChangeFeed {
  const pending = new Set<string>();
  const watchers = new Map<string, fs.FSWatcher>();
  const root = contentDir();
  let live = false;

  const fail = () => {
    live = false;
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
  };

  const forget = (relDir: string) => {
    for (const [dir, watcher] of watchers) {
      if (dir === relDir || dir.startsWith(relDir + path.sep)) {
        watcher.close();
        watchers.delete(dir);
      }
    }
  };

  const watchFolder = (relDir: string) => {
    if (watchers.has(relDir) || !live) return;
    const full = path.join(root, relDir);
    let watcher: fs.FSWatcher;
    try {
      watcher = fs.watch(full, { persistent: false }, (_event, filename) => {
        const rel = filename ? path.posix.join(relDir.split(path.sep).join('/'), String(filename)) : relDir;
        pending.add(rel);
        // A folder that appears (or is renamed in) needs a watcher of its own, and so do its subfolders;
        // one that went away loses its watchers, so a folder of the same name made later is watched again.
        if (filename) {
          const child = path.join(relDir, String(filename));
          if (fs.existsSync(path.join(root, child))) watchTree(child);
          else forget(child);
        }
        onChange();
      });
    } catch (err) {
      // A folder removed before we got to it is fine; running out of watches is not.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT' && (err as NodeJS.ErrnoException).code !== 'ENOTDIR') fail();
      return;
    }
    watcher.on('error', () => {
      watcher.close();
      watchers.delete(relDir);
      if (relDir === '') fail();
    });
    watchers.set(relDir, watcher);
  };

  const watchTree = (relDir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(root, relDir), { withFileTypes: true });
    } catch {
      return; // Not a folder (a file event) or already gone.
    }
    watchFolder(relDir);
    for (const entry of entries) {
      if (entry.isDirectory() && !entry.name.startsWith('.')) watchTree(path.join(relDir, entry.name));
    }
  };

  live = fs.existsSync(root);
  if (live) watchTree('');
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
    close: fail,
  };
}
