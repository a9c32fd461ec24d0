/**
 * Site access the person controls (issue 15, item 2): with Slack's site access taken back the
 * way chrome://extensions does it, nothing is injected there, and the options page and the
 * popup say so by name with one button that asks the browser for it. Headless Chromium cannot
 * accept the permission dialog the button opens, so the test checks what the button asks for
 * (a spy on chrome.permissions.request in the page), then grants it as a person does in
 * chrome://extensions; the notice goes and the bare "hi" is held again.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAT_SITES, openChat, prompt, sent } from './chat-support';
import { type ExtensionSession, launchExtension } from './harness';

const slack = CHAT_SITES.find((site) => site.name === 'slack')!;
const SLACK_ORIGIN = 'https://app.slack.com';
const NOTICE =
  /Eventually has no access to Slack \(app\.slack\.com\): your browser’s site access for Eventually is off for it\./;

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

/** Replaces chrome.permissions.request in the page with a recorder that grants nothing. */
async function spyOnPermissionRequests(page: Page): Promise<void> {
  await page.evaluate(() => {
    const target = globalThis as unknown as {
      chrome: { permissions: { request: (p: { origins?: string[] }) => Promise<boolean> } };
      requested: { origins?: string[] }[];
    };
    target.requested = [];
    target.chrome.permissions.request = async (permissions) => {
      target.requested.push(permissions);
      return false;
    };
  });
}
const requested = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { requested: { origins?: string[] }[] }).requested);

/**
 * Types a bare "hi" and presses Enter; says what happened. Without access nothing is injected and
 * Enter sends at once; with access the sentinel holds the Enter synchronously and the prompt
 * follows once the main chat code has loaded, which can take seconds on a loaded CI machine: so
 * "sent" is known at once, and only the prompt is waited for (up to `promptTimeout`).
 */
async function pressEnterOnBareHi(promptTimeout: number): Promise<'sent' | 'held' | 'neither'> {
  const { page, frame } = await openChat(session, slack);
  try {
    await frame.locator(slack.editor).click();
    await page.keyboard.type('hi');
    await page.keyboard.press('Enter');
    const shown = await prompt(frame)
      .waitFor({ timeout: promptTimeout })
      .then(() => true)
      .catch(() => false);
    if ((await sent(frame)).length > 0) return 'sent';
    return shown ? 'held' : 'neither';
  } finally {
    await page.close();
  }
}

describe('site access', () => {
  it('says nothing while every site is reachable', async () => {
    const options = await session.openOptions();
    await options.getByRole('switch', { name: 'Slack' }).waitFor();
    await options.waitForTimeout(300);
    expect(await options.getByRole('region', { name: 'Site access' }).count()).toBe(0);
    await options.close();
  });

  it('names a site whose access was taken back, asks for it from one button, and works again once granted', async () => {
    await session.revokeSite(SLACK_ORIGIN);
    expect(await pressEnterOnBareHi(1500)).toBe('sent');

    const options = await session.openOptions();
    const notice = options.getByRole('region', { name: 'Site access' });
    await expect.poll(() => notice.textContent()).toMatch(NOTICE);
    // Only Slack was taken back: no other site is named.
    expect(await notice.getByRole('listitem').count()).toBe(1);
    await spyOnPermissionRequests(options);
    await notice.getByRole('button', { name: 'Allow Eventually on Slack' }).click();
    await expect.poll(() => requested(options)).toEqual([{ origins: [`${SLACK_ORIGIN}/*`] }]);
    // The spy granted nothing: the page says so rather than failing silently.
    await expect.poll(() => notice.textContent()).toMatch(/Your browser did not allow it/);
    await session.screenshot(options, 'site-access-options');

    const popup = await session.openPopup();
    const popupNotice = popup.getByRole('region', { name: 'Site access' });
    await expect.poll(() => popupNotice.textContent()).toMatch(NOTICE);
    await popupNotice.getByRole('button', { name: 'Allow Eventually on Slack' }).waitFor();
    await session.screenshot(popup, 'site-access-popup');

    // Granted, as the dialog (or chrome://extensions) does: both pages drop the notice at once.
    await session.allowSite(SLACK_ORIGIN);
    await notice.waitFor({ state: 'detached' });
    await popupNotice.waitFor({ state: 'detached' });
    await options.close();
    await popup.close();
    expect(await pressEnterOnBareHi(15_000)).toBe('held');
  });

  it('does not report a site switched off in the settings', async () => {
    await session.revokeSite(SLACK_ORIGIN);
    const options = await session.openOptions();
    const notice = options.getByRole('region', { name: 'Site access' });
    await expect.poll(() => notice.textContent()).toMatch(NOTICE);
    await options.getByRole('switch', { name: 'Slack' }).uncheck();
    await notice.waitFor({ state: 'detached' });
    await options.close();
    await session.allowSite(SLACK_ORIGIN);
  });
});
