/**
 * The weekly meeting budget in the calendar overlay: the controller asks for the week's
 * booking once, then the panel (and the badge) say when this meeting takes the week over.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WeekBooking } from '../../lib/calendar/budget-notice';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { type OverlayController, startOverlay } from '../../sites/calendar-common/overlay';
import { googleCalendarAdapter as adapter } from '../../sites/google-calendar/adapter';
import { badgeButton, badges, fakeEnvironment, shadow } from './calendar-env';
import { googleEditor } from './calendar-snippets';

const EDIT_URL = 'https://calendar.google.com/calendar/u/0/r/eventedit/ZXZlbnQx';
const HOUR = 3_600_000;
// The editor's meeting: Tuesday 24 November 2026, 10:00–11:30 UTC; its week starts Monday 23.
const WEEK_START = Date.UTC(2026, 10, 23);
const booking = (bookedHours: number, connected = true): WeekBooking => ({
  connected,
  bookedHours,
  counted: [],
  weekStart: WEEK_START,
  weekEnd: WEEK_START + 7 * 24 * HOUR,
});

let controller: OverlayController | null = null;
afterEach(() => {
  controller?.stop();
  controller = null;
  document.body.replaceChildren();
});

function open(budgetHours: number, answer: WeekBooking | null) {
  googleEditor();
  const weekBooking = vi.fn(async () => answer);
  const env = fakeEnvironment(EDIT_URL, {
    settings: () => ({ ...DEFAULT_SETTINGS, timeZone: 'UTC', weeklyMeetingBudgetHours: budgetHours }),
    weekBooking,
  });
  controller = startOverlay(adapter, env);
  controller.scanNow();
  const host = badges()[0]!;
  return { host, weekBooking };
}

const panelBudget = (host: Element) => {
  badgeButton(host).click();
  return shadow(host).querySelector('.ev-budget');
};

describe('the weekly budget in the overlay', () => {
  it('warns when this meeting takes the week over budget, on the badge and in the panel', async () => {
    const { host, weekBooking } = open(15, booking(15.5));
    await vi.waitFor(() => expect(badgeButton(host).textContent).toBe('Consider going async · over budget'));
    expect(weekBooking).toHaveBeenCalledTimes(1);
    expect(weekBooking).toHaveBeenCalledWith(Date.UTC(2026, 10, 24, 10));
    expect(panelBudget(host)?.textContent).toBe('This makes 17 h of meetings this week; your budget is 15 h.');
  });

  it('says nothing when the meeting fits', async () => {
    const { host, weekBooking } = open(15, booking(10));
    await vi.waitFor(() => expect(weekBooking).toHaveBeenCalled());
    await Promise.resolve();
    expect(badgeButton(host).textContent).toBe('Consider going async');
    expect(panelBudget(host)).toBeNull();
  });

  it('says plainly when no calendar is connected', async () => {
    const { host, weekBooking } = open(15, booking(0, false));
    await vi.waitFor(() => expect(weekBooking).toHaveBeenCalled());
    await Promise.resolve();
    expect(panelBudget(host)?.textContent).toMatch(/^No calendar is connected, so Eventually cannot check/);
    expect(badgeButton(host).textContent).toBe('Consider going async');
  });

  it('asks again once the figure is ten minutes old (the calendar may have synced)', async () => {
    googleEditor();
    let now = Date.UTC(2026, 10, 20, 12);
    const answers = [booking(10), booking(15.5)];
    const weekBooking = vi.fn(async () => answers.shift() ?? null);
    const env = fakeEnvironment(EDIT_URL, {
      settings: () => ({ ...DEFAULT_SETTINGS, timeZone: 'UTC', weeklyMeetingBudgetHours: 15 }),
      weekBooking,
      now: () => now,
    });
    controller = startOverlay(adapter, env);
    controller.scanNow();
    const host = badges()[0]!;
    await vi.waitFor(() => expect(weekBooking).toHaveBeenCalledTimes(1));
    now += 11 * 60_000;
    // The person edits the title: the overlay looks again, and asks again.
    const title = document.getElementById('xTiIn') as HTMLInputElement;
    title.value = 'Weekly status sync, v2';
    title.dispatchEvent(new Event('input', { bubbles: true }));
    controller.scanNow();
    await vi.waitFor(() => expect(badgeButton(host).textContent).toBe('Consider going async · over budget'));
    expect(weekBooking).toHaveBeenCalledTimes(2);
  });

  it('asks nothing with the budget off (the default)', () => {
    const { host, weekBooking } = open(0, booking(40));
    expect(weekBooking).not.toHaveBeenCalled();
    expect(panelBudget(host)).toBeNull();
  });
});
