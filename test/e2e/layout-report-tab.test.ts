/**
 * "Copy a layout report of this tab" in the popup, for a page Eventually matches but no longer
 * recognises: a variant of the Slack fixture with its composer's landmarks (Slack's data-qa
 * hooks, the readable wysiwyg classes) taken away, so the ⋯ menu in the page never shows. The
 * popup asks the tab, shows the report before anything is copied, copies it on the second click,
 * and the report holds none of the page's text. A tab Eventually does not run on is named as such.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAT_SITES, openChat } from './chat-support';
import { type ExtensionSession, launchExtension } from './harness';

const slack = CHAT_SITES.find((site) => site.name === 'slack')!;
const ELSEWHERE = 'https://notes.example.org/today';
/** A Google Calendar editor redesigned beyond recognition: none of our landmarks. */
const NEW_CALENDAR = 'https://calendar.google.com/calendar/u/0/r/eventedit/bmV3bGF5b3V0';
/** Text on the Slack fixture (and typed into it) that must never be in a report. */
const PAGE_TEXT = ['Priya Natarajan', 'Q3 planning doc', 'Standup moved', 'Sam Lee', 'design-review', 'hi there'];

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension({
    routes: {
      [ELSEWHERE]: {
        status: 200,
        headers: { 'content-type': 'text/html' },
        body: '<!doctype html><title>Notes</title><body><main><p>Lunch with Priya Natarajan</p><textarea>hi</textarea></main></body>',
      },
      [NEW_CALENDAR]: {
        status: 200,
        headers: { 'content-type': 'text/html' },
        body:
          '<!doctype html><title>Google Calendar</title><body data-viewfamily="EVENT_EDIT"><div role="main">' +
          '<input aria-label="Title" value="Salary review with Sam Lee"><div contenteditable="true" data-hook="notes">' +
          'Call me on +1 555 0100, sam.lee@example.com</div><a href="https://meet.example/abc-defg">Join</a></div></body>',
      },
    },
  });
  // Read back on the Slack page: Chromium grants no clipboard permission to extension origins.
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://app.slack.com' });
});
afterAll(async () => {
  await session?.close();
});

describe('a layout report of the tab, from the popup', () => {
  it('shows the report of a page whose composer Eventually no longer recognises, and copies it on the second click', async () => {
    const { page, frame } = await openChat(session, slack);
    await frame.locator(slack.editor).click();
    await page.keyboard.type('hi there');
    // Slack as it would look after a redesign of its message box: none of the hooks we know.
    await frame.evaluate(() => {
      for (const el of document.querySelectorAll('[data-qa], .c-wysiwyg_container, .c-texty_input_unstyled')) {
        el.removeAttribute('data-qa');
        el.classList.remove('c-wysiwyg_container', 'c-texty_input_unstyled', 'c-wysiwyg_container__send_button');
      }
    });
    expect(await frame.locator('[data-qa=message_input]').count()).toBe(0);
    const before = 'what was on the clipboard before';
    await page.evaluate((text) => navigator.clipboard.writeText(text), before);
    await page.bringToFront();

    const popup = await session.openPopup();
    await popup.getByRole('button', { name: 'Copy a layout report of this tab…' }).click();
    const report = popup.getByRole('textbox', { name: 'Layout report: Slack' });
    await report.waitFor();
    await session.screenshot(popup, 'popup-tab-layout-report');
    const text = await report.inputValue();
    expect(text).toMatch(/^<!-- Eventually layout report v1; site: slack;/);
    expect(text).toContain('contenteditable="true"');
    expect(text).toContain('role="toolbar"');
    expect(text).not.toContain('message_input');
    for (const words of PAGE_TEXT) expect(text).not.toContain(words);
    const clipboard = async () => {
      await page.bringToFront();
      return page.evaluate(() => navigator.clipboard.readText());
    };
    // Shown, not copied: the clipboard is as it was.
    expect(await clipboard()).toBe(before);

    await popup.bringToFront();
    await popup.getByRole('button', { name: 'Copy to clipboard' }).click();
    await expect.poll(() => popup.getByRole('status').last().textContent()).toContain('Copied');
    expect(await clipboard()).toBe(text);
    await popup.close();
    await page.close();
  });

  it('shows the report of a calendar page whose layout is not recognised, with none of its text', async () => {
    const page = await session.open(NEW_CALENDAR);
    await page.bringToFront();
    const popup = await session.openPopup();
    await popup.getByRole('button', { name: 'Copy a layout report of this tab…' }).click();
    const report = popup.getByRole('textbox', { name: 'Layout report: Google Calendar' });
    await report.waitFor();
    const text = await report.inputValue();
    expect(text).toMatch(/^<!-- Eventually layout report v1; site: google-calendar;/);
    expect(text).toContain('data-viewfamily="EVENT_EDIT"');
    expect(text).toContain('contenteditable="true"');
    for (const words of ['Salary review', 'Sam Lee', '555', 'sam.lee@example.com', 'meet.example', 'abc-defg']) {
      expect(text).not.toContain(words);
    }
    await popup.close();
    await page.close();
  });

  it('says plainly that a tab Eventually does not run on has no layout to report', async () => {
    const page = await session.open(ELSEWHERE);
    await page.bringToFront();
    const popup = await session.openPopup();
    await popup.getByRole('button', { name: 'Copy a layout report of this tab…' }).click();
    await expect
      .poll(() => popup.getByRole('status').first().textContent())
      .toContain('This tab is not a chat or calendar page Eventually works on');
    expect(await popup.getByRole('textbox').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});
