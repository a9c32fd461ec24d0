/** The big figures: the week shown against the week before, each with its change. */

import type { WeeklyStats } from '../../lib/calendar/stats';
import { num, t, tn } from '../i18n';
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
      label: t('popup.meeting_hours'),
      value: formatHours(week.meetingHours),
      change: compare(week.meetingHours, previous?.meetingHours, 'down', units.hours),
    },
    {
      label: t('popup.meetings'),
      value: num(week.meetingCount),
      change: compare(week.meetingCount, previous?.meetingCount, 'down', units.count),
    },
    {
      label: t('popup.with_agenda'),
      value: noMeetings ? '—' : formatShare(week.withAgendaShare),
      sub: noMeetings
        ? undefined
        : t('popup.with_agenda_sub', { count: week.withAgendaCount, total: week.meetingCount }),
      change:
        noMeetings || !previous || previous.meetingCount === 0
          ? null
          : compare(week.withAgendaShare, previous.withAgendaShare, 'up', units.points),
    },
    {
      label: t('popup.cost'),
      value: formatMoney(week.cost, week.currency),
      sub: tn('popup.person_hours', Math.round(week.personHours * 10) / 10),
      change: compare(week.cost, previous?.cost, 'down', money),
    },
    {
      label: t('popup.focus_time'),
      value: formatHours(week.focusHours),
      sub: tn('popup.focus_blocks', week.focusBlocks.length),
      change: compare(week.focusHours, previous?.focusHours, 'up', units.hours),
    },
    {
      label: t('popup.of_work_time'),
      value: formatShare(week.shareOfWorkingHours),
      sub: t('popup.of_working', { hours: formatHours(week.workingHours) }),
      change: compare(week.shareOfWorkingHours, previous?.shareOfWorkingHours, 'down', units.points),
    },
  ];
  return (
    <section aria-labelledby="ev-figures-heading">
      <h2 id="ev-figures-heading" className="ev-sr">
        {t('popup.figures_heading', { week: offsetName(props.offset) })}
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
