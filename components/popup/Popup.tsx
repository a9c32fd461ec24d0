/**
 * The toolbar popup: this week in meetings against last week, in pictures. Presentational:
 * the container (entrypoints/popup/App.tsx) reads storage and computes the figures. Each
 * section is its own file in this folder.
 */

import type { ReactNode } from 'react';
import type { ActivityCounts } from '../../lib/activity';
import type { CostlyMeeting, WeeklyStats } from '../../lib/calendar/stats';
import { t, tn } from '../i18n';
import { Budget } from './Budget';
import { Costly } from './Costly';
import { DayBars } from './DayBars';
import { FeedLines, type PopupFeed } from './FeedLines';
import { Figures } from './Figures';
import { weekRangeLabel } from './format';
import { FirstRun, StatsOff } from './GetStarted';
import { Nudges } from './Nudges';
import { SiteHealth, type SiteHealthEntry } from './SiteHealth';
import { Trend } from './Trend';
import { WeekHeader } from './WeekHeader';

export interface PopupProps {
  /** The week shown, in words, when there are no figures ("Week of 16 Nov"). */
  weekLabel: string;
  /** What Eventually recorded in the week shown. */
  recorded: ActivityCounts;
  siteStatuses: SiteHealthEntry[];
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
  /** The sites Eventually is switched on for but may not run on (entrypoints/popup/site-access.tsx). */
  siteAccess?: ReactNode;
  /** "Copy a layout report of this tab" (entrypoints/popup/tab-layout-report.tsx). */
  layoutReport?: ReactNode;
  /** Something the person should know (e.g. stored feeds that could not be read). */
  notice?: string | null;
  /** settings.weeklyMeetingBudgetHours; 0 or absent = no budget. */
  budgetHours?: number;
}

export function Popup(props: PopupProps) {
  const statsEnabled = props.statsEnabled ?? true;
  const feeds = props.feeds ?? [];
  const weeks = props.weeks ?? null;
  const shown = weeks?.[weeks.length - 1];
  const previous = weeks && weeks.length > 1 ? weeks[weeks.length - 2] : undefined;
  const offset = props.weekOffset ?? 0;
  const showStats = statsEnabled && props.hasFeeds && shown !== undefined;
  const failing = feeds.filter(({ status }) => status?.error).length;
  const rangeLabel = shown ? weekRangeLabel(shown.week.start, shown.week.end, shown.week.timeZone) : props.weekLabel;

  return (
    <main className="ev-popup">
      <WeekHeader
        rangeLabel={rangeLabel}
        offset={offset}
        onStepWeek={showStats && props.onStepWeek ? props.onStepWeek : null}
        canStepBack={props.canStepBack}
        canStepForward={props.canStepForward}
      />

      {props.siteAccess}
      {props.notice ? (
        <p className="ev-warning" role="alert">
          {props.notice}
        </p>
      ) : null}
      {statsEnabled && failing > 0 ? (
        <p className="ev-warning">
          {tn('popup.feeds_failing', failing)} <a href="#ev-feeds-heading">{t('popup.see_why')}</a>
        </p>
      ) : null}

      {!statsEnabled ? (
        <StatsOff onOpenOptions={() => props.onOpenOptions()} />
      ) : !props.hasFeeds ? (
        <FirstRun onOpenFeeds={() => props.onOpenOptions('feeds')} />
      ) : shown ? (
        <>
          <Figures week={shown} previous={previous} offset={offset} />
          {props.budgetHours ? <Budget week={shown} budgetHours={props.budgetHours} /> : null}
          <DayBars week={shown} />
          {weeks ? <Trend weeks={weeks} /> : null}
          <Costly week={shown} onWriteAsync={props.onWriteAsync} />
        </>
      ) : (
        <p className="ev-muted">{t('popup.adding_up')}</p>
      )}

      <Nudges recorded={props.recorded} offset={offset} />

      {statsEnabled && feeds.length > 0 ? (
        <FeedLines feeds={feeds} now={props.now ?? Date.now()} updating={props.updating} />
      ) : null}

      <SiteHealth statuses={props.siteStatuses} now={props.now ?? Date.now()} />
      {props.layoutReport}

      <footer className="ev-popup-footer">
        {showStats && props.onExport ? (
          <fieldset className="ev-bare ev-actions" aria-label={t('popup.export_label')}>
            <button type="button" onClick={() => props.onExport?.('csv')}>
              {t('popup.export_csv')}
            </button>
            <button type="button" onClick={() => props.onExport?.('json')}>
              {t('popup.export_json')}
            </button>
          </fieldset>
        ) : (
          <span />
        )}
        <button type="button" className="ev-link" onClick={() => props.onOpenOptions()}>
          {t('popup.settings')}
        </button>
      </footer>
    </main>
  );
}
