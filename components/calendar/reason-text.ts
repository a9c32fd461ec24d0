/**
 * The meeting's reasons, budget line and cost in the interface's language: lib/ gives each
 * reason a code and its figures (lib/meeting/assess.ts, `ReasonParams`), the catalog the
 * sentence, Intl the numbers, durations, times and day names.
 */
import type { BudgetNotice } from '../../lib/calendar/budget-notice';
import { formatMoney } from '../../lib/text/money';
import { duration, hours, locale, t, tn } from '../i18n';

export interface ReasonView {
  code: string;
  /** English, for a reason the catalog does not know. */
  text: string;
  params?: Record<string, string | number>;
}

/** "14:30" / "2:30 PM" in the interface's locale, from "HH:MM". */
function clockTime(hhmm: string | number | undefined): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(String(hhmm ?? ''));
  if (!match) return String(hhmm ?? '');
  const date = new Date(2000, 0, 3, Number(match[1]), Number(match[2]));
  return new Intl.DateTimeFormat(locale(), { hour: 'numeric', minute: '2-digit' }).format(date);
}

/** The weekday's name in the interface's locale, 0 = Sunday. */
function weekdayName(day: number): string {
  // 2 January 2000 was a Sunday.
  return new Intl.DateTimeFormat(locale(), { weekday: 'long' }).format(new Date(2000, 0, 2 + (day % 7)));
}

/** "3 person-hours" in the interface's language. */
export function personHours(value: number): string {
  return tn('panel.person_hours', Math.round(value * 10) / 10);
}

export function reasonText(reason: ReasonView): string {
  const p = reason.params ?? {};
  const n = (name: string) => Number(p[name] ?? 0);
  const range = { start: clockTime(p.start), end: clockTime(p.end) };
  switch (reason.code) {
    case 'no-agenda':
      return t('reason.no_agenda');
    case 'status-title':
      return t('reason.status_title', { title: String(p.title ?? '') });
    case 'large':
      return t('reason.large', { people: n('people'), paths: n('paths') });
    case 'long':
      return t('reason.long', { duration: duration(n('minutes')), limit: duration(n('limitMinutes')) });
    case 'recurring-no-end':
      return tn('reason.recurring', n('times'), { hours: personHours(n('personHours')) });
    case 'outside-working-hours':
      if (p.variant === 'day') return t('reason.outside_day', { day: weekdayName(n('day')) });
      if (p.variant === 'before') return t('reason.outside_before', { time: clockTime(p.time), ...range });
      if (p.variant === 'after') return t('reason.outside_after', { time: clockTime(p.time), ...range });
      if (p.variant === 'until') return t('reason.outside_until', { time: clockTime(p.time), ...range });
      return reason.text;
    default:
      return reason.text;
  }
}

export function budgetText(notice: BudgetNotice): string {
  return notice.kind === 'over'
    ? t('budget.over', { total: hours(notice.totalHours), budget: hours(notice.budgetHours) })
    : t('budget.no_calendar', { budget: hours(notice.budgetHours) });
}

/** Money in the interface's locale. */
export function money(amount: number, currency: string): string {
  return formatMoney(amount, currency, locale());
}
