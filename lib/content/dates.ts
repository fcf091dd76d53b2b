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

/**
 * Parses an ISO 8601 date or date-time. A value without a zone is wall-clock time in `timeZone`
 * (a bare date is midnight there). Returns undefined when the text is not such a date.
 */
export function parseIsoDate(value: string, timeZone: string): Date | undefined {
  const m = ISO_DATE.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', zone] = m;
  const ms = Number(frac.padEnd(3, '0').slice(0, 3));
  const wall = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, ms);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== +y || check.getUTCMonth() !== +mo - 1 || check.getUTCDate() !== +d) return undefined;
  if (+h > 23 || +mi > 59 || +s > 59) return undefined;
  if (zone) {
    if (/^z$/i.test(zone)) return new Date(wall);
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
    return new Date(wall - offset * 60000);
  }
  // Two passes settle the offset around daylight-saving changes.
  let utc = wall - zoneOffsetMinutes(wall, timeZone) * 60000;
  utc = wall - zoneOffsetMinutes(utc, timeZone) * 60000;
  return new Date(utc);
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
