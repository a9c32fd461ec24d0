/** The week shown, relative to this one: "This week", "Last week", "3 weeks ago"… */
import { t, tn } from '../i18n';
export function offsetName(offset: number): string {
  if (offset === 0) return t('popup.this_week');
  if (offset === -1) return t('popup.last_week');
  if (offset === 1) return t('popup.next_week');
  return offset < 0 ? tn('popup.weeks_ago', -offset) : tn('popup.in_weeks', offset);
}
