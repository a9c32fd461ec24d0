/**
 * A self-hosted Mattermost at https://chat.example.com: added in the options page with a real
 * click ("Add server"), the background registers the chat script there at run time, the
 * helper works in the channel box and the thread's reply box, and removing the server takes
 * the script away again.
 *
 * Headless Chromium cannot accept the extension's permission prompt, so each origin is first
 * allowed the way a person does it in chrome://extensions (session.allowSite); the options
 * page's `permissions.request` then resolves at once and everything after it is the real path.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activityCounts,
  addSelfHostedServer,
  draftText,
  MATTERMOST,
  openChat,
  prompt,
  registeredScripts,
  sent,
  sentIn,
  setHtmlAttribute,
} from './chat-support';
import { type ExtensionSession, launchExtension, waitFor } from './harness';

const ORIGIN = 'https://chat.example.com';
const ZULIP = {
  name: 'zulip',
  url: 'https://zulip.example.com/#narrow/stream/1-general',
  editor: 'textarea#compose-textarea',
  send: 'button#compose-send-button',
};
const ROCKET = {
  name: 'rocketchat',
  url: 'https://rocket.example.com/channel/general',
  editor: 'textarea[name=msg]',
  // Rocket.Chat's icon button: no name, a translated label, the fuselage icon rcx-icon--name-send.
  send: 'button:has(> .rcx-icon--name-send)',
};
let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
  for (const origin of [ORIGIN, 'https://zulip.example.com', 'https://rocket.example.com'])
    await session.allowSite(origin);
});

afterAll(async () => {
  await session?.close();
});

describe('self-hosted Mattermost', () => {
  it('is added in the options page and gets the chat script registered at run time', async () => {
    const options = await session.openOptions();
    await options.getByLabel('Server address').fill(ORIGIN);
    await options.getByLabel('App').selectOption('mattermost');
    await options.getByRole('button', { name: 'Add server' }).click();
    await waitFor(
      async () =>
        (await session.getStorage<{ selfHostedChats: { origin: string }[] }>('settings'))?.selfHostedChats.some(
          (c) => c.origin === ORIGIN,
        ),
      'the server to be saved',
    );
    const scripts = await waitFor(async () => {
      const list = await registeredScripts(session);
      return list.some((s) => s.matches?.includes(`${ORIGIN}/*`)) ? list : null;
    }, 'the run-time registration');
    expect(scripts.map((s) => s.id)).toContain(`eventually-self-hosted:${ORIGIN}`);
    await options.close();
  });

  it('holds "hi" in the channel box; Send anyway sends exactly "hi"', async () => {
    const before = await activityCounts(session);
    const { page, frame } = await openChat(session, MATTERMOST);
    await frame.locator(MATTERMOST.editor).click();
    await page.keyboard.type('hi');
    await page.keyboard.press('Enter');
    await prompt(frame).waitFor();
    expect(await sent(frame)).toEqual([]);
    await page.waitForTimeout(300);
    await session.screenshot(page, 'chat-mattermost-prompt');
    await prompt(frame).getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => sent(frame)).toEqual(['hi']);
    await waitFor(
      async () => ((await activityCounts(session))['sent-anyway'] ?? 0) > (before['sent-anyway'] ?? 0),
      'sent-anyway to be counted',
    );
    await page.close();
  });

  it('"Add my question", then the whole message goes out; a full question goes at once', async () => {
    const { page, frame } = await openChat(session, MATTERMOST);
    await frame.locator(MATTERMOST.editor).click();
    await page.keyboard.type('hi');
    await page.keyboard.press('Enter');
    await prompt(frame).getByRole('button', { name: 'Add my question' }).click();
    await expect.poll(() => draftText(frame)).toBe('hi\n');
    await page.keyboard.type('where are the retro notes?');
    await page.keyboard.press('Enter');
    await page.keyboard.type('hello, is staging green again?');
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(frame)).toEqual(['hi\nwhere are the retro notes?', 'hello, is staging green again?']);
    expect(await prompt(frame).count()).toBe(0);
    await page.close();
  });

  it('works in the thread reply box, does not intercept IME composition, and fails open', async () => {
    const { page, frame } = await openChat(session, MATTERMOST);
    await frame.locator('textarea[data-testid=reply_textbox]').click();
    await page.keyboard.type('hey');
    await page.keyboard.press('Enter');
    await prompt(frame).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => sentIn(frame)).toEqual([{ composer: 'reply', text: 'hey' }]);

    await frame.locator(MATTERMOST.editor).click();
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'こんにちは', selectionStart: 5, selectionEnd: 5 });
    await page.keyboard.press('Enter');
    await cdp.send('Input.insertText', { text: 'こんにちは' });
    await cdp.detach();
    expect(await prompt(frame).count()).toBe(0);
    expect(await sentIn(frame)).toHaveLength(1);
    await frame.evaluate(() => (window as unknown as { __fixture: { clear(): void } }).__fixture.clear());

    await setHtmlAttribute(frame, 'data-eventually-test-throw', '');
    await page.keyboard.type('hi');
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(frame)).toEqual(['hey', 'hi']);
    expect(await prompt(frame).count()).toBe(0);
    await page.close();
  });

  it('removing the server unregisters the script', async () => {
    const options = await session.openOptions();
    await options.getByRole('button', { name: `Remove ${ORIGIN}` }).click();
    await waitFor(
      async () => !(await registeredScripts(session)).some((s) => s.matches?.includes(`${ORIGIN}/*`)),
      'the registration to go',
    );
    await options.close();
    const { page, frame } = await openChat(session, MATTERMOST);
    await frame.locator(MATTERMOST.editor).click();
    await page.keyboard.type('hi');
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(frame)).toEqual(['hi']);
    expect(await prompt(frame).count()).toBe(0);
    await page.close();
  });
});

describe('self-hosted Zulip and Rocket.Chat', () => {
  it('Rocket.Chat: holds "hi" + Enter, Send anyway sends exactly "hi"; its send button click is held once', async () => {
    await addSelfHostedServer(session, new URL(ROCKET.url).origin, 'rocketchat');
    const { page, frame } = await openChat(session, ROCKET);
    await frame.locator(ROCKET.editor).click();
    await page.keyboard.type('hi');
    await page.keyboard.press('Enter');
    await prompt(frame).waitFor();
    expect(await sent(frame)).toEqual([]);
    await page.waitForTimeout(300);
    await session.screenshot(page, 'chat-rocketchat-prompt');
    await prompt(frame).getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => sent(frame)).toEqual(['hi']);

    await frame.locator(ROCKET.editor).click();
    await page.keyboard.type('hey');
    await frame.locator(ROCKET.send).click();
    await prompt(frame).waitFor();
    expect(await sent(frame)).toEqual(['hi']);
    await frame.locator(ROCKET.send).click();
    await expect.poll(() => sent(frame)).toEqual(['hi', 'hey']);
    await page.close();
  });

  it('a default Zulip: Enter after "hi" is a new line, nothing held; the Send button click is held once', async () => {
    await addSelfHostedServer(session, new URL(ZULIP.url).origin, 'zulip');
    const { page, frame } = await openChat(session, ZULIP);
    await frame.locator(ZULIP.editor).click();
    await page.keyboard.type('hi');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(await prompt(frame).count()).toBe(0);
    expect(await draftText(frame)).toBe('hi\n');
    expect(await sent(frame)).toEqual([]);
    await frame.locator(ZULIP.send).click();
    await prompt(frame).waitFor();
    expect(await sent(frame)).toEqual([]);
    await page.waitForTimeout(300);
    await session.screenshot(page, 'chat-zulip-prompt');
    await prompt(frame).getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => sent(frame)).toEqual(['hi']);
    // Ctrl+Enter is the send key here: held once, then it goes.
    await frame.locator(ZULIP.editor).click();
    await page.keyboard.type('hello');
    await page.keyboard.press('Control+Enter');
    await prompt(frame).waitFor();
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => sent(frame)).toEqual(['hi', 'hello']);
    await page.close();
  });

  it('Zulip set to Enter-to-send in its send options popover: Enter after "hi" is held', async () => {
    const { page, frame } = await openChat(
      session,
      ZULIP,
      'https://zulip.example.com/?enterSends=1#narrow/stream/1-general',
    );
    await frame.locator('#send_later').click();
    await frame.locator('.enter_sends_choice', { hasText: 'Press Enter to send' }).click();
    await frame.locator('#send_later_popover').waitFor({ state: 'detached' });
    await frame.locator(ZULIP.editor).click();
    await page.keyboard.type('hi');
    await page.keyboard.press('Enter');
    await prompt(frame).waitFor();
    expect(await sent(frame)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(frame)).toEqual(['hi']);
    await page.close();
  });
});
