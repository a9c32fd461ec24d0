/**
 * The popup's precomputed summary (lib/calendar/summary.ts, platform/stats-summary.ts): the
 * background's summary, stored and read back as the popup reads it, gives exactly the figures
 * the popup used to compute from the whole kept calendar, for every week it can step to; it is
 * checked before it is stored, goes stale when its week is over, and follows its inputs.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordActivity } from '../../lib/activity';
import {
  NEWEST_WEEK_OFFSET,
  OLDEST_WEEK_OFFSET,
  readSummary,
  type StatsSummary,
  type StoredWeeklyStats,
  SUMMARY_KEY,
  weeksAt,
} from '../../lib/calendar/summary';
import { storedSummarySchema } from '../../lib/calendar/summary-schema';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { importFileFeed } from '../../platform/feeds-sync';
import { figuresFor, loadStatsInputs, summarise, withRecorded } from '../../platform/stats';
import { refreshSummary, watchSummaryInputs } from '../../platform/stats-summary';
import { activityItem, saveSettings } from '../../platform/storage';
import { extraMeetingCalendar, weekCalendar } from '../e2e/stats-calendar';

const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  timeZone: 'Europe/Berlin',
  myEmails: ['me@example.com'],
  weeklyMeetingBudgetHours: 12,
};

/** Through storage as the browser keeps it: JSON, no Dates. */
const asStored = (summary: unknown) => JSON.parse(JSON.stringify(summary)) as unknown;

async function withCalendar(): Promise<void> {
  await saveSettings(SETTINGS);
  await importFileFeed({ name: 'team.ics', text: weekCalendar() }, SETTINGS);
  await importFileFeed({ name: 'board.ics', text: extraMeetingCalendar() }, SETTINGS);
}

describe('the popup summary', () => {
  it('gives the figures of the whole kept calendar for every week the popup can show', async () => {
    await withCalendar();
    const inputs = await loadStatsInputs();
    expect(inputs.occurrences.length).toBeGreaterThan(3);
    const now = Date.now();
    const stored = summarise(inputs, now);
    expect(storedSummarySchema.safeParse(stored).success).toBe(true);
    const summary = readSummary(asStored(stored), now)!;
    expect(summary.budgetHours).toBe(12);
    expect(summary.feeds.map(({ feed }) => feed.name)).toEqual(['team.ics', 'board.ics']);
    for (let offset = OLDEST_WEEK_OFFSET; offset <= NEWEST_WEEK_OFFSET; offset++) {
      const weeks = weeksAt(summary, offset)!;
      const figures = figuresFor(inputs, offset, now);
      expect(weeks.map((week) => week.stats)).toEqual(figures.weeks);
      expect(weeks.at(-1)!.recorded).toEqual(figures.recorded);
    }
    expect(weeksAt(summary, OLDEST_WEEK_OFFSET - 1)).toBeNull();
    expect(weeksAt(summary, NEWEST_WEEK_OFFSET + 1)).toBeNull();
  });

  it('is not read once its week is over, nor in another version', async () => {
    await saveSettings(SETTINGS);
    const now = Date.now();
    const stored = asStored(summarise(await loadStatsInputs(), now)) as StatsSummary<StoredWeeklyStats>;
    expect(readSummary(stored, stored.validUntil - 1)).not.toBeNull();
    expect(readSummary(stored, stored.validUntil)).toBeNull();
    expect(readSummary({ ...stored, version: 0 }, now)).toBeNull();
    expect(readSummary(undefined, now)).toBeNull();
  });

  it('is never stored when it fails its check', async () => {
    await saveSettings(SETTINGS);
    await refreshSummary(async () => ({ ...(await loadStatsInputs()), droppedFeeds: -1 }));
    expect((await fakeBrowser.storage.local.get(SUMMARY_KEY))[SUMMARY_KEY]).toBeUndefined();
    await refreshSummary(() => loadStatsInputs());
    expect((await fakeBrowser.storage.local.get(SUMMARY_KEY))[SUMMARY_KEY]).toBeDefined();
  });

  it('takes up a recorded action without adding up the calendar again', async () => {
    await saveSettings(SETTINGS);
    const now = Date.now();
    const stored = summarise(await loadStatsInputs(), now);
    const week = { weekStartsOn: SETTINGS.weekStartsOn, timeZone: SETTINGS.timeZone };
    const log = recordActivity({}, { kind: 'prompt-shown', key: '', at: now }, week);
    const updated = readSummary(asStored(withRecorded(stored, log)), now)!;
    const shown = weeksAt(updated, 0)!.at(-1)!;
    expect(shown.recorded['prompt-shown']).toBe(1);
    expect(shown.stats.recorded.promptsShown).toBe(1);
  });

  it('follows its inputs in storage: an import, then a recorded action', async () => {
    await saveSettings(SETTINGS);
    const stop = watchSummaryInputs(
      () => loadStatsInputs(),
      (task) => task(),
      0,
    );
    try {
      const stored = async () =>
        readSummary((await fakeBrowser.storage.local.get(SUMMARY_KEY))[SUMMARY_KEY], Date.now());
      await importFileFeed({ name: 'team.ics', text: weekCalendar() }, SETTINGS);
      // The sync writes the feed, then its kept occurrences: the summary follows both.
      await expect
        .poll(
          async () => {
            const summary = await stored();
            return summary ? [summary.feeds.length, weeksAt(summary, 0)!.at(-1)!.stats.meetingCount > 0] : null;
          },
          { timeout: 10_000 },
        )
        .toEqual([1, true]);
      const week = { weekStartsOn: SETTINGS.weekStartsOn, timeZone: SETTINGS.timeZone };
      await activityItem.setValue(recordActivity({}, { kind: 'flagged', key: 'e1', at: Date.now() }, week));
      await expect
        .poll(async () => weeksAt((await stored())!, 0)!.at(-1)!.recorded.flagged, { timeout: 10_000 })
        .toBe(1);
    } finally {
      stop();
    }
  });
});
