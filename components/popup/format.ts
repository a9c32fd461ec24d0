/**
 * Words and numbers for the popup: hours, shares, money, week labels and the change since
 * last week (with its direction spelled out for screen readers). Pure.
 */
import { formatMoney as formatMoneyIn } from '../../lib/text/money';
import { hours as hoursText, locale, num, t } from '../i18n';

/** Money in the interface's locale ("$1,200", "1.200 €"). */
export function formatMoney(amount: number, currency: string): string {
  return formatMoneyIn(amount, currency, locale());
}

/** "45 min", "3 h", "12.5 h", in the interface's words and numbers. */
export function formatHours(hours: number): string {
  if (!Number.isFinite(hours) || Math.round(hours * 60) <= 0) return hoursText(0);
  if (hours < 1) return t('unit.minutes', { count: Math.round(hours * 60) });
  return hoursText(hours);
}

export function formatShare(share: number): string {
  return num(Number.isFinite(share) ? share : 0, { style: 'percent', maximumFractionDigits: 0 });
}

function weekday(weekday: number, width: 'short' | 'long'): string {
  // 2 January 2000 was a Sunday.
  return new Intl.DateTimeFormat(locale(), { weekday: width }).format(new Date(2000, 0, 2 + (weekday % 7)));
}
export function dayShort(day: number): string {
  return weekday(day, 'short');
}
export function dayLong(day: number): string {
  return weekday(day, 'long');
}

/** Intl.DateTimeFormat is slow to build (a popup draws ~20 dates): one per zone and options. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // English as the popup always wrote it (16 Nov); every other language in its own order.
  const tag = locale().startsWith('en') ? 'en-GB' : locale();
  const key = `${tag}|${timeZone}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(tag, { timeZone, ...options });
    } catch {
      format = new Intl.DateTimeFormat(tag, options);
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
    return { shown: t('popup.same'), spoken: t('popup.same'), tone: 'same' };
  const up = change > 0;
  const tone: Tone = up === (better === 'up') ? 'good' : 'bad';
  return {
    shown: up ? t('popup.up_shown', { size }) : t('popup.down_shown', { size }),
    spoken: up ? t('popup.up_spoken', { size }) : t('popup.down_spoken', { size }),
    tone,
  };
}

export const units = {
  hours: (value: number) => formatHours(value),
  count: (value: number) => num(Math.round(value)),
  points: (value: number) => t('popup.points', { count: Math.round(value * 100) }),
  money: (currency: string) => (value: number) => formatMoney(value, currency),
};
