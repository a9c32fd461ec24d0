import { useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { locale, t, tn } from '../../components/i18n';
import { Popup } from '../../components/popup/Popup';
import { asyncDocWords, localTemplates } from '../../components/templates';
import { weekKey } from '../../lib/activity';
import type { CostlyMeeting, WeeklyStats } from '../../lib/calendar/stats';
import { buildAsyncDoc, markdownToHtml } from '../../lib/meeting/async-doc';
import { asyncTemplateFor, pickAsyncDocKind } from '../../lib/meeting/async-kinds';
import { copyToClipboard } from '../../platform/clipboard';
import { downloadText } from '../../platform/download';
import { watchFeeds } from '../../platform/feeds';
import { sendMessage } from '../../platform/messaging';
import {
  exportCsv,
  exportFileName,
  exportJson,
  figuresFor,
  loadStatsInputs,
  NEWEST_WEEK_OFFSET,
  OLDEST_WEEK_OFFSET,
  type StatsInputs,
} from '../../platform/stats';
import { watchSettings } from '../../platform/storage';
import { SiteAccessContainer } from './site-access';

export function PopupApp() {
  // The figures' "now" is the moment their inputs were read, so a reload moves both together.
  const [loaded, setLoaded] = useState<{ inputs: StatsInputs; now: number } | null>(null);
  const [offset, setOffset] = useState(0);
  const [updating, setUpdating] = useState(false);
  const askedForRefresh = useRef(false);
  const measured = useRef(false);

  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () =>
      void loadStatsInputs().then((next) => {
        if (!alive) return;
        setLoaded({ inputs: next, now: Date.now() });
        // What is kept is missing or out of date (a new week, changed settings): ask the
        // background once; the storage watch below shows the result when it lands.
        if (next.staleFeedIds.length > 0 && !askedForRefresh.current) {
          askedForRefresh.current = true;
          setUpdating(true);
          void Promise.all(next.staleFeedIds.map((feedId) => sendMessage({ type: 'feeds/refresh', feedId }))).finally(
            () => alive && setUpdating(false),
          );
        }
      });
    const reload = () => {
      clearTimeout(timer);
      timer = setTimeout(load, 100);
    };
    load();
    const unwatchFeeds = watchFeeds(reload);
    const unwatchSettings = watchSettings(reload);
    return () => {
      alive = false;
      clearTimeout(timer);
      unwatchFeeds();
      unwatchSettings();
    };
  }, []);

  const inputs = loaded?.inputs ?? null;
  const now = loaded?.now ?? 0;
  const statsEnabled = inputs?.settings.surfaces.stats ?? true;
  const hasFeeds = (inputs?.feeds.length ?? 0) > 0;
  const figures = useMemo(
    () => (inputs ? figuresFor(inputs, statsEnabled && hasFeeds ? offset : 0, now) : null),
    [inputs, offset, now, statsEnabled, hasFeeds],
  );

  // Time from the popup's start to its figures on screen (read by the e2e timing test).
  useEffect(() => {
    if (measured.current || !figures || !inputs || !hasFeeds) return;
    measured.current = true;
    requestAnimationFrame(() => {
      const ms = Math.round(performance.now());
      document.documentElement.dataset.figuresMs = String(ms);
      console.info(`[Eventually] popup figures shown after ${ms} ms (${inputs.occurrences.length} occurrences kept)`);
    });
  }, [figures, inputs, hasFeeds]);

  if (!inputs || !figures) return <p className="ev-loading">{t('popup.loading')}</p>;
  const { settings } = inputs;
  const key = weekKey(Date.now(), settings.weekStartsOn, settings.timeZone);
  const weeks = figures.weeks;

  const writeAsync = async (meeting: CostlyMeeting): Promise<boolean> => {
    const occurrence = inputs.occurrences.find(
      (entry) => entry.uid === meeting.uid && entry.start.getTime() === meeting.start.getTime(),
    );
    const minutes = occurrence ? (occurrence.end.getTime() - occurrence.start.getTime()) / 60_000 : 0;
    const markdown = buildAsyncDoc(
      {
        title: meeting.title,
        start: meeting.start,
        end: occurrence?.end ?? null,
        description: occurrence?.description ?? '',
        organizer: occurrence?.organizer ? { email: occurrence.organizer } : null,
        cost: { minutes, attendees: meeting.attendees, personHours: meeting.personHours },
      },
      {
        template: asyncTemplateFor(localTemplates(settings.templates), pickAsyncDocKind(meeting.title)),
        timeZone: settings.timeZone,
        locale: locale(),
        words: asyncDocWords(),
      },
    );
    return copyToClipboard(markdown, markdownToHtml(markdown));
  };

  const exportWeeks = (format: 'csv' | 'json', list: WeeklyStats[]) => {
    if (format === 'csv') downloadText(exportFileName(list, 'csv'), exportCsv(list), 'text/csv;charset=utf-8');
    else downloadText(exportFileName(list, 'json'), exportJson(list), 'application/json');
  };

  return (
    <Popup
      weekLabel={t('popup.week_of', {
        date: new Date(`${key}T12:00:00`).toLocaleDateString(locale(), { month: 'short', day: 'numeric' }),
      })}
      recorded={figures.recorded}
      siteStatuses={Object.entries(inputs.siteStatuses).map(([site, entry]) => ({ site: site as never, ...entry }))}
      hasFeeds={hasFeeds}
      statsEnabled={statsEnabled}
      weeks={weeks}
      feeds={inputs.feeds}
      now={now}
      weekOffset={offset}
      canStepBack={offset > OLDEST_WEEK_OFFSET}
      canStepForward={offset < NEWEST_WEEK_OFFSET}
      onStepWeek={(by) =>
        setOffset((current) => Math.min(NEWEST_WEEK_OFFSET, Math.max(OLDEST_WEEK_OFFSET, current + by)))
      }
      onExport={(format) => exportWeeks(format, weeks)}
      onWriteAsync={writeAsync}
      updating={updating}
      budgetHours={inputs.settings.weeklyMeetingBudgetHours}
      siteAccess={<SiteAccessContainer />}
      notice={inputs.droppedFeeds > 0 ? tn('options.dropped_feeds', inputs.droppedFeeds) : null}
      onOpenOptions={(section) => {
        const url = browser.runtime.getURL('/options.html') + (section ? `#${section}` : '');
        void browser.tabs.create({ url }).then(() => window.close());
      }}
    />
  );
}
