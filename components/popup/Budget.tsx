/** This week's booked meeting hours against the person's weekly budget: a bar, and words. */
import { budgetStatus } from '../../lib/calendar/budget-notice';
import type { WeeklyStats } from '../../lib/calendar/stats';
import { formatHours } from './format';

export function Budget(props: { week: WeeklyStats; budgetHours: number }) {
  const status = budgetStatus(props.week.meetingHours, props.budgetHours);
  const over = status.overHours > 0;
  const words = over
    ? `${formatHours(status.overHours)} over`
    : `${formatHours(status.leftHours).replace(/^0 h$/, 'No time')} left`;
  const summary = `${formatHours(status.bookedHours)} of meetings booked against a budget of ${formatHours(status.budgetHours)}: ${words}.`;
  return (
    <section aria-labelledby="ev-budget-heading" className="ev-budget" data-over={over ? 'true' : undefined}>
      <div className="ev-chart-head">
        <h2 id="ev-budget-heading">Meeting budget</h2>
        <span className="ev-budget-words" aria-hidden="true">
          {formatHours(status.bookedHours)} of {formatHours(status.budgetHours)} · {words}
        </span>
      </div>
      <div className="ev-budget-track" aria-hidden="true">
        <span className="ev-budget-fill" style={{ width: `${Math.min(100, status.share * 100)}%` }} />
      </div>
      <p className="ev-sr">{summary}</p>
    </section>
  );
}
