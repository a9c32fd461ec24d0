/**
 * The toolbar popup: this week in meetings against last week, in pictures. Presentational:
 * the container (entrypoints/popup/App.tsx) reads storage and computes the figures.
 */
import { useState } from 'react';
import type { ActivityCounts } from '../../lib/activity';
import type { CostlyMeeting, WeeklyStats } from '../../lib/calendar/stats';
import { type Feed, type FeedStatus, feedHealth, feedStatusText, maskFeedUrl } from '../../lib/feeds';
import type { SiteStatus } from '../../lib/messages';
import type { SITE_LABELS } from '../options/OptionsPage';
import {
  type Delta,
  dayLong,
  dayShort,
  delta,
  formatHours,
  formatMoney,
  formatShare,
  meetingTime,
  shortDate,
  units,
  weekRangeLabel,
} from './format';
import { SiteHealth } from './SiteHealth';

export interface PopupFeed {
  feed: Feed;
  status: FeedStatus | undefined;
}

export interface PopupProps {
  /** The week shown, in words, when there are no figures ("Week of 16 Nov"). */
  weekLabel: string;
  /** What Eventually recorded in the week shown. */
  recorded: ActivityCounts;
  siteStatuses: { site: keyof typeof SITE_LABELS; status: SiteStatus; detail: string; at: number }[];
  hasFeeds: boolean;
  onOpenOptions: (section?: string) => void;
  /** settings.surfaces.stats */
  statsEnabled?: boolean;
  /** The trend's weeks, oldest first; the last one is the week shown. Null while loading. */
  weeks?: WeeklyStats[] | null;
  feeds?: PopupFeed[];
  now?: number;
  /** 0 = this week, -1 = last week… */
  weekOffset?: number;
  canStepBack?: boolean;
  canStepForward?: boolean;
  onStepWeek?: (by: number) => void;
  onExport?: (format: 'csv' | 'json') => void;
  /** Copy an async write-up of the meeting; resolves to whether it worked. */
  onWriteAsync?: (meeting: CostlyMeeting) => Promise<boolean>;
  /** The background is fetching feeds whose kept copy is out of date. */
  updating?: boolean;
  /** Something the person should know (e.g. stored feeds that could not be read). */
  notice?: string | null;
}

const RECORDED_LABELS: [keyof ActivityCounts, string][] = [
  ['flagged', 'meetings flagged'],
  ['agenda-added', 'agendas added'],
  ['went-async', 'meetings turned into documents'],
  ['prompt-shown', 'bare “hi”s caught'],
  ['rewritten', 'messages given their question'],
  ['sent-anyway', 'sent anyway'],
];

function offsetName(offset: number): string {
  if (offset === 0) return 'This week';
  if (offset === -1) return 'Last week';
  if (offset === 1) return 'Next week';
  return offset < 0 ? `${-offset} weeks ago` : `In ${offset} weeks`;
}

