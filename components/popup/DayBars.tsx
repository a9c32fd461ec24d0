/** Meeting hours per day of the week shown, as bars, the busiest one marked. */

import type { WeeklyStats } from '../../lib/calendar/stats';
import { t } from '../i18n';
import { dayLong, dayShort, formatHours } from './format';

export function DayBars(props: { week: WeeklyStats }) {
  const { hoursPerDay, busiestDay } = props.week;
  const scale = Math.max(8, ...hoursPerDay.map((day) => day.hours));
  return (
    <section aria-labelledby="ev-days-heading" className="ev-chart">
      <div className="ev-chart-head">
        <h2 id="ev-days-heading">{t('popup.days_heading')}</h2>
        {busiestDay ? (
          <span className="ev-muted">
            {t('popup.busiest', { day: dayLong(busiestDay.weekday), hours: formatHours(busiestDay.hours) })}
          </span>
        ) : null}
      </div>
      <ol className="ev-day-bars">
        {hoursPerDay.map((day) => (
          <li key={day.date}>
            {/* The figure as text: screen readers skip aria-label on a list item. */}
            <span className="ev-sr">
              {t('popup.day_hours', { day: dayLong(day.weekday), hours: formatHours(day.hours) })}
            </span>
            <span className="ev-bar-value" aria-hidden="true">
              {day.hours > 0 ? formatHours(day.hours).replace(' ', '\u202f') : ''}
            </span>
            <span className="ev-bar-track" aria-hidden="true">
              <span
                className={`ev-bar${busiestDay?.date === day.date ? ' ev-bar-peak' : ''}`}
                style={{ height: `${Math.min(100, (day.hours / scale) * 100)}%` }}
              />
            </span>
            <span className="ev-bar-label" aria-hidden="true">
              {dayShort(day.weekday)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
