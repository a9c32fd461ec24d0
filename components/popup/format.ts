/**
 * Words and numbers for the popup: hours, shares, money, week labels and the change since
 * last week (with its direction spelled out for screen readers). Pure.
 */

import { DAY_NAMES } from '../../lib/text/day-names';
import { formatMoney } from '../../lib/text/money';

export { formatMoney };

/** "45 min", "3 h", "12.5 h". */
export function formatHours(hours: number): string {
  if (!Number.isFinite(hours) || Math.round(hours * 60) <= 0) return '0 h';
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  const rounded = Math.round(hours * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded : rounded.toFixed(1)} h`;
}

export function formatShare(share: number): string {
  return `${Math.round((Number.isFinite(share) ? share : 0) * 100)}%`;
}

export function dayShort(weekday: number): string {
  return DAY_NAMES[weekday]?.slice(0, 3) ?? '';
}
export function dayLong(weekday: number): string {
  return DAY_NAMES[weekday] ?? '';
}

/** Intl.DateTimeFormat is slow to build (a popup draws ~20 dates): one per zone and options. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-GB', { timeZone, ...options });
    } catch {
      format = new Intl.DateTimeFormat('en-GB', options);
    }
    dateFormats.set(key, format);
  }
  return format;
}

/** "16 – 22 Nov 2026" for the week from `start` (inclusive) to `end` (exclusive). */
export function weekRangeLabel(start: Date, end: Date, timeZone: string): string {
  const last = new Date(end.getTime() - 1);
  const format = dateFormat(timeZone, { day: 'numeric', month: 'short', year: 'numeric' });
  return format.formatRange(start, last).replace(/\s*–\s*/, ' – ');
}

/** "16 Nov" for the trend's labels. */
export function shortDate(date: Date, timeZone: string): string {
  return dateFormat(timeZone, { day: 'numeric', month: 'short' }).format(date);
}

/** "Tue 10:00" for a meeting in the list. */
export function meetingTime(date: Date, timeZone: string): string {
  return dateFormat(timeZone, { weekday: 'short', hour: '2-digit', minute: '2-digit', hour12: false }).format(date);
}

type Tone = 'good' | 'bad' | 'same';

export interface Delta {
  /** "↑ 2 h", "↓ 10 pts", "= same" */
  shown: string;
  /** "up 2 h from last week" */
  spoken: string;
  tone: Tone;
}

/**
 * The change from last week. `better` says which direction is good news (fewer meeting
 * hours, more agendas); `unit` formats the size of the change.
 */
export function delta(
  current: number,
  previous: number,
  better: 'up' | 'down',
  unit: (value: number) => string,
): Delta {
  const change = current - previous;
  const size = unit(Math.abs(change));
  if (Math.abs(change) < 1e-9 || size === unit(0))
    return { shown: 'same as last week', spoken: 'same as last week', tone: 'same' };
  const up = change > 0;
  const tone: Tone = up === (better === 'up') ? 'good' : 'bad';
  return { shown: `${up ? '↑' : '↓'} ${size}`, spoken: `${up ? 'up' : 'down'} ${size} from last week`, tone };
}

export const units = {
  hours: (value: number) => formatHours(value),
  count: (value: number) => String(Math.round(value)),
  points: (value: number) => `${Math.round(value * 100)} pts`,
  money: (currency: string) => (value: number) => formatMoney(value, currency),
};
