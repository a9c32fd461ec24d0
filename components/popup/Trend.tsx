/** Meeting hours over the last weeks, as an SVG bar chart with its average. */

import type { WeeklyStats } from '../../lib/calendar/stats';
import { t, tn } from '../i18n';
import { formatHours, shortDate } from './format';

export function Trend(props: { weeks: WeeklyStats[] }) {
  const { weeks } = props;
  const width = 352;
  const height = 48;
  const gap = 8;
  const barWidth = (width - gap * (weeks.length - 1)) / weeks.length;
  const max = Math.max(1, ...weeks.map((week) => week.meetingHours));
  const average = weeks.reduce((sum, week) => sum + week.meetingHours, 0) / weeks.length;
  const zone = weeks[0]?.week.timeZone ?? 'UTC';
  const spoken = (week: WeeklyStats) =>
    tn('popup.trend_bar', week.meetingCount, {
      date: shortDate(week.week.start, zone),
      hours: formatHours(week.meetingHours),
    });
  return (
    <section aria-labelledby="ev-trend-heading" className="ev-chart">
      <div className="ev-chart-head">
        <h2 id="ev-trend-heading">{t('popup.trend_heading', { count: weeks.length })}</h2>
        <span className="ev-muted">{t('popup.average', { hours: formatHours(average) })}</span>
      </div>
      {/* The figures as text for screen readers, one week a line; the drawing is for the eyes. */}
      <ol className="ev-sr" aria-label={t('popup.trend_list')}>
        {weeks.map((week) => (
          <li key={week.week.start.getTime()}>{spoken(week)}</li>
        ))}
      </ol>
      <svg className="ev-trend" viewBox={`0 0 ${width} ${height + 16}`} width="100%" aria-hidden="true">
        {average > 0 ? (
          <line
            className="ev-trend-average"
            x1={0}
            x2={width}
            y1={height - (average / max) * height}
            y2={height - (average / max) * height}
          />
        ) : null}
        {weeks.map((week, index) => {
          const barHeight = Math.max(week.meetingHours > 0 ? 2 : 0, (week.meetingHours / max) * height);
          const x = index * (barWidth + gap);
          const last = index === weeks.length - 1;
          return (
            <g key={week.week.start.getTime()}>
              <rect
                className={last ? 'ev-trend-bar ev-trend-current' : 'ev-trend-bar'}
                x={x}
                y={height - barHeight}
                width={barWidth}
                height={barHeight}
                rx={3}
              >
                <title>{spoken(week)}</title>
              </rect>
              {index === 0 || last ? (
                <text
                  className="ev-trend-label"
                  x={last ? x + barWidth : x}
                  y={height + 13}
                  textAnchor={last ? 'end' : 'start'}
                >
                  {shortDate(week.week.start, zone)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
    </section>
  );
}
