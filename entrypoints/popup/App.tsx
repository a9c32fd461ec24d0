import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { locale, t, tn } from '../../components/i18n';
import { Popup } from '../../components/popup/Popup';
import type { CostlyMeeting } from '../../lib/calendar/stats';
import {
  NEWEST_WEEK_OFFSET,
  OLDEST_WEEK_OFFSET,
  readSummary,
  type StatsSummary,
  SUMMARY_KEY,
  weeksAt,
} from '../../lib/calendar/summary';
import type { SiteStatus } from '../../lib/messages';
import { copyToClipboard } from '../../platform/clipboard';
import { downloadText } from '../../platform/download';
import { sendMessage } from '../../platform/messaging';
import { SiteAccessContainer } from './site-access';
import { TabLayoutReportContainer } from './tab-layout-report';

/** The storage.local key of the site statuses (platform/storage.ts siteStatusItem). */
const SITE_STATUS_KEY = 'siteStatus';
type SiteStatuses = Record<string, { status: SiteStatus; detail: string; at: number }>;

interface Loaded {
  summary: StatsSummary | null;
  sites: SiteStatuses;
  /** When it was read: the figures' "now". */
  now: number;
}

/** The summary and the site statuses, in one storage read. */
export async function readPopupData(): Promise<Loaded> {
  const stored = await browser.storage.local.get([SUMMARY_KEY, SITE_STATUS_KEY]);
  const now = Date.now();
  return {
    summary: readSummary(stored[SUMMARY_KEY], now),
    sites: (stored[SITE_STATUS_KEY] as SiteStatuses | undefined) ?? {},
    now,
  };
}

/**
 * The popup draws from the summary the background keeps (lib/calendar/summary.ts): one
 * storage read, no calendar code here. Without a current one it asks for it and draws when
 * it lands.
 */
/** `initial`: what main.tsx read before the first render, so the first frame has the figures. */
export function PopupApp(props: { initial?: Loaded | null }) {
  // The figures' "now" is the moment the summary was read, so a reload moves both together.
  const [loaded, setLoaded] = useState<Loaded | null>(props.initial ?? null);
  const [offset, setOffset] = useState(0);
  const [updating, setUpdating] = useState(false);
  const askedForSummary = useRef(false);
  const askedForRefresh = useRef(false);
  const measured = useRef(false);

  useEffect(() => {
    let alive = true;
    const asked = (next: Loaded) => {
      const { summary } = next;
      // None yet, or from a past week (the background was asleep when the week turned).
      if (!summary && !askedForSummary.current) {
        askedForSummary.current = true;
        void sendMessage({ type: 'stats/summary' });
      }
      // What is kept is missing or out of date (a new week, changed settings): ask the
      // background once; the storage watch below shows the result when it lands.
      if (summary && summary.staleFeedIds.length > 0 && !askedForRefresh.current) {
        askedForRefresh.current = true;
        setUpdating(true);
        void Promise.all(summary.staleFeedIds.map((feedId) => sendMessage({ type: 'feeds/refresh', feedId }))).finally(
          () => alive && setUpdating(false),
        );
      }
    };
    const load = () =>
      void readPopupData().then((next) => {
        if (!alive) return;
        setLoaded(next);
        asked(next);
      });
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (SUMMARY_KEY in changes || SITE_STATUS_KEY in changes)) load();
    };
    if (props.initial) asked(props.initial);
    else load();
    browser.storage.onChanged.addListener(listener);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, [props.initial]);

  const summary = loaded?.summary ?? null;
  const now = loaded?.now ?? 0;
  const statsEnabled = summary?.statsEnabled ?? true;
  const hasFeeds = (summary?.feeds.length ?? 0) > 0;
  const shownOffset = statsEnabled && hasFeeds ? offset : 0;
  const trend = summary ? weeksAt(summary, shownOffset) : null;

  // Time from the popup's start to its figures on screen (read by the e2e timing test).
  useEffect(() => {
    if (measured.current || !trend || !hasFeeds) return;
    measured.current = true;
    requestAnimationFrame(() => {
      const ms = Math.round(performance.now());
      document.documentElement.dataset.figuresMs = String(ms);
      console.info(`[Eventually] popup figures shown after ${ms} ms`);
    });
  }, [trend, hasFeeds]);

  if (!loaded || !summary || !trend) return <p className="ev-loading">{t('popup.loading')}</p>;
  const weeks = trend.map((week) => week.stats);
  // weeksAt gives TREND_WEEKS weeks or none.
  const shown = trend[trend.length - 1]!;
  const thisWeek = summary.weeks[summary.thisWeek];

  const writeAsync = async (meeting: CostlyMeeting): Promise<boolean> => {
    const reply = await sendMessage({
      type: 'stats/async-doc',
      uid: meeting.uid,
      start: meeting.start.getTime(),
      title: meeting.title,
      attendees: meeting.attendees,
      personHours: meeting.personHours,
    });
    const doc = reply.ok ? (reply.value as { markdown: string; html: string } | null) : null;
    return doc ? copyToClipboard(doc.markdown, doc.html) : false;
  };

  const exportWeeks = async (format: 'csv' | 'json') => {
    const reply = await sendMessage({ type: 'stats/export', format, offset: shownOffset });
    const file = reply.ok ? (reply.value as { fileName: string; text: string; type: string } | null) : null;
    if (file) downloadText(file.fileName, file.text, file.type);
  };

  return (
    <Popup
      weekLabel={t('popup.week_of', {
        date: new Date(`${thisWeek?.key}T12:00:00`).toLocaleDateString(locale(), { month: 'short', day: 'numeric' }),
      })}
      recorded={shown.recorded}
      siteStatuses={Object.entries(loaded.sites).map(([site, entry]) => ({ site: site as never, ...entry }))}
      hasFeeds={hasFeeds}
      statsEnabled={statsEnabled}
      weeks={weeks}
      feeds={summary.feeds}
      now={now}
      weekOffset={offset}
      canStepBack={offset > OLDEST_WEEK_OFFSET}
      canStepForward={offset < NEWEST_WEEK_OFFSET}
      onStepWeek={(by) =>
        setOffset((current) => Math.min(NEWEST_WEEK_OFFSET, Math.max(OLDEST_WEEK_OFFSET, current + by)))
      }
      onExport={(format) => void exportWeeks(format)}
      onWriteAsync={writeAsync}
      updating={updating}
      budgetHours={summary.budgetHours}
      siteAccess={<SiteAccessContainer />}
      layoutReport={<TabLayoutReportContainer />}
      notice={summary.droppedFeeds > 0 ? tn('options.dropped_feeds', summary.droppedFeeds) : null}
      onOpenOptions={(section) => {
        const url = browser.runtime.getURL('/options.html') + (section ? `#${section}` : '');
        void browser.tabs.create({ url }).then(() => window.close());
      }}
    />
  );
}
