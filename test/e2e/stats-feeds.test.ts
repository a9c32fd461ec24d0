import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type ExtensionSession, type ExtraRoutes, launchExtension, waitFor } from './harness';
import { extraMeetingCalendar, hasSite, keptCalendarTexts, useStatsSettings, weekCalendar } from './stats-calendar';

const ORIGIN = 'https://calendar.example.com';
const FEED = `${ORIGIN}/u/feed.ics`;
const ICS_HEADERS = { 'content-type': 'text/calendar; charset=utf-8' };

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function start(routes: ExtraRoutes = {}, colorScheme: 'light' | 'dark' = 'light'): Promise<ExtensionSession> {
  session = await launchExtension({ routes, colorScheme });
  await useStatsSettings(session);
  return session;
}

/** Add a feed the way a person does: paste the address in the options page and click. */
async function addFeed(page: Page, url: string, name = ''): Promise<void> {
  await page.getByLabel('Calendar address (.ics)').fill(url);
  if (name) await page.getByLabel('Name (optional)').fill(name);
  await page.getByRole('button', { name: 'Add calendar' }).click();
}

function feedItem(page: Page, name: string) {
  return page.getByRole('list', { name: 'Your calendars' }).getByRole('listitem').filter({ hasText: name });
}

function figure(page: Page, label: string) {
  return page.locator('.ev-figure').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) });
}

async function figureValue(page: Page, label: string): Promise<string> {
  return (await figure(page, label).locator('.ev-figure-value').textContent()) ?? '';
}

/** The popup's whole height (a real popup scrolls past 600 px). */
async function screenshotWhole(s: ExtensionSession, page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 400, height });
  await s.screenshot(page, name);
  await page.setViewportSize({ width: 400, height: 600 });
}

