/**
 * How long a year of a busy calendar takes: expand it (ical.js, recurrences) and summarise
 * every week of it, in plain Node. The figures are logged for the closing note; the bounds
 * only catch a slowdown by an order of magnitude.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expandIcsDetailed } from '../../lib/calendar/ics';
import { statsOptionsFromSettings, weeklyStats } from '../../lib/calendar/stats';
import { MAX_KEPT_OCCURRENCES, occurrenceWindow, toStoredOccurrence } from '../../lib/feeds';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { busyYearIcs } from '../fixtures/ics-demo/busy-year.mjs';

const SETTINGS = { ...DEFAULT_SETTINGS, timeZone: 'Europe/Berlin', myEmails: ['me@example.com'] };
const NOW = Date.UTC(2026, 10, 25, 12);

describe('a year of a busy calendar', () => {
  it('expands and summarises in well under the time a person waits', { timeout: 120_000 }, () => {
    const { ics, from, to } = busyYearIcs({ now: NOW });
    const t0 = performance.now();
    const result = expandIcsDetailed(
      ics,
      { start: new Date(from), end: new Date(to) },
      { myAddresses: SETTINGS.myEmails, timeZone: SETTINGS.timeZone },
    );
    const t1 = performance.now();
    const weeks = [];
    for (let week = from + 3 * 86_400_000; week < to; week += 7 * 86_400_000) {
      weeks.push(weeklyStats(result.occurrences, statsOptionsFromSettings(SETTINGS, new Date(week))));
    }
    const t2 = performance.now();
    // What the background does on each fetch: the window around now, made storable.
    const window = occurrenceWindow(NOW, SETTINGS.weekStartsOn, SETTINGS.timeZone);
    const kept = expandIcsDetailed(
      ics,
      { start: new Date(window.start), end: new Date(window.end) },
      {
        myAddresses: SETTINGS.myEmails,
        timeZone: SETTINGS.timeZone,
        maxOccurrences: MAX_KEPT_OCCURRENCES,
      },
    ).occurrences.map(toStoredOccurrence);
    const t3 = performance.now();
    const keptBytes = JSON.stringify(kept).length;
    console.info(
      `[bench] ${(ics.length / 1024 / 1024).toFixed(1)} MB .ics, ${result.occurrences.length} occurrences in ${weeks.length} weeks: ` +
        `expand ${Math.round(t1 - t0)} ms, summarise every week ${Math.round(t2 - t1)} ms, total ${Math.round(t2 - t0)} ms; ` +
        `kept window: ${kept.length} occurrences, ${(keptBytes / 1024).toFixed(0)} KB as JSON, made in ${Math.round(t3 - t2)} ms`,
    );
    expect(result.occurrences.length).toBeGreaterThan(9_500);
    expect(result.occurrences.length).toBeLessThan(11_000);
    expect(weeks).toHaveLength(52);
    expect(weeks.reduce((sum, week) => sum + week.meetingCount, 0)).toBe(result.occurrences.length);
    expect(t2 - t0).toBeLessThan(30_000);
    expect(keptBytes).toBeLessThan(4 * 1024 * 1024);
  });
});

describe('the demo calendar (test/fixtures/ics-demo/demo-team.ics)', () => {
  it('has a believable week whatever the date, since every event repeats', () => {
    const ics = readFileSync(new URL('../fixtures/ics-demo/demo-team.ics', import.meta.url), 'utf8');
    for (const now of [Date.UTC(2025, 5, 18), NOW, Date.UTC(2031, 0, 8)]) {
      const window = occurrenceWindow(now, 1, 'Europe/Berlin');
      const occurrences = expandIcsDetailed(
        ics,
        { start: new Date(window.start), end: new Date(window.end) },
        { myAddresses: SETTINGS.myEmails, timeZone: SETTINGS.timeZone },
      ).occurrences;
      const week = weeklyStats(occurrences, statsOptionsFromSettings(SETTINGS, new Date(now)));
      expect(week.meetingCount).toBeGreaterThanOrEqual(10);
      expect(week.meetingHours).toBeGreaterThan(5);
      expect(week.withAgendaShare).toBeGreaterThanOrEqual(0.15);
      expect(week.topCostly[0]?.title).toBeTruthy();
    }
  });
});
