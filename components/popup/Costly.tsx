/** The costliest meetings of the week shown, each with "Write it async". */
import { useState } from 'react';
import type { CostlyMeeting, WeeklyStats } from '../../lib/calendar/stats';
import { formatHours, formatMoney, meetingTime } from './format';

export function Costly(props: { week: WeeklyStats; onWriteAsync?: (meeting: CostlyMeeting) => Promise<boolean> }) {
  const [copied, setCopied] = useState<Record<string, boolean>>({});
  const { week } = props;
  if (week.topCostly.length === 0) {
    return (
      <section aria-labelledby="ev-costly-heading">
        <h2 id="ev-costly-heading">Costliest meetings</h2>
        <p className="ev-muted">No meetings in this week.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="ev-costly-heading">
      <h2 id="ev-costly-heading">Costliest meetings</h2>
      <ol className="ev-costly">
        {week.topCostly.map((meeting) => {
          const id = `${meeting.uid}@${meeting.start.getTime()}`;
          const hours = meeting.personHours / Math.max(1, meeting.attendees);
          return (
            <li key={id}>
              <div className="ev-costly-main">
                <span className="ev-costly-title" title={meeting.title}>
                  {meeting.title || 'Untitled meeting'}
                </span>
                <span className="ev-muted">
                  {meetingTime(meeting.start, week.week.timeZone)} · {meeting.attendees} people · {formatHours(hours)} ·{' '}
                  <strong className="ev-costly-cost">{formatMoney(meeting.cost, week.currency)}</strong>
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
                  {copied[id] ? 'Copied' : 'Write it async'}
                  {/* The name starts with the visible words (WCAG 2.5.3, label in name), then says which meeting. */}
                  <span className="ev-sr">{` “${meeting.title || 'Untitled meeting'}”: copy a document to send instead`}</span>
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
      <p className="ev-sr" role="status" aria-live="polite">
        {Object.values(copied).some(Boolean) ? 'A document draft is on the clipboard.' : ''}
      </p>
    </section>
  );
}