export function Popup(props: PopupProps) {
  const statsEnabled = props.statsEnabled ?? true;
  const feeds = props.feeds ?? [];
  const weeks = props.weeks ?? null;
  const shown = weeks?.[weeks.length - 1];
  const previous = weeks && weeks.length > 1 ? weeks[weeks.length - 2] : undefined;
  const offset = props.weekOffset ?? 0;
  const showStats = statsEnabled && props.hasFeeds && shown !== undefined;
  const anyRecorded = RECORDED_LABELS.some(([key]) => props.recorded[key] > 0);
  const failing = feeds.filter(({ status }) => status?.error).length;
  const rangeLabel = shown ? weekRangeLabel(shown.week.start, shown.week.end, shown.week.timeZone) : props.weekLabel;

  return (
    <main className="ev-popup">
      <header className="ev-popup-header">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>Eventually</h1>
        {showStats && props.onStepWeek ? (
          <nav className="ev-week-nav" aria-label="Week shown">
            <button
              type="button"
              className="ev-step"
              aria-label="Previous week"
              disabled={!props.canStepBack}
              onClick={() => props.onStepWeek?.(-1)}
            >
              ‹
            </button>
            <span className="ev-week-label" aria-live="polite">
              <strong>{offsetName(offset)}</strong>
              <span className="ev-muted">{rangeLabel}</span>
            </span>
            <button
              type="button"
              className="ev-step"
              aria-label="Next week"
              disabled={!props.canStepForward}
              onClick={() => props.onStepWeek?.(1)}
            >
              ›
            </button>
          </nav>
        ) : (
          <span className="ev-muted">{rangeLabel}</span>
        )}
      </header>

      {props.notice ? (
        <p className="ev-warning" role="alert">
          {props.notice}
        </p>
      ) : null}
      {statsEnabled && failing > 0 ? (
        <p className="ev-warning">
          {failing === 1 ? '1 calendar has a problem.' : `${failing} calendars have a problem.`}{' '}
          <a href="#ev-feeds-heading">See why</a>
        </p>
      ) : null}

      {!statsEnabled ? (
        <section className="ev-card" aria-label="Weekly stats are off">
          <p>Weekly meeting stats are switched off.</p>
          <button type="button" className="ev-link" onClick={() => props.onOpenOptions()}>
            Turn them on in Settings
          </button>
        </section>
      ) : !props.hasFeeds ? (
        <section className="ev-first-run" aria-label="Get started">
          <h2>See where your week goes</h2>
          <p>
            Add your calendar’s private iCal address, or import an .ics file, to see your meeting hours, their cost and
            the focus time you have left. It stays in this browser.
          </p>
          <div className="ev-actions">
            <button type="button" className="ev-primary" onClick={() => props.onOpenOptions('feeds')}>
              Add a calendar
            </button>
            <button type="button" className="ev-link" onClick={() => props.onOpenOptions('feeds')}>
              Import an .ics file
            </button>
          </div>
        </section>
      ) : shown ? (
        <>
          <Figures week={shown} previous={previous} offset={offset} />
          <DayBars week={shown} />
          {weeks ? <Trend weeks={weeks} /> : null}
          <Costly week={shown} onWriteAsync={props.onWriteAsync} />
        </>
      ) : (
        <p className="ev-muted">Adding up your week…</p>
      )}

      <section className="ev-recorded-section" aria-labelledby="ev-recorded-heading">
        <h2 id="ev-recorded-heading">
          {offset === 0 ? 'Nudges this week' : `Nudges, ${offsetName(offset).toLowerCase()}`}
        </h2>
        {anyRecorded ? (
          <ul className="ev-recorded">
            {RECORDED_LABELS.filter(([key]) => props.recorded[key] > 0).map(([key, label]) => (
              <li key={key}>
                <strong>{props.recorded[key]}</strong> {label}
              </li>
            ))}
          </ul>
        ) : (
          <p className="ev-muted">Nothing yet. Open an invite in Google Calendar or Outlook, or write in a chat.</p>
        )}
      </section>

      {statsEnabled && feeds.length > 0 ? (
        <FeedLines feeds={feeds} now={props.now ?? Date.now()} updating={props.updating} />
      ) : null}

      <SiteHealth statuses={props.siteStatuses} now={props.now ?? Date.now()} />

      <footer className="ev-popup-footer">
        {showStats && props.onExport ? (
          <div className="ev-actions" role="group" aria-label="Export the weekly figures">
            <button type="button" onClick={() => props.onExport?.('csv')}>
              Export CSV
            </button>
            <button type="button" onClick={() => props.onExport?.('json')}>
              Export JSON
            </button>
          </div>
        ) : (
          <span />
        )}
        <button type="button" className="ev-link" onClick={() => props.onOpenOptions()}>
          Settings
        </button>
      </footer>
    </main>
  );
}

// ---------------------------------------------------------------------------------------
// Big figures
// ---------------------------------------------------------------------------------------

