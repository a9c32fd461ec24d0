/** This week's booked meeting hours against the person's weekly budget: a bar, and words. */

import { budgetStatus } from '../../lib/calendar/budget-notice';
import type { WeeklyStats } from '../../lib/calendar/stats';
import { t } from '../i18n';
import { formatHours } from './format';

export function Budget(props: { week: WeeklyStats; budgetHours: number }) {
  const status = budgetStatus(props.week.meetingHours, props.budgetHours);
  const over = status.overHours > 0;
  const words = over
    ? t('popup.budget_over', { hours: formatHours(status.overHours) })
    : status.leftHours > 0
      ? t('popup.budget_left', { hours: formatHours(status.leftHours) })
      : t('popup.budget_none_left');
  const booked = formatHours(status.bookedHours);
  const budget = formatHours(status.budgetHours);
  const summary = t('popup.budget_summary', { booked, budget, state: words });
  return (
    <section aria-labelledby="ev-budget-heading" className="ev-budget" data-over={over ? 'true' : undefined}>
      <div className="ev-chart-head">
        <h2 id="ev-budget-heading">{t('popup.budget_heading')}</h2>
        <span className="ev-budget-words" aria-hidden="true">
          {t('popup.budget_words', { booked, budget, state: words })}
        </span>
      </div>
      <div className="ev-budget-track" aria-hidden="true">
        <span className="ev-budget-fill" style={{ width: `${Math.min(100, status.share * 100)}%` }} />
      </div>
      <p className="ev-sr">{summary}</p>
    </section>
  );
}
