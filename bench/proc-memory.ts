// Resident memory of a process and all its descendants, read from Linux's /proc.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

let pageSize: number | undefined;

function bytesPerPage(): number {
  if (pageSize === undefined) {
    try {
      pageSize = Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim()) || 4096;
    } catch {
      pageSize = 4096;
    }
  }
  return pageSize;
}

/** Sum of the resident set sizes (bytes) of `rootPid` and every process below it; 0 when it is gone. */
export function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rssPages = new Map<number, number>();
  for (const name of fs.readdirSync('/proc')) {
    if (name.charCodeAt(0) > 57) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue;
    }
    // The command name (field 2) may hold spaces and parentheses, so fields are counted after its last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(name);
    const ppid = Number(fields[1]);
    rssPages.set(pid, Number(fields[21]));
    const siblings = children.get(ppid);
    if (siblings) siblings.push(pid);
    else children.set(ppid, [pid]);
  }
  let pages = 0;
  const queue = rssPages.has(rootPid) ? [rootPid] : [];
  while (queue.length) {
    const pid = queue.pop()!;
    pages += rssPages.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return pages * bytesPerPage();
}

/** Samples `treeRss(pid)` every `intervalMs` until `stop()`, which returns the peak seen (bytes). */
export function samplePeakRss(pid: number, intervalMs = 200): { stop(): number } {
  let peak = treeRss(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(pid));
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