function Figures(props: { week: WeeklyStats; previous: WeeklyStats | undefined; offset: number }) {
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

// ---------------------------------------------------------------------------------------
// Hours per day
// ---------------------------------------------------------------------------------------

function DayBars(props: { week: WeeklyStats }) {
  const { hoursPerDay, busiestDay } = props.week;
  const scale = Math.max(8, ...hoursPerDay.map((day) => day.hours));
  return (
    <section aria-labelledby="ev-days-heading" className="ev-chart">
      <div className="ev-chart-head">
        <h2 id="ev-days-heading">Meeting hours per day</h2>
        {busiestDay ? (
          <span className="ev-muted">
            Busiest: {dayLong(busiestDay.weekday)}, {formatHours(busiestDay.hours)}
          </span>
        ) : null}
      </div>
      <ol className="ev-day-bars">
        {hoursPerDay.map((day) => (
          <li key={day.date} aria-label={`${dayLong(day.weekday)}: ${formatHours(day.hours)}`}>
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

// ---------------------------------------------------------------------------------------
// 8-week trend
// ---------------------------------------------------------------------------------------

function Trend(props: { weeks: WeeklyStats[] }) {
  const { weeks } = props;
  const width = 352;
  const height = 48;
  const gap = 8;
  const barWidth = (width - gap * (weeks.length - 1)) / weeks.length;
  const max = Math.max(1, ...weeks.map((week) => week.meetingHours));
  const average = weeks.reduce((sum, week) => sum + week.meetingHours, 0) / weeks.length;
  const zone = weeks[0]?.week.timeZone ?? 'UTC';
  const spoken = weeks
    .map((week) => `${shortDate(week.week.start, zone)}: ${formatHours(week.meetingHours)}`)
    .join('; ');
  return (
    <section aria-labelledby="ev-trend-heading" className="ev-chart">
      <div className="ev-chart-head">
        <h2 id="ev-trend-heading">{weeks.length}-week trend</h2>
        <span className="ev-muted">Average {formatHours(average)} a week</span>
      </div>
      <svg
        className="ev-trend"
        viewBox={`0 0 ${width} ${height + 16}`}
        width="100%"
        role="img"
        aria-label={`Meeting hours per week, oldest first. ${spoken}.`}
      >
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
                <title>
                  {`Week of ${shortDate(week.week.start, zone)}: ${formatHours(week.meetingHours)} in ${week.meetingCount} meeting${week.meetingCount === 1 ? '' : 's'}`}
                </title>
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

// ---------------------------------------------------------------------------------------
// Costliest meetings
// ---------------------------------------------------------------------------------------

function Costly(props: { week: WeeklyStats; onWriteAsync?: PopupProps['onWriteAsync'] }) {
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
                  aria-label={`Write “${meeting.title || 'Untitled meeting'}” async: copy a document to send instead`}
                  onClick={() =>
                    void props.onWriteAsync?.(meeting).then((ok) => setCopied((before) => ({ ...before, [id]: ok })))
                  }
                >
                  {copied[id] ? 'Copied' : 'Write it async'}
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

// ---------------------------------------------------------------------------------------
// Feed status
// ---------------------------------------------------------------------------------------

function FeedLines(props: { feeds: PopupFeed[]; now: number; updating?: boolean }) {
  return (
    <section aria-labelledby="ev-feeds-heading" className="ev-feed-lines">
      <h2 id="ev-feeds-heading">Calendars{props.updating ? <span className="ev-muted"> · updating…</span> : null}</h2>
      <ul>
        {props.feeds.map(({ feed, status }) => {
          const health = feedHealth(status);
          return (
            <li key={feed.id} className={`ev-feed-line ev-feed-${health}`}>
              <span className="ev-feed-dot" aria-hidden="true" />
              <span>
                <strong>{feed.name}</strong>{' '}
                <span className="ev-muted">{feed.kind === 'url' ? maskFeedUrl(feed.url) : 'file'}</span>
                <br />
                <span className={health === 'error' ? 'ev-error' : 'ev-muted'}>
                  {health === 'error' ? <span className="ev-sr">Problem: </span> : null}
                  {feedStatusText(feed, status, props.now)}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
