const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** Offset in minutes of `timeZone` from UTC at the instant `utcMs`. */
const formatters = new Map<string, Intl.DateTimeFormat>();

// Making a formatter costs far more than using one, and every dated file and page needs one.
function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function zoneOffsetMinutes(utcMs: number, timeZone: string): number {
  const parts = zoneFormatter(timeZone).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60000);
}

/** True when `timeZone` is an IANA zone name this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** A calendar date and wall-clock time, with the zone offset in minutes when the text gave one. */
interface DateParts {
  y: number; mo: number; d: number; h: number; mi: number; s: number; ms: number;
  offset?: number;
}

function fromParts(p: DateParts, timeZone: string): Date | undefined {
  const wall = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s, p.ms);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== p.y || check.getUTCMonth() !== p.mo - 1 || check.getUTCDate() !== p.d) return undefined;
  if (p.h > 23 || p.mi > 59 || p.s > 59) return undefined;
  if (p.offset !== undefined) return new Date(wall - p.offset * 60000);
  // Two passes settle the offset around daylight-saving changes.
  let utc = wall - zoneOffsetMinutes(wall, timeZone) * 60000;
  utc = wall - zoneOffsetMinutes(utc, timeZone) * 60000;
  return new Date(utc);
}

/** `+01:00`, `-0400`, `+05` or `Z` as minutes east of UTC. */
function numericOffset(zone: string): number {
  if (/^z$/i.test(zone)) return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
}

/**
 * Parses an ISO 8601 date or date-time. A value without a zone is wall-clock time in `timeZone`
 * (a bare date is midnight there). Returns undefined when the text is not such a date.
 */
export function parseIsoDate(value: string, timeZone: string): Date | undefined {
  const m = ISO_DATE.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', zone] = m;
  const ms = Number(frac.padEnd(3, '0').slice(0, 3));
  return fromParts({ y: +y, mo: +mo, d: +d, h: +h, mi: +mi, s: +s, ms, offset: zone ? numericOffset(zone) : undefined }, timeZone);
}

// Zone names Hugo's, Jekyll's and WordPress's exports write after the time; others are refused rather than guessed.
const NAMED_ZONES: Record<string, number> = {
  UTC: 0, GMT: 0, UT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  BST: 60, CET: 60, CEST: 120,
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:\s*([ap])\.?m\.?)?`;
const ZONE = String.raw`(?:\s*([+-]\d{2}(?::?\d{2})?|[a-z]{1,4})(?:\s+\(?[a-z]{2,5}\)?)?)?`;
// 2013-05-30 5:06:51 -0400, 2013/05/30, 2013-05-30T05:06:51.000+0000 UTC
const NUMERIC = new RegExp(String.raw`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:(?:[t ]|\s+)${TIME}${ZONE})?$`, 'i');
// Thu, 30 May 2013 05:06:51 -0400 (RFC 2822) and 30 May 2013
const DAY_MONTH = new RegExp(String.raw`^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})(?:,?\s+${TIME}${ZONE})?$`, 'i');
// May 30, 2013 and May 30, 2013 5:06 PM
const MONTH_DAY = new RegExp(String.raw`^(?:[a-z]{3,9},?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(?:at\s+)?${TIME}${ZONE})?$`, 'i');

function timeParts(m: (string | undefined)[], at: number): Omit<DateParts, 'y' | 'mo' | 'd'> | undefined {
  const [h = '0', mi = '0', s = '0', frac = '0', meridiem, zone] = m.slice(at, at + 6);
  let hour = +h;
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (/p/i.test(meridiem) ? 12 : 0);
  }
  let offset: number | undefined;
  if (zone) {
    offset = /^[+-]/.test(zone) ? numericOffset(zone) : NAMED_ZONES[zone.toUpperCase()];
    if (offset === undefined) return undefined;
  }
  return { h: hour, mi: +mi, s: +s, ms: Number(frac.padEnd(3, '0').slice(0, 3)), offset };
}

const monthOf = (name: string) => {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 ? undefined : i + 1;
};

/**
 * Parses the dates real Hugo, Jekyll, Eleventy and WordPress archives carry: ISO 8601, and also a single-digit
 * hour, a space before a numeric or named zone (`2013-05-30 5:06:51 -0400`), slashes, 12-hour times,
 * RFC 2822 (`Thu, 30 May 2013 05:06:51 -0400`) and English month names (`May 30, 2013`). Undefined otherwise.
 */
export function parseLenientDate(value: string, timeZone: string): Date | undefined {
  const text = value.trim().replace(/\s+/g, ' ');
  if (text.length > 80) return undefined;
  const iso = parseIsoDate(text, timeZone);
  if (iso) return iso;
  let m = NUMERIC.exec(text);
  if (m) {
    const time = timeParts(m, 4);
    return time && fromParts({ y: +m[1], mo: +m[2], d: +m[3], ...time }, timeZone);
  }
  m = DAY_MONTH.exec(text);
  const named = m ? { d: m[1], mo: m[2], y: m[3] } : (m = MONTH_DAY.exec(text)) ? { mo: m[1], d: m[2], y: m[3] } : undefined;
  if (!m || !named) return undefined;
  const mo = monthOf(named.mo);
  const time = timeParts(m, 4);
  return mo && time ? fromParts({ y: +named.y, mo, d: +named.d, ...time }, timeZone) : undefined;
}

/** Formats an instant as ISO 8601 wall-clock time in `timeZone` with its offset, like `2025-03-01T09:30:00+01:00`. */
export function formatIsoInZone(date: Date, timeZone: string): string {
  const utcMs = Math.floor(date.getTime() / 1000) * 1000;
  const offset = zoneOffsetMinutes(utcMs, timeZone);
  const wall = new Date(utcMs + offset * 60000).toISOString().slice(0, 19);
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${wall}${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
