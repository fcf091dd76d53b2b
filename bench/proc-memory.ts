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

/** The /proc stat fields (after the command name) of `rootPid` and every process below it. */
function treeStats(rootPid: number): string[][] {
  const children = new Map<number, number[]>();
  const stats = new Map<number, string[]>();
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
    stats.set(pid, fields);
    const siblings = children.get(ppid);
    if (siblings) siblings.push(pid);
    else children.set(ppid, [pid]);
  }
  const found: string[][] = [];
  const queue = stats.has(rootPid) ? [rootPid] : [];
  while (queue.length) {
    const pid = queue.pop()!;
    found.push(stats.get(pid)!);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** Sum of the resident set sizes (bytes) of `rootPid` and every process below it; 0 when it is gone. */
export function treeRss(rootPid: number): number {
  return treeStats(rootPid).reduce((pages, fields) => pages + Number(fields[21]), 0) * bytesPerPage();
}

/** CPU time (user + system, seconds) `rootPid` and the live processes below it have used so far. */
export function treeCpuSeconds(rootPid: number): number {
  // utime and stime are fields 14 and 15 of stat, in clock ticks (100 a second on Linux).
  return treeStats(rootPid).reduce((ticks, fields) => ticks + Number(fields[11]) + Number(fields[12]), 0) / 100;
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
