import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { suggestWeeklyBudget, weekBooking } from '../../lib/calendar/budget';
import { budgetNotice, budgetStatus } from '../../lib/calendar/budget-notice';
import { expandIcs } from '../../lib/calendar/ics';
import type { WeeklyStats, WeeklyStatsOptions } from '../../lib/calendar/stats';

const read = (name: string): string => readFileSync(new URL(`../fixtures/ics/${name}`, import.meta.url), 'utf8');
const HOUR = 3_600_000;

const options: WeeklyStatsOptions = {
  weekOf: new Date('2025-01-15T12:00:00Z'),
  weekStartsOn: 1,
  timeZone: 'Europe/Berlin',
  workingHours: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] },
  hourlyRate: 100,
  currency: 'EUR',
  myAddresses: ['me@example.com'],
};

describe('weekBooking', () => {
  const occurrences = expandIcs(
    read('team-week.ics'),
    { start: new Date('2024-12-01T00:00:00Z'), end: new Date('2025-03-01T00:00:00Z') },
    { myAddresses: ['me@example.com'] },
  );
  const booking = weekBooking(occurrences, options, true);

  it('counts the week the way the weekly stats do (declined, solo and all-day left out)', () => {
    // See test/unit/stats.test.ts: seven meetings, 5.25 hours in the week.
    expect(booking.bookedHours).toBeCloseTo(5.25, 10);
    expect(booking.counted).toHaveLength(7);
    expect(new Date(booking.weekStart).toISOString()).toBe('2025-01-12T23:00:00.000Z');
  });

  it('warns when a new meeting takes the week over budget, once per meeting', () => {
    const start = Date.parse('2025-01-16T09:00:00Z');
    expect(budgetNotice({ start, end: start + HOUR }, booking, 6)).toEqual({
      kind: 'over',
      text: 'This makes 6.3 h of meetings this week; your budget is 6 h.',
      totalHours: 6.3,
      budgetHours: 6,
    });
    expect(budgetNotice({ start, end: start + 0.5 * HOUR }, booking, 6)).toBeNull();
    // An event that is already counted (being edited) is not counted again.
    const planning = booking.counted.find((span) => span.end - span.start === 2 * HOUR)!;
    expect(budgetNotice(planning, booking, 5.25)).toBeNull();
    expect(budgetNotice(planning, booking, 5)?.text).toBe(
      'This makes 5.3 h of meetings this week; your budget is 5 h.',
    );
    // Off by default; in another week, nothing to say here.
    expect(budgetNotice({ start, end: start + HOUR }, booking, 0)).toBeNull();
    const nextWeek = start + 7 * 24 * HOUR;
    expect(budgetNotice({ start: nextWeek, end: nextWeek + HOUR }, booking, 5)).toBeNull();
  });

  it('says plainly when no calendar is connected', () => {
    const none = weekBooking([], options, false);
    const start = Date.parse('2025-01-16T09:00:00Z');
    expect(budgetNotice({ start, end: start + HOUR }, none, 15)?.text).toMatch(/^No calendar is connected/);
    expect(budgetNotice({ start, end: start + HOUR }, null, 15)?.text).toMatch(/budget of 15 h a week/);
  });
});

describe('the budget against this week', () => {
  it('gives hours left, hours over and the share for the bar', () => {
    expect(budgetStatus(12.345, 15)).toEqual({
      budgetHours: 15,
      bookedHours: 12.3,
      leftHours: 2.7,
      overHours: 0,
      share: 12.3 / 15,
    });
    expect(budgetStatus(17, 15)).toMatchObject({ leftHours: 0, overHours: 2, share: 17 / 15 });
  });
});

describe('suggestWeeklyBudget', () => {
  const NOW = Date.parse('2026-11-25T12:00:00Z');
  const week = (endsDaysAgo: number, meetingHours: number) =>
    ({
      week: { start: new Date(NOW - (endsDaysAgo + 7) * 24 * HOUR), end: new Date(NOW - endsDaysAgo * 24 * HOUR) },
      meetingHours,
    }) as WeeklyStats;

  it('is the median of the complete weeks with meetings, rounded to the hour', () => {
    const weeks = [
      week(49, 12),
      week(42, 0),
      week(35, 14.5),
      week(28, 20),
      week(21, 13),
      week(14, 16),
      week(7, 11),
      week(0, 9),
    ];
    // This week (ending in the future) is not complete: left out.
    weeks.push(week(-5, 40));
    // 9, 11, 12, 13, 14.5, 16, 20 → 13; the empty week (a holiday) does not pull it down.
    expect(suggestWeeklyBudget(weeks, NOW)).toBe(13);
    expect(suggestWeeklyBudget([week(7, 12.4), week(0, 15)], NOW)).toBe(14);
  });

  it('suggests nothing without a complete week of meetings', () => {
    expect(suggestWeeklyBudget([], NOW)).toBeNull();
    expect(suggestWeeklyBudget([week(7, 0), week(-5, 12)], NOW)).toBeNull();
  });
});
