/**
 * Two tabs mute and snooze at the same moment as the options page saves an edit (issue 12,
 * item 3): every change arrives, none overwrites another (each page sends a patch to the
 * background's one writer).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAT_SITES, openChat, prompt } from './chat-support';
import { type ExtensionSession, launchExtension, waitFor } from './harness';

const slack = CHAT_SITES.find((site) => site.name === 'slack')!;
type StoredSettings = { hourlyRate: number; muted: { conversations: string[] }; chatSnoozedUntil: number };

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

async function promptWithMenu(): Promise<Awaited<ReturnType<typeof openChat>>> {
  const chat = await openChat(session, slack);
  await chat.frame.locator(slack.editor).click();
  await chat.page.keyboard.type('hi');
  await chat.page.keyboard.press('Enter');
  await prompt(chat.frame).getByRole('button', { name: 'More options' }).click();
  await prompt(chat.frame).getByRole('menuitem', { name: 'Snooze for 1 hour' }).waitFor();
  return chat;
}

describe('settings changed from three pages at once', () => {
  it('keeps the options page’s edit, one tab’s mute and the other’s snooze', async () => {
    const first = await promptWithMenu();
    const second = await promptWithMenu();
    const options = await session.openOptions();
    const rate = options.getByLabel('Hourly rate per person');
    await rate.waitFor();
    const before = Date.now();
    // The edit waits for a pause in typing before it saves; both tabs act inside that pause.
    await rate.fill('150');
    await Promise.all([
      prompt(first.frame).getByRole('menuitem', { name: 'Don’t ask in this conversation' }).click(),
      prompt(second.frame).getByRole('menuitem', { name: 'Snooze for 1 hour' }).click(),
    ]);
    await waitFor(async () => {
      const settings = await session.getStorage<StoredSettings>('settings');
      return (
        settings?.hourlyRate === 150 &&
        settings.muted.conversations.includes('slack:C0001') &&
        settings.chatSnoozedUntil > before
      );
    }, 'the rate, the mute and the snooze, all three');
    // And a moment later, nothing has overwritten any of them.
    await options.waitForTimeout(600);
    const settings = (await session.getStorage<StoredSettings>('settings'))!;
    expect(settings.hourlyRate).toBe(150);
    expect(settings.muted.conversations).toContain('slack:C0001');
    expect(settings.chatSnoozedUntil).toBeGreaterThan(before);
    // The options page shows the other pages' changes too.
    await expect.poll(() => options.getByLabel('Muted conversations').inputValue()).toContain('slack:C0001');
  });
});
