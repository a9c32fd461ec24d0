/**
 * Site access the person controls, in Firefox (issue 15, item 2): Slack's access taken back
 * (as in the add-on's permissions), the options page and the popup name it with one button;
 * the button itself is clicked (with prompts off, Firefox grants an optional permission at
 * once), the notice goes and a bare "hi" on Slack is held again.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CHAT_SITES } from '../e2e/chat-support';
import { type FirefoxSession, launchFirefox, waitFor } from './harness';

declare const browser: { permissions: { remove(p: { origins: string[] }): Promise<boolean> } };
type FixtureWindow = { __fixture?: { ready?: boolean; sent: string[] } };

const slack = CHAT_SITES.find((site) => site.name === 'slack')!;
const PROMPT = '[data-eventually="chat-prompt"] >>> [role=dialog]';
const NOTICE = 'section[aria-label="Site access"]';
const SENTENCE =
  'Eventually has no access to Slack (app.slack.com): your browser’s site access for Eventually is off for it.';

let session: FirefoxSession;
beforeAll(async () => {
  session = await launchFirefox({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
});
afterAll(async () => {
  await session?.close();
});

const noticeText = (page: Page) =>
  page.evaluate((selector) => document.querySelector(selector)?.textContent ?? null, NOTICE);

it('Firefox: names Slack once its access is taken back, grants it from the button, and holds a bare "hi" again', async () => {
  const options = await session.openOptions();
  // Time for the background's check to come back: still nothing to say.
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(await noticeText(options)).toBeNull();
  expect(await options.evaluate(() => browser.permissions.remove({ origins: ['https://app.slack.com/*'] }))).toBe(true);
  await waitFor(async () => (await noticeText(options))?.includes(SENTENCE), 'the notice on the options page');

  const popup = await session.openPopup();
  await waitFor(async () => (await noticeText(popup))?.includes(SENTENCE), 'the notice in the popup');
  await session.screenshot(popup, 'site-access-popup');

  await options.locator(`${NOTICE} button`).click();
  await waitFor(async () => (await noticeText(options)) === null, 'the notice to go from the options page');
  await waitFor(async () => (await noticeText(popup)) === null, 'the notice to go from the popup');

  const page = await session.open(slack.url);
  await page.waitForFunction(() => (window as unknown as FixtureWindow).__fixture?.ready === true, {
    timeout: 15_000,
  });
  await page.locator(slack.editor).click();
  await page.keyboard.type('hi');
  await page.keyboard.press('Enter');
  await page.locator(PROMPT).wait();
  expect(await page.evaluate(() => (window as unknown as FixtureWindow).__fixture!.sent.slice())).toEqual([]);
  await Promise.all([page.close(), popup.close(), options.close()]);
});
