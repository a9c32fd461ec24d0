/** The costliest meetings of the week shown, each with "Write it async". */

import { useState } from 'react';
import type { CostlyMeeting, WeeklyStats } from '../../lib/calendar/stats';
import { t, tn } from '../i18n';
import { formatHours, formatMoney, meetingTime } from './format';

export function Costly(props: { week: WeeklyStats; onWriteAsync?: (meeting: CostlyMeeting) => Promise<boolean> }) {
  const [copied, setCopied] = useState<Record<string, boolean>>({});
  const { week } = props;
  if (week.topCostly.length === 0) {
    return (
      <section aria-labelledby="ev-costly-heading">
        <h2 id="ev-costly-heading">{t('popup.costly_heading')}</h2>
        <p className="ev-muted">{t('popup.no_meetings')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="ev-costly-heading">
      <h2 id="ev-costly-heading">{t('popup.costly_heading')}</h2>
      <ol className="ev-costly">
        {week.topCostly.map((meeting) => {
          const id = `${meeting.uid}@${meeting.start.getTime()}`;
          const hours = meeting.personHours / Math.max(1, meeting.attendees);
          const title = meeting.title || t('popup.untitled');
          const cost = '\uE000';
          const [before = '', after = ''] = tn('popup.costly_line', meeting.attendees, {
            time: meetingTime(meeting.start, week.week.timeZone),
            hours: formatHours(hours),
            cost,
          }).split(cost);
          return (
            <li key={id}>
              <div className="ev-costly-main">
                <span className="ev-costly-title" title={meeting.title}>
                  {title}
                </span>
                <span className="ev-muted">
                  {before}
                  <strong className="ev-costly-cost">{formatMoney(meeting.cost, week.currency)}</strong>
                  {after}
                </span>
              </div>
              {props.onWriteAsync ? (
                <button
                  type="button"
                  className="ev-link ev-costly-async"
                  onClick={() =>
                    void props.onWriteAsync?.(meeting).then((ok) => setCopied((before) => ({ ...before, [id]: ok })))
                  }
                >
                  {copied[id] ? t('popup.copied') : t('popup.write_async')}
                  {/* The name starts with the visible words (WCAG 2.5.3, label in name), then says which meeting. */}
                  <span className="ev-sr">{t('popup.write_async_which', { title })}</span>
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
      <p className="ev-sr" role="status" aria-live="polite">
        {Object.values(copied).some(Boolean) ? t('popup.draft_copied') : ''}
      </p>
    </section>
  );
}
