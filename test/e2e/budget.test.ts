/**
 * The weekly meeting budget in the built extension: a connected calendar with 4.5 h booked
 * this week and a budget of 5 h; creating a 1 h meeting in Google Calendar shows the
 * over-budget warning, and the popup shows the budget bar.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, startOfWeek } from 'date-fns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE, fixtureReady } from './calendar-helpers';
import { type ExtensionSession, launchExtension } from './harness';
import { extraMeetingCalendar, useStatsSettings, weekCalendar, ZONE } from './stats-calendar';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
  await useStatsSettings(session, { weeklyMeetingBudgetHours: 5 });
});
afterAll(async () => {
  await session?.close();
});

/** Wednesday of this week as Google Calendar's editor prints it. */
function wednesdayText(): string {
  const wednesday = addDays(startOfWeek(new TZDate(Date.now(), ZONE), { weekStartsOn: 1 }), 2);
  return new Intl.DateTimeFormat('en-US', {
    timeZone: ZONE,
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
  }).format(wednesday);
}

describe('the weekly meeting budget, in the built extension', () => {
  it('warns in the calendar when a new meeting takes the week over, and shows the bar in the popup', async () => {
    // 3 h (weekCalendar) + 1.5 h (board prep, 16:00–17:30) = 4.5 h this week.
    const options = await session.openOptions();
    const picker = options.getByLabel('Import an .ics file');
    await picker.setInputFiles({ name: 'team.ics', mimeType: 'text/calendar', buffer: Buffer.from(weekCalendar()) });
    await options.getByText('Imported “team.ics”.').waitFor();
    await picker.setInputFiles({
      name: 'board.ics',
      mimeType: 'text/calendar',
      buffer: Buffer.from(extraMeetingCalendar(Date.now(), '17:30')),
    });
    await options.getByText('Imported “board.ics”.').waitFor();
    expect(await options.getByLabel('Hours of meetings a week').inputValue()).toBe('5');

    const popup = await session.openPopup();
    const budget = popup.getByRole('region', { name: 'Meeting budget' });
    await budget.waitFor();
    expect(await budget.textContent()).toContain('4.5 h of 5 h · 30 min left');
    await session.screenshot(popup, 'popup-budget');

    const query = new URLSearchParams({ guests: '3', text: 'Roadmap questions', date: wednesdayText() });
    const page = await session.open(`https://calendar.google.com/calendar/u/0/r/eventedit?${query}`);
    await fixtureReady(page);
    const badge = page.locator(`${BADGE} .ev-badge`);
    await expect.poll(() => badge.textContent(), { timeout: 10_000 }).toMatch(/· over budget$/);
    await badge.click();
    expect(await page.locator('.ev-budget').textContent()).toBe(
      'This makes 5.5 h of meetings this week; your budget is 5 h.',
    );
    await session.screenshot(page, 'calendar-budget');
    await page.close();
  });
});
