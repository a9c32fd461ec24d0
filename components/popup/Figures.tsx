/** The big figures: the week shown against the week before, each with its change. */
import type { WeeklyStats } from '../../lib/calendar/stats';
import { type Delta, delta, formatHours, formatMoney, formatShare, units } from './format';
import { offsetName } from './week-name';

export function Figures(props: { week: WeeklyStats; previous: WeeklyStats | undefined; offset: number }) {
  const { week, previous } = props;
  const compare = (
    current: number,
    before: number | undefined,
    better: 'up' | 'down',
    unit: (value: number) => string,
  ) => (before === undefined ? null : delta(current, before, better, unit));
  const money = units.money(week.currency);
  const noMeetings = week.meetingCount === 0;
  const items: { label: string; value: string; sub?: string; change: Delta | null }[] = [
    {
      label: 'Meeting hours',
      value: formatHours(week.meetingHours),
      change: compare(week.meetingHours, previous?.meetingHours, 'down', units.hours),
    },
    {
      label: 'Meetings',
      value: String(week.meetingCount),
      change: compare(week.meetingCount, previous?.meetingCount, 'down', units.count),
    },
    {
      label: 'With an agenda',
      value: noMeetings ? '—' : formatShare(week.withAgendaShare),
      sub: noMeetings ? undefined : `${week.withAgendaCount} of ${week.meetingCount}`,
      change:
        noMeetings || !previous || previous.meetingCount === 0
          ? null
          : compare(week.withAgendaShare, previous.withAgendaShare, 'up', units.points),
    },
    {
      label: 'Cost',
      value: formatMoney(week.cost, week.currency),
      sub: `${formatHours(week.personHours).replace(' h', '')} person-hours`,
      change: compare(week.cost, previous?.cost, 'down', money),
    },
    {
      label: 'Focus time',
      value: formatHours(week.focusHours),
      sub: `${week.focusBlocks.length} block${week.focusBlocks.length === 1 ? '' : 's'} of 2 h+`,
      change: compare(week.focusHours, previous?.focusHours, 'up', units.hours),
    },
    {
      label: 'Of work time',
      value: formatShare(week.shareOfWorkingHours),
      sub: `of ${formatHours(week.workingHours)} working`,
      change: compare(week.shareOfWorkingHours, previous?.shareOfWorkingHours, 'down', units.points),
    },
  ];
  return (
    <section aria-labelledby="ev-figures-heading">
      <h2 id="ev-figures-heading" className="ev-sr">
        {offsetName(props.offset)} against the week before
      </h2>
      <dl className="ev-figures">
        {items.map((item) => (
          <div key={item.label} className="ev-figure">
            <dt>{item.label}</dt>
            <dd className="ev-figure-value">{item.value}</dd>
            {item.sub ? <dd className="ev-figure-sub">{item.sub}</dd> : null}
            {item.change ? (
              <dd className={`ev-delta ev-delta-${item.change.tone}`}>
                <span aria-hidden="true">{item.change.shown}</span>
                <span className="ev-sr">{item.change.spoken}</span>
              </dd>
            ) : null}
          </div>
        ))}
      </dl>
    </section>
  );
}
