/**
 * The chat helper on every built-in site, in Chromium, on fixture pages built around the real
 * editors (Quill for Slack, CKEditor 5 for Teams at the top level and inside an iframe, a plain contenteditable for
 * Google Chat on its own and inside Gmail's cross-origin iframe, Slate for Discord). The
 * fixture's fake send handler records what would have been sent.
 */
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activityCounts,
  CHAT_SITES,
  type ChatSite,
  draftText,
  openChat,
  prompt,
  sent,
  setHtmlAttribute,
} from './chat-support';
import { type ExtensionSession, launchExtension, waitFor } from './harness';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
  // Each site sends anyway more than three times here; the quiet that follows is tested in chat-slack.
  const settings = await session.getStorage<Record<string, unknown>>('settings');
  await session.setStorage({ settings: { ...settings, quietAfterSendAnyway: 0 } });
});
afterAll(async () => {
  await session?.close();
});

const QUESTION = 'can you review the Q3 doc by Friday?';

describe.each(CHAT_SITES)('$name', (site: ChatSite) => {
  it('holds a bare "hi" once, records nothing, and "Send anyway" sends exactly "hi"', async () => {
    const before = await activityCounts(session);
    const { page, frame } = await openChat(session, site);
    await frame.locator(site.editor).click();
    await page.keyboard.type('hi');
    await page.keyboard.press('Enter');
    await prompt(frame).waitFor();
    expect(await sent(frame)).toEqual([]);
    expect(await draftText(frame)).toBe('hi');
    await page.waitForTimeout(300); // the prompt's 140 ms fade-in
    await session.screenshot(page, `chat-${site.name}-prompt`);
    await waitFor(
      async () => ((await activityCounts(session))['prompt-shown'] ?? 0) > (before['prompt-shown'] ?? 0),
      'prompt-shown to be counted',
    );

    await prompt(frame).getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => sent(frame)).toEqual(['hi']);
    await prompt(frame).waitFor({ state: 'detached' });
    await waitFor(
      async () => ((await activityCounts(session))['sent-anyway'] ?? 0) > (before['sent-anyway'] ?? 0),
      'sent-anyway to be counted',
    );
    await page.close();
  });

  it('"Add my question" keeps the greeting, puts the caret on a new line, and the whole message goes out', async () => {
    const before = await activityCounts(session);
    const { page, frame } = await openChat(session, site);
    await frame.locator(site.editor).click();
    await page.keyboard.type('hi');
    await page.keyboard.press('Enter');
    await prompt(frame).getByRole('button', { name: 'Add my question' }).click();
    await prompt(frame).waitFor({ state: 'detached' });
    await expect.poll(() => draftText(frame)).toBe('hi\n');
    await page.keyboard.type(QUESTION);
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(frame)).toEqual([`hi\n${QUESTION}`]);
    await waitFor(
      async () => ((await activityCounts(session)).rewritten ?? 0) > (before.rewritten ?? 0),
      'rewritten to be counted',
    );
    await page.close();
  });

  it('sends a full question at once, with no prompt', async () => {
    const { page, frame } = await openChat(session, site);
    await frame.locator(site.editor).click();
    await page.keyboard.type(`hi Sam, ${QUESTION}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(frame)).toEqual([`hi Sam, ${QUESTION}`]);
    expect(await prompt(frame).count()).toBe(0);
    await page.close();
  });

  it('pressing Enter again with the prompt open sends as typed', async () => {
    const { page, frame } = await openChat(session, site);
    await frame.locator(site.editor).click();
    await page.keyboard.type('hello');
    await page.keyboard.press('Enter');
    await prompt(frame).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(frame)).toEqual(['hello']);
    await prompt(frame).waitFor({ state: 'detached' });
    await page.close();
  });

  it('Escape closes the prompt and keeps the draft and the caret; the next Enter sends', async () => {
    const { page, frame } = await openChat(session, site);
    await frame.locator(site.editor).click();
    await page.keyboard.type('hey');
    await page.keyboard.press('Enter');
    await prompt(frame).waitFor();
    await page.keyboard.press('Escape');
    await prompt(frame).waitFor({ state: 'detached' });
    expect(await draftText(frame)).toBe('hey');
    await page.keyboard.type(' there');
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(frame)).toEqual(['hey there']);
    await page.close();
  });

  it('offers the written-question template for "can we hop on a call?"', async () => {
    const { page, frame } = await openChat(session, site);
    await frame.locator(site.editor).click();
    await page.keyboard.type('can we hop on a call?');
    await page.keyboard.press('Enter');
    await prompt(frame).getByRole('button', { name: 'Write it as a question' }).click();
    await prompt(frame).waitFor({ state: 'detached' });
    await expect.poll(() => draftText(frame)).toMatch(/^can we hop on a call\?\nTopic: ?\nMy question: ?\n/);
    // The caret waits after "Topic: ".
    await page.keyboard.type('the launch checklist');
    await expect.poll(() => draftText(frame)).toMatch(/\nTopic: the launch checklist\nMy question:/);
    expect(await sent(frame)).toEqual([]);
    await page.close();
  });

  it('does not intercept Enter during IME composition', async () => {
    const { page, frame } = await openChat(session, site);
    await frame.locator(site.editor).click();
    // The page's own last listener (window, bubble phase) sees the Enter only if nobody stopped it.
    await frame.evaluate(() => {
      const log: { key: string; isComposing: boolean; defaultPrevented: boolean }[] = [];
      (window as unknown as { __keys: typeof log }).__keys = log;
      window.addEventListener('keydown', (e) => {
        if (e.key === 'Enter')
          log.push({ key: e.key, isComposing: e.isComposing, defaultPrevented: e.defaultPrevented });
      });
    });
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'こんにちは', selectionStart: 5, selectionEnd: 5 });
    await page.keyboard.press('Enter');
    await cdp.send('Input.insertText', { text: 'こんにちは' });
    const keys = await frame.evaluate(() => (window as unknown as { __keys: unknown[] }).__keys);
    expect(keys).toContainEqual({ key: 'Enter', isComposing: true, defaultPrevented: false });
    expect(await prompt(frame).count()).toBe(0);
    expect(await sent(frame)).toEqual([]);
    await cdp.detach();
    await page.close();
  });

  it('fails open: an error inside our handler lets the message through', async () => {
    const { page, frame } = await openChat(session, site);
    await setHtmlAttribute(frame, 'data-eventually-test-throw', '');
    await frame.locator(site.editor).click();
    await page.keyboard.type('hi');
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(frame)).toEqual(['hi']);
    expect(await prompt(frame).count()).toBe(0);
    await page.close();
  });

  it('holds a click on the send button too', async () => {
    const { page, frame } = await openChat(session, site);
    await frame.locator(site.editor).click();
    await page.keyboard.type('hi');
    await frame.locator(site.send).first().click();
    await prompt(frame).waitFor();
    expect(await sent(frame)).toEqual([]);
    await frame.locator(site.send).first().click();
    await expect.poll(() => sent(frame)).toEqual(['hi']);
    await page.close();
  });
});

/** The shapes the evidence describes today (docs/research/live-dom-evidence.md). */
describe('today’s shapes', () => {
  const teamsSite = CHAT_SITES.find((site) => site.name === 'teams')!;
  const googleChat = CHAT_SITES.find((site) => site.name === 'google-chat')!;
  type EditWindow = { __fixture: { edits: string[]; getEditText(): string } };
  const edits = (frame: Frame) => frame.evaluate(() => (window as unknown as EditWindow).__fixture.edits.slice());

  it('Teams: an edit of an earlier message that says "hi" is saved at once, never held (Enter and Done)', async () => {
    const { page, frame } = await openChat(session, teamsSite);
    const editBox = frame.locator('[data-tid=ckeditor][id^=edit-message-]');
    await editBox.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('hi');
    await page.keyboard.press('Enter');
    await expect.poll(() => edits(frame)).toEqual(['hi']);
    await editBox.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('hey');
    await frame.locator('button[data-tid=newMessageCommands-send][name=done]').click();
    await expect.poll(() => edits(frame)).toEqual(['hi', 'hey']);
    await page.waitForTimeout(300);
    expect(await prompt(frame).count()).toBe(0);
    expect(await sent(frame)).toEqual([]);
    // The new-message box beside it is still held.
    await frame.locator(teamsSite.editor).click();
    await page.keyboard.type('hi');
    await page.keyboard.press('Enter');
    await prompt(frame).waitFor();
    expect(await sent(frame)).toEqual([]);
    await page.close();
  });

  it('Google Chat: typing in the contenteditable search field (and Enter there) is never touched', async () => {
    type SearchWindow = { __fixture: { searches: string[]; getSearchText(): string } };
    const { page, frame } = await openChat(session, googleChat);
    await frame.locator('#search-box').click();
    await page.keyboard.type('hi');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => frame.evaluate(() => (window as unknown as SearchWindow).__fixture.searches.slice()))
      .toEqual(['hi']);
    expect(await frame.evaluate(() => (window as unknown as SearchWindow).__fixture.getSearchText())).toBe('hi');
    await page.waitForTimeout(300);
    expect(await prompt(frame).count()).toBe(0);
    expect(await sent(frame)).toEqual([]);
    await page.close();
  });

  it('Google Chat: a click on the native send button with "hi" is held once', async () => {
    const { page, frame } = await openChat(session, googleChat);
    await frame.locator(googleChat.editor).click();
    await page.keyboard.type('hi');
    await frame.locator('button[aria-label="Send message"]').click();
    await prompt(frame).waitFor();
    expect(await sent(frame)).toEqual([]);
    await frame.locator('button[aria-label="Send message"]').click();
    await expect.poll(() => sent(frame)).toEqual(['hi']);
    await page.close();
  });
});
