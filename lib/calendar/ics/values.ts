/**
 * Values of content lines: TEXT escapes, DATE and DATE-TIME, DURATION, and the day arithmetic
 * of wall-clock times (milliseconds whose UTC fields are the local clock).
 */
import { type ResolvedZone, wallMsOf } from '../timezones';

export const SECOND = 1_000;
export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** RFC 5545 TEXT: \\n \\N → newline, \\, \\; \\\\ → the character. Other backslashes are kept. */
export function unescapeText(value: string): string {
  if (!value.includes('\\')) return value;
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** A DATE or DATE-TIME as written: wall-clock fields plus the zone it was written in. */
export interface TimeValue {
  /** Wall milliseconds (fields read as UTC). */
  wall: number;
  isDate: boolean;
  /** Undefined: floating. */
  zone?: ResolvedZone;
}

export interface Duration {
  /** Nominal days (weeks × 7 + days): same wall time on a later day. */
  days: number;
  /** Exact part. */
  ms: number;
}

export const DATE_TIME_RE = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?)?(Z)?$/i;

export function parseDateTimeText(raw: string): { wall: number; isDate: boolean; utc: boolean } | undefined {
  let text = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) text = text.replace(/[-:]/g, '').replace(/\.\d+/, '');
  const match = DATE_TIME_RE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (match[4] === undefined) {
    // A date; "20131210Z" (Google birthdays) is still a date.
    return { wall: wallMsOf(year, month, day), isDate: true, utc: false };
  }
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  const second = Math.min(59, Number(match[6] ?? '0'));
  if (hour > 24 || minute > 59 || (hour === 24 && (minute > 0 || second > 0))) return undefined;
  return { wall: wallMsOf(year, month, day, hour, minute, second), isDate: false, utc: match[7] !== undefined };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] ?? 31);
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DURATION_RE = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i;

/** Longest DURATION read (about 2,700 years); longer ones are not real events. */
const MAX_DURATION_DAYS = 1_000_000;

export function parseDuration(raw: string): Duration | undefined {
  const text = raw.trim();
  const match = DURATION_RE.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) return undefined;
  const sign = match[1] === '-' ? -1 : 1;
  const days = Number(match[2] ?? 0) * 7 + Number(match[3] ?? 0);
  const ms = (Number(match[4] ?? 0) * 3600 + Number(match[5] ?? 0) * 60 + Number(match[6] ?? 0)) * 1000;
  // Beyond this no date arithmetic makes sense (and Date's range is ±100 million days).
  if (days + ms / DAY > MAX_DURATION_DAYS) return undefined;
  return { days: sign * days, ms: sign * ms };
}

/** Day number of a wall time (days since 1970-01-01). */
export function dayOf(wall: number): number {
  return Math.floor(wall / DAY);
}

export function startOfDayWall(wall: number): number {
  return Math.floor(wall / DAY) * DAY;
}

export function sameZone(a: ResolvedZone | undefined, b: ResolvedZone | undefined): boolean {
  if (!a || !b) return a === b;
  return a.kind === b.kind && a.id === b.id;
}

/** Day number (days since 1970-01-01) of a date. */
export function dayNumberOf(year: number, month: number, day: number): number {
  return Math.floor(wallMsOf(year, month, day) / DAY);
}

/** Year, month (1-12) and day of a day number, without building a Date (proleptic Gregorian). */
export function ymdOfDay(dayNumber: number): [number, number, number] {
  // Howard Hinnant's days-to-civil: the recurrence engine calls this for every day it looks at.
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** Day of the week of a day number, 0 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOfDay(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Text for a message: whitespace folded, cut to `max` characters. */
export function clip(text: string, max = 60): string {
  // Only the start is ever shown: never fold a whole megabyte to show sixty characters.
  const flat = text
    .slice(0, max * 4)
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
