import { formatIsoInZone, parseIsoDate } from './dates';

/**
 * Live coverage (`live: true`): the body is an introduction followed by entries, each starting with a level-2
 * heading that opens with a time, `## 14:05 Police close the bridge`, or a date and time when coverage runs past
 * midnight, `## 2026-12-08 00:15 Counting resumes`. A time alone is on the day of the nearest dated heading above
 * it, else on the article's `date`, in the site's time zone. Headings inside fenced code are not entries.
 */
export interface LiveEntrySource {
  /** The anchor of the entry on the page: `entry-20261207-1405` (`-2`, `-3`… when two share a minute). */
  id: string;
  time: Date;
  /** The heading's text after the time, inline Markdown reduced to plain text (may be empty). */
  title: string;
  /** 1-based line of the heading within the body. */
  line: number;
  /** The entry's Markdown, without its heading. */
  markdown: string;
}

/** A body split into its introduction and entries, in the order written, with the headings that were not read. */
export interface LiveBody {
  intro: string;
  entries: LiveEntrySource[];
  problems: { line: number; message: string }[];
}

const ENTRY_HEADING = /^ {0,3}##[ \t]+(?:(\d{4}-\d{2}-\d{2})[ \t]+|(\d{4}-\d{2}-\d{2})T)?(\d{1,2}):(\d{2})(?![\d:])[ \t]*(?:[-–—|:][ \t]*)?(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The heading text as plain words: emphasis, code marks and link targets dropped. */
function plainTitle(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits a live article's body into entries (see the interface above); pure, so parse and render agree. */
export function splitLiveBody(body: string, published: Date, timeZone: string): LiveBody {
  const lines = body.split('\n');
  const problems: LiveBody['problems'] = [];
  const entries: LiveEntrySource[] = [];
  const intro: string[] = [];
  let current: { entry: LiveEntrySource; lines: string[] } | undefined;
  let day = formatIsoInZone(published, timeZone).slice(0, 10);
  let fence: string | undefined;
  const used = new Map<string, number>();
  const flush = () => {
    if (current) current.entry.markdown = current.lines.join('\n').trim();
  };
  lines.forEach((text, i) => {
    const open = FENCE.exec(text)?.[1];
    if (fence) {
      if (open && open[0] === fence[0] && open.length >= fence.length && text.trim() === open) fence = undefined;
    } else if (open) fence = open;
    const m = fence || open ? null : ENTRY_HEADING.exec(text);
    if (m) {
      const [, spacedDay, joinedDay, hh, mm, rest] = m;
      const dated = spacedDay ?? joinedDay;
      const time = Number(hh) < 24 && Number(mm) < 60 ? parseIsoDate(`${dated ?? day}T${hh.padStart(2, '0')}:${mm}`, timeZone) : undefined;
      if (!time) {
        problems.push({ line: i + 1, message: `"${text.trim()}" looks like a live entry but ${dated ?? day} ${hh}:${mm} is not a time: write it like \`## 14:05 Headline\`` });
      } else {
        if (dated) day = dated;
        flush();
        const base = `entry-${day.replace(/-/g, '')}-${hh.padStart(2, '0')}${mm}`;
        const seen = (used.get(base) ?? 0) + 1;
        used.set(base, seen);
        const entry = { id: seen > 1 ? `${base}-${seen}` : base, time, title: plainTitle(rest), line: i + 1, markdown: '' };
        entries.push(entry);
        current = { entry, lines: [] };
        return;
      }
    }
    (current ? current.lines : intro).push(text);
  });
  flush();
  return { intro: intro.join('\n').trim(), entries, problems };
}

/** What the index keeps of a live article: when coverage ends (`liveEnds`), when its badge goes, and its entries. */
export interface LiveCoverage {
  ends?: Date;
  /** `liveEnds`, or DEFAULT_LIVE_IDLE_HOURS after the latest entry. */
  until: Date;
  entries: { id: string; time: Date; title: string }[];
}

/** How long a live article without `liveEnds` stays live after its latest entry. */
export const DEFAULT_LIVE_IDLE_HOURS = 24;

/** The live coverage of a `live: true` body: its entries (problems reported through `warn`) and when it stops being live. */
export function liveCoverage(body: string, date: Date, ends: Date | undefined, timeZone: string, warn: (line: number, message: string) => void): LiveCoverage {
  const split = splitLiveBody(body, date, timeZone);
  for (const problem of split.problems) warn(problem.line, problem.message);
  if (!split.entries.length) warn(1, 'a live article with no entries yet: start each one with a heading like `## 14:05 What happened`');
  for (const entry of split.entries) {
    if (entry.time < date) warn(entry.line, `the entry at ${formatIsoInZone(entry.time, timeZone)} is before the article's \`date\`: check its time`);
  }
  const latest = Math.max(date.getTime(), ...split.entries.map((e) => e.time.getTime()));
  return {
    ends,
    until: ends ?? new Date(latest + DEFAULT_LIVE_IDLE_HOURS * 3_600_000),
    entries: split.entries.map(({ id, time, title }) => ({ id, time, title })),
  };
}

/** Entries newest first (the order readers see), ties in the order written. */
export function newestFirst<T extends { time: Date }>(entries: readonly T[]): T[] {
  return entries
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => b.entry.time.getTime() - a.entry.time.getTime() || a.i - b.i)
    .map(({ entry }) => entry);
}
