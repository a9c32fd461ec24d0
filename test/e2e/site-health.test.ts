/**
 * The popup's per-site status from a real session: Slack's fixture is recognised (working),
 * Teams' fixture without its send button is partly recognised (and says what that costs), and a
 * Google Calendar editor in a layout we do not know is not recognised. Each page reports once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAT_SITES, openChat } from './chat-support';
import { type ExtensionSession, launchExtension, waitFor } from './harness';

const UNKNOWN_EDITOR = 'https://calendar.google.com/calendar/u/0/r/eventedit/bmV3bGF5b3V0';
let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension({
    routes: {
      // A Calendar that redesigned its editor: Google's view marker, none of the landmarks.
      [UNKNOWN_EDITOR]: {
        status: 200,
        headers: { 'content-type': 'text/html' },
        body: '<!doctype html><title>Google Calendar</title><body data-viewfamily="EVENT_EDIT"><div role="main"><div contenteditable="true">A new editor</div></div></body>',
      },
    },
  });
});
afterAll(async () => {
  await session?.close();
});

type Statuses = Record<string, { status: string; detail: string; at: number }>;
const statuses = async () => (await session.getStorage<Statuses>('siteStatus')) ?? {};

describe('site status in the popup', () => {
  it('shows one site working, one partly recognised (no send button), one not recognised', async () => {
    const slack = CHAT_SITES.find((site) => site.name === 'slack')!;
    const teams = CHAT_SITES.find((site) => site.name === 'teams')!;

    const slackPage = await openChat(session, slack);
    await slackPage.frame.locator(slack.editor).click();
    await waitFor(async () => (await statuses()).slack?.status === 'ok', 'Slack reported as working');

    // Teams as it would look if its send button changed beyond recognition.
    const teamsPage = await openChat(session, teams);
    await teamsPage.frame.evaluate(() => document.querySelector('[data-tid=sendMessageCommands-send]')?.remove());
    await teamsPage.frame.locator(teams.editor).click();
    await waitFor(async () => (await statuses()).teams?.status === 'partly-recognised', 'Teams partly recognised');
    expect((await statuses()).teams?.detail).toBe('no send button found: a click on Send is not held; Enter still is');

    const calendar = await session.open(UNKNOWN_EDITOR);
    await waitFor(
      async () => (await statuses())['google-calendar']?.status === 'layout-not-recognised',
      'Google Calendar not recognised',
      10_000,
    );

    const popup = await session.openPopup();
    const list = popup.getByRole('region', { name: 'Site status' });
    await list.waitFor();
    const items = await list.getByRole('listitem').allTextContents();
    expect(items).toHaveLength(3);
    expect(items[0]).toMatch(/^Google Calendar: layout not recognised.* · last seen .* ago$/);
    expect(items[1]).toMatch(
      /^Microsoft Teams: partly recognised \(no send button found: a click on Send is not held; Enter still is\) · last seen .* ago$/,
    );
    expect(items[2]).toMatch(/^Slack: working · last seen .* ago$/);
    await session.screenshot(popup, 'popup-site-status');

    // Told once: the same page again changes nothing but leaves the entry as it was.
    const before = (await statuses()).teams;
    const again = await openChat(session, teams);
    await again.frame.evaluate(() => document.querySelector('[data-tid=sendMessageCommands-send]')?.remove());
    await again.frame.locator(teams.editor).click();
    await again.page.waitForTimeout(500);
    expect((await statuses()).teams).toEqual(before);

    for (const page of [popup, slackPage.page, teamsPage.page, calendar, again.page]) await page.close();
  });
});