describe('weekly stats from a calendar feed, in the built extension', () => {
  it('adds a feed in the options page and shows this week against last week in the popup', async () => {
    const requests: Record<string, string>[] = [];
    const s = await start({
      [FEED]: (request) => {
        requests.push((request as { headers(): Record<string, string> }).headers());
        return { status: 200, headers: { ...ICS_HEADERS, etag: '"v1"' }, body: weekCalendar() };
      },
    });
    await s.allowSite(ORIGIN);

    // The popup's "Add a calendar" opens options.html#feeds: the page scrolls there and puts
    // the cursor in the address field.
    const options = await s.context.newPage();
    await options.goto(s.url('options.html#feeds'));
    await options.getByRole('heading', { name: 'Calendar feeds' }).waitFor();
    await expect.poll(() => options.evaluate(() => document.activeElement?.closest('#feeds') !== null)).toBe(true);
    expect(
      await options.evaluate(() => Math.abs(document.getElementById('feeds')!.getBoundingClientRect().top)),
    ).toBeLessThan(5);
    await addFeed(options, 'webcal://calendar.example.com/u/feed.ics', 'Work');
    const item = feedItem(options, 'Work');
    await item.getByText(/Synced just now · 8 events/).waitFor();
    // The secret path never shows: host and "…" only.
    expect(await item.textContent()).toContain('calendar.example.com/…');
    expect(await item.textContent()).not.toContain('/u/feed.ics');
    expect(requests).toHaveLength(1);
    expect(requests[0]?.['if-none-match']).toBeUndefined();
    await options.locator('#feeds').scrollIntoViewIfNeeded();
    await s.screenshot(options, 'stats-options-feeds');

    const popup = await s.openPopup();
    await figure(popup, 'Meeting hours').waitFor();
    expect(await figureValue(popup, 'Meeting hours')).toBe('3 h');
    expect(await figureValue(popup, 'Meetings')).toBe('3');
    expect(await figureValue(popup, 'With an agenda')).toBe('67%');
    expect(await figureValue(popup, 'Cost')).toBe('$1,400');
    // Against last week (3.5 h, 2 meetings, 50 %, $1,450), in words for screen readers too.
    expect(await figure(popup, 'Meeting hours').locator('.ev-delta').textContent()).toContain(
      'down 30 min from last week',
    );
    expect(await figure(popup, 'Meetings').locator('.ev-delta').textContent()).toContain('up 1 from last week');
    expect(await figure(popup, 'With an agenda').locator('.ev-delta').textContent()).toContain(
      'up 17 pts from last week',
    );
    expect(await figure(popup, 'Cost').locator('.ev-delta').textContent()).toContain('down $50 from last week');
    // Each day's figure is text for screen readers inside its bar (the bars themselves are hidden).
    expect(
      await popup
        .getByRole('listitem')
        .filter({ hasText: /^Tuesday: 1\.5 h/ })
        .count(),
    ).toBe(1);
    const costly = popup.getByRole('region', { name: 'Costliest meetings' }).getByRole('listitem');
    expect(await costly.first().textContent()).toContain('Design review');
    expect(await popup.getByText('Work', { exact: true }).count()).toBe(1);
    expect(await popup.content()).not.toContain('/u/feed.ics');

    // Stepping back shows last week's own figures.
    await popup.getByRole('button', { name: 'Previous week' }).click();
    await expect.poll(() => figureValue(popup, 'Meeting hours')).toBe('3.5 h');
    expect(await figureValue(popup, 'Cost')).toBe('$1,450');
    await popup.getByRole('button', { name: 'Next week' }).click();
    await expect.poll(() => figureValue(popup, 'Meeting hours')).toBe('3 h');
    await s.screenshot(popup, 'stats-popup');
    await screenshotWhole(s, popup, 'stats-popup-full');
  });

  it('refreshes conditionally: sends If-None-Match and keeps the copy on 304', async () => {
    const requests: Record<string, string>[] = [];
    const s = await start({
      [FEED]: (request) => {
        const headers = (request as { headers(): Record<string, string> }).headers();
        requests.push(headers);
        if (headers['if-none-match'] === '"v1"') return { status: 304, headers: { etag: '"v1"' }, body: '' };
        return {
          status: 200,
          headers: { ...ICS_HEADERS, etag: '"v1"', 'last-modified': 'Mon, 02 Nov 2026 08:00:00 GMT' },
          body: weekCalendar(),
        };
      },
    });
    await s.allowSite(ORIGIN);
    const options = await s.openOptions();
    await addFeed(options, FEED, 'Work');
    await feedItem(options, 'Work')
      .getByText(/Synced just now/)
      .waitFor();

    await options.getByRole('button', { name: 'Refresh Work' }).click();
    await waitFor(async () => requests.length === 2, 'the second request');
    expect(requests[1]?.['if-none-match']).toBe('"v1"');
    expect(requests[1]?.['if-modified-since']).toBe('Mon, 02 Nov 2026 08:00:00 GMT');
    await feedItem(options, 'Work')
      .getByText(/Synced just now · 8 events/)
      .waitFor();
    const status = await waitFor(
      () => s.getStorage<Record<string, { lastSync: number; error: unknown }>>('feedStatus'),
      'the status',
    );
    expect(Object.values(status)[0]?.error).toBeNull();

    const popup = await s.openPopup();
    await figure(popup, 'Meetings').waitFor();
    expect(await figureValue(popup, 'Meetings')).toBe('3');
    await popup.close();

    // A setting that changes how the calendar is read: the popup asks the background to read
    // it again (from the kept text), which then asks the server conditionally.
    await useStatsSettings(s, { timeZone: 'Asia/Tokyo' });
    const again = await s.openPopup();
    await waitFor(async () => {
      const kept = await keptCalendarTexts(s);
      return Object.values(kept).some((value) => value.includes('Asia/Tokyo'));
    }, 'the calendar read again in the new time zone');
    await waitFor(async () => requests.length === 3, 'the third request');
    expect(requests[2]?.['if-none-match']).toBe('"v1"');
    await figure(again, 'Meetings').waitFor();
  });

  it('shows a broken feed’s error in the options page and the popup, and keeps the last good copy', async () => {
    let broken = false;
    const s = await start({
      [FEED]: () =>
        broken
          ? { status: 200, headers: { 'content-type': 'text/plain' }, body: 'Hello, this is not iCalendar.' }
          : { status: 200, headers: ICS_HEADERS, body: weekCalendar() },
      [`${ORIGIN}/page.ics`]: {
        status: 200,
        headers: { 'content-type': 'text/html' },
        body: '<!doctype html><title>Sign in</title><p>Sign in</p>',
      },
      [`${ORIGIN}/gone.ics`]: { status: 404, headers: { 'content-type': 'text/html' }, body: 'Not here' },
    });
    await s.allowSite(ORIGIN);
    const options = await s.openOptions();
    await addFeed(options, FEED, 'Work');
    await feedItem(options, 'Work')
      .getByText(/Synced just now/)
      .waitFor();
    await addFeed(options, `${ORIGIN}/page.ics`, 'Wrong page');
    await feedItem(options, 'Wrong page').getByText('Not a calendar: This looks like a web page').waitFor();
    await addFeed(options, `${ORIGIN}/gone.ics`, 'Old link');
    await feedItem(options, 'Old link').getByText('HTTP 404 Not Found.').waitFor();

    // The good feed breaks: its error shows, and the figures still come from the last good copy.
    broken = true;
    await options.getByRole('button', { name: 'Refresh Work' }).click();
    await feedItem(options, 'Work').getByText('Not a calendar: This is not a calendar file').waitFor();
    expect(await feedItem(options, 'Work').textContent()).toContain('Showing the copy from just now.');
    await s.screenshot(options, 'stats-options-feed-errors');

    const popup = await s.openPopup();
    await figure(popup, 'Meetings').waitFor();
    expect(await figureValue(popup, 'Meetings')).toBe('3');
    expect(await popup.getByText('3 calendars have a problem.').count()).toBe(1);
    const calendars = popup.getByRole('region', { name: /Calendars/ });
    expect(await calendars.textContent()).toContain('HTTP 404 Not Found.');
    expect(await calendars.textContent()).toContain('Not a calendar: This looks like a web page');
    expect(await calendars.textContent()).toContain('Not a calendar: This is not a calendar file');
    await screenshotWhole(s, popup, 'stats-popup-errors');

    // The person takes the site back in the browser's settings: "permission denied", with a way back.
    await s.revokeSite(ORIGIN);
    await options.getByRole('button', { name: 'Refresh Work' }).click();
    await feedItem(options, 'Work')
      .getByText('Permission denied: allow access to https://calendar.example.com in the options page.')
      .waitFor();
    expect(await feedItem(options, 'Work').getByRole('button', { name: 'Allow access for Work' }).count()).toBe(1);
  });

  it('counts an imported .ics file, refuses a file that is not a calendar, and removes a feed with its permission', async () => {
    const s = await start({ [FEED]: { status: 200, headers: ICS_HEADERS, body: weekCalendar() } });
    const options = await s.openOptions();
    const picker = options.getByLabel('Import an .ics file');
    await picker.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Buy milk') });
    await options.getByText('“notes.txt”: This is not a calendar file').waitFor();

    await picker.setInputFiles({ name: 'team.ics', mimeType: 'text/calendar', buffer: Buffer.from(weekCalendar()) });
    await options.getByText('Imported “team.ics”.').waitFor();
    await picker.setInputFiles({
      name: 'board.ics',
      mimeType: 'text/calendar',
      buffer: Buffer.from(extraMeetingCalendar()),
    });
    await options.getByText('Imported “board.ics”.').waitFor();
    await feedItem(options, 'board.ics')
      .getByText(/Imported just now · 1 event$/)
      .waitFor();

    const popup = await s.openPopup();
    await figure(popup, 'Meetings').waitFor();
    expect(await figureValue(popup, 'Meetings')).toBe('4');
    expect(await figureValue(popup, 'Meeting hours')).toBe('4 h');
    expect(await figureValue(popup, 'With an agenda')).toBe('75%');
    expect(await figureValue(popup, 'Cost')).toBe('$1,800');

    // Adding and removing a URL feed gives the site back when nothing else needs it.
    await s.allowSite(ORIGIN);
    await addFeed(options, FEED, 'Work');
    await feedItem(options, 'Work')
      .getByText(/Synced just now/)
      .waitFor();
    expect(await hasSite(s, ORIGIN)).toBe(true);
    await options.getByRole('button', { name: 'Remove Work' }).click();
    await expect.poll(() => feedItem(options, 'Work').count()).toBe(0);
    await expect.poll(() => hasSite(s, ORIGIN)).toBe(false);
    expect(Object.keys(await keptCalendarTexts(s))).toHaveLength(2);
  });

  it('exports the weekly figures as CSV and JSON', async () => {
    const s = await start();
    const options = await s.openOptions();
    await options.getByLabel('Import an .ics file').setInputFiles({
      name: 'team.ics',
      mimeType: 'text/calendar',
      buffer: Buffer.from(weekCalendar()),
    });
    await options.getByText('Imported “team.ics”.').waitFor();
    const popup = await s.openPopup();
    await figure(popup, 'Meetings').waitFor();

    const [csv] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^eventually-weeks-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = readFileSync((await csv.path())!, 'utf8')
      .trim()
      .split('\r\n');
    expect(rows).toHaveLength(9);
    const header = rows[0]!.split(',');
    const last = rows[8]!.split(',');
    const previous = rows[7]!.split(',');
    expect(last[header.indexOf('meetings')]).toBe('3');
    expect(last[header.indexOf('meeting_hours')]).toBe('3');
    expect(last[header.indexOf('cost')]).toBe('1400');
    expect(last[header.indexOf('time_zone')]).toBe('Europe/Berlin');
    expect(previous[header.indexOf('meeting_hours')]).toBe('3.5');

    const [json] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    expect(json.suggestedFilename()).toMatch(/\.json$/);
    const data = JSON.parse(readFileSync((await json.path())!, 'utf8')) as {
      weeks: { meetingCount: number; withAgendaShare: number; week: { start: string } }[];
    };
    expect(data.weeks).toHaveLength(8);
    expect(data.weeks[7]).toMatchObject({ meetingCount: 3, withAgendaShare: 0.6667 });
    expect(data.weeks[6]).toMatchObject({ meetingCount: 2, withAgendaShare: 0.5 });

    // The async write-up is made by the background from the kept meeting (the popup has only
    // its summary): keep what the popup puts on the clipboard.
    await popup.evaluate(() => {
      const copied: string[] = [];
      (window as unknown as { copied: string[] }).copied = copied;
      navigator.clipboard.write = async (items) => {
        copied.push(await (await items[0]!.getType('text/plain')).text());
      };
    });
    const costly = popup.getByRole('listitem').filter({ hasText: 'Design review' });
    await costly.getByRole('button', { name: /^Write it async “Design review”/ }).click();
    await costly.getByText('Copied').waitFor();
    const [doc] = await popup.evaluate(() => (window as unknown as { copied: string[] }).copied);
    expect(doc).toContain('Design review');
    expect(doc).toContain('6 people');
  });

  it('reads well in dark mode', async () => {
    const s = await start({}, 'dark');
    const options = await s.openOptions();
    await options.getByLabel('Import an .ics file').setInputFiles({
      name: 'Team calendar.ics',
      mimeType: 'text/calendar',
      buffer: Buffer.from(weekCalendar()),
    });
    await options.getByText('Imported “Team calendar.ics”.').waitFor();
    const popup = await s.openPopup();
    await figure(popup, 'Meetings').waitFor();
    const colors = await popup.evaluate(() => ({
      background: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.body).color,
    }));
    expect(colors.background).toBe('rgb(22, 25, 31)');
    expect(colors.text).toBe('rgb(231, 233, 238)');
    await s.screenshot(popup, 'stats-popup-dark');
    await screenshotWhole(s, popup, 'stats-popup-dark-full');
  });
});
