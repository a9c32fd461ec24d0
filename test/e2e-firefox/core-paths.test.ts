/**
 * The person's core paths in Firefox ESR: the built Firefox add-on, installed in a fresh
 * profile, on the fixture pages served at the real hostnames. A short tier: one chat site,
 * one calendar, the settings and the popup; the Chromium tier covers every site and case.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE, GOOGLE_EDITOR } from '../e2e/calendar-helpers';
import { CHAT_SITES, RESULTS_DIR } from '../e2e/chat-support';
import { ME, weekCalendar, ZONE } from '../e2e/stats-calendar';
import { type FirefoxSession, labelled, launchFirefox, waitFor } from './harness';

type FixtureWindow = {
  __fixture?: { ready?: boolean; sent: string[]; getText(): string; getDescription(): string };
};

const slack = CHAT_SITES.find((site) => site.name === 'slack')!;
const PROMPT = '[data-eventually="chat-prompt"] >>> [role=dialog]';

let session: FirefoxSession;
beforeAll(async () => {
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
});

async function fixtureReady(frame: Page | Frame): Promise<void> {
  await frame.waitForFunction(() => (window as unknown as FixtureWindow).__fixture?.ready === true, {
    timeout: 15_000,
  });
}

const sent = (page: Page) => page.evaluate(() => (window as unknown as FixtureWindow).__fixture!.sent.slice());

describe('Firefox: chat', () => {
  it('holds a bare "hi" on Slack once, then the second Enter sends it exactly as typed', async () => {
    const page = await session.open(slack.url);
    await fixtureReady(page);
    await page.locator(slack.editor).click();
    await page.keyboard.type('hi');
    await page.keyboard.press('Enter');
    await page.locator(PROMPT).wait();
    expect(await sent(page)).toEqual([]);
    await session.screenshot(page, 'chat-slack-prompt');
    expect(await page.evaluate(() => (window as unknown as FixtureWindow).__fixture!.getText())).toBe('hi');

    await page.keyboard.press('Enter');
    await expect.poll(() => sent(page)).toEqual(['hi']);
    await page.waitForSelector(PROMPT, { hidden: true });
    await page.close();
  });
});

describe('Firefox: calendar', () => {
  it('shows the badge on Google Calendar’s editor, and “Add an agenda” changes the description', async () => {
    const page = await session.open(`${GOOGLE_EDITOR}?desc=boilerplate`);
    await fixtureReady(page);
    const description = () =>
      page.evaluate(() => (window as unknown as FixtureWindow).__fixture!.getDescription()) as Promise<string>;
    expect(await description()).toContain('Join with Google Meet');
    expect(await description()).not.toContain('Purpose:');

    await page.locator(`${BADGE} >>> .ev-badge`).click();
    await page.locator(`${BADGE} >>> ::-p-text(Add an agenda)`).click();
    await page.locator('::-p-text(Agenda added)').wait();
    await session.screenshot(page, 'calendar-google-agenda-added');
    const after = await description();
    expect(after).toContain('Purpose: (the decision or outcome we need from this meeting)');
    expect(after.indexOf('Purpose:')).toBeLessThan(after.indexOf('Join with Google Meet'));
    await page.close();
  });
});

describe('Firefox: settings and the popup', () => {
  it('keeps a changed setting across a reload of the options page', async () => {
    const page = await session.openOptions();
    const rate = await labelled(page, 'Hourly rate per person');
    await rate.click({ count: 3 });
    await rate.type('135');
    await page.locator('::-p-text(Saved)').wait();
    await waitFor(
      async () => (await session.getStorage<{ hourlyRate: number }>('settings'))?.hourlyRate === 135,
      'the rate to be stored',
    );

    await session.reload(page, 'Eventually settings');
    const shown = await labelled(page, 'Hourly rate per person');
    expect(await shown.evaluate((input) => input.value)).toBe('135');
    await page.close();
  });

  it('shows the week of a calendar imported on the options page', async () => {
    const current = (await session.getStorage<Record<string, unknown>>('settings')) ?? {};
    await session.setStorage({
      settings: { ...current, timeZone: ZONE, weekStartsOn: 1, myEmails: [ME], hourlyRate: 100, currency: 'USD' },
    });
    // The file picker takes a path: the calendar is written inside the repository's test-results/.
    const folder = join(RESULTS_DIR, 'firefox');
    mkdirSync(folder, { recursive: true });
    const file = join(folder, 'team.ics');
    writeFileSync(file, weekCalendar());
    const options = await session.openOptions();
    await (await labelled(options, 'Import an .ics file')).uploadFile(file);
    await options.locator('::-p-text(Imported “team.ics”.)').wait();

    const popup = await session.openPopup();
    const figure = (label: string) =>
      popup.evaluate((name) => {
        for (const item of document.querySelectorAll('.ev-figure')) {
          if (item.querySelector('dt')?.textContent?.trim() === name)
            return item.querySelector('.ev-figure-value')?.textContent ?? null;
        }
        return null;
      }, label);
    await waitFor(() => figure('Meetings'), 'the popup’s figures');
    expect(await figure('Meetings')).toBe('3');
    expect(await figure('Meeting hours')).toBe('3 h');
    expect(await figure('With an agenda')).toBe('67%');
    expect(await figure('Cost')).toBe('$1,400');
    await session.screenshot(popup, 'stats-popup');
    await popup.close();
    await options.close();
  });
});
