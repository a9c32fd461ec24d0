/**
 * "Copy a layout report…" in Chromium on the Slack fixture: the prompt's ⋯ menu opens a dialog
 * that shows the report (structure, none of the page's text) and leaves the clipboard alone;
 * only the dialog's Copy button puts the report on the clipboard.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAT_SITES, openChat, prompt } from './chat-support';
import { type ExtensionSession, launchExtension } from './harness';

const slack = CHAT_SITES.find((site) => site.name === 'slack')!;

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://app.slack.com' });
});
afterAll(async () => {
  await session?.close();
});

describe('Copy a layout report', () => {
  it('shows the report from the ⋯ menu, and copies it only on the second click', async () => {
    const { page, frame } = await openChat(session, slack);
    await page.evaluate(() => navigator.clipboard.writeText('what was on the clipboard before'));
    await frame.locator(slack.editor).click();
    await page.keyboard.type('hi');
    await page.keyboard.press('Enter');
    await prompt(frame).getByRole('button', { name: 'More options' }).click();
    await prompt(frame).getByRole('menuitem', { name: 'Copy a layout report…' }).click();

    const dialog = page.locator('[data-eventually="layout-report"] [role=dialog]');
    await dialog.waitFor();
    await session.screenshot(page, 'layout-report-dialog');
    const report = await dialog.locator('textarea').inputValue();
    expect(report).toContain('data-qa="message_input"');
    expect(report).toContain('data-qa="texty_send_button"');
    for (const text of ['Priya Natarajan', 'Q3 planning doc', 'Standup moved']) expect(report).not.toContain(text);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('what was on the clipboard before');

    await dialog.getByRole('button', { name: 'Copy to clipboard' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(report);
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Copied');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await page.close();
  });
});
