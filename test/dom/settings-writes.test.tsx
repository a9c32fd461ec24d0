/**
 * Settings written from several places at once (issue 12, item 3): two chat tabs mute and
 * snooze while the options page is saving an edit. Every page sends a patch to the
 * background's one writer (entrypoints/background.ts, the real one, on WXT's fake browser).
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { OptionsApp } from '../../entrypoints/options/App';
import { conversationKey, withMutedConversation, withSnooze } from '../../lib/chat/gate';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { updateSettings } from '../../platform/settings-client';
import { saveSettings, settingsItem } from '../../platform/storage';

type Sender = { id?: string; url?: string; tab?: { id: number } };
const OPTIONS_PAGE: Sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
const SLACK_TAB: Sender = { id: fakeBrowser.runtime.id, url: 'https://app.slack.com/client/T1/C1', tab: { id: 7 } };

/** Deliver `runtime.sendMessage` to the background's listener as if `sender` had sent it. */
function sendAs(sender: Sender) {
  return async (message: unknown) => {
    const replies = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => undefined);
    return replies.find((reply) => reply !== undefined);
  };
}

async function stored(): Promise<Settings> {
  return (await settingsItem.getValue()) as Settings;
}

beforeEach(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  fakeBrowser.permissions.contains = vi.fn(async () => false) as never;
  fakeBrowser.scripting.getRegisteredContentScripts = vi.fn(async () => []) as never;
  const event = () => ({ addListener: vi.fn(), removeListener: vi.fn(), hasListener: vi.fn() });
  Object.assign(fakeBrowser.permissions, { onAdded: event(), onRemoved: event() });
  fakeBrowser.alarms.get = vi.fn(async () => undefined) as never;
  fakeBrowser.alarms.create = vi.fn(async () => undefined) as never;
  background.main?.();
  await saveSettings(structuredClone(DEFAULT_SETTINGS));
});

describe('settings written from several pages at the same moment', () => {
  it('two tabs muting and snoozing while the options page saves: nothing is lost', async () => {
    fakeBrowser.runtime.sendMessage = sendAs(OPTIONS_PAGE) as never;
    render(<OptionsApp />);
    const rate = await screen.findByLabelText('Hourly rate per person');
    // The person edits; the save waits for a pause in typing.
    fireEvent.change(rate, { target: { value: '150' } });
    fireEvent.change(screen.getByLabelText('Muted people'), { target: { value: 'Ana' } });

    const now = Date.now();
    const slack = conversationKey('slack', 'C1');
    const teams = conversationKey('teams', 'T2');
    // Both tabs act in the same moment, each from the settings as it read them.
    await act(() =>
      Promise.all([
        updateSettings((settings) => withMutedConversation(settings, slack)),
        updateSettings((settings) => withMutedConversation(settings, teams)),
        updateSettings((settings) => withSnooze(settings, now, 'hour')),
      ]),
    );
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Saved'), { timeout: 3000 });

    const result = await stored();
    expect(result.hourlyRate).toBe(150);
    expect(result.muted.people).toEqual(['Ana']);
    expect(result.muted.conversations.sort()).toEqual([slack, teams].sort());
    expect(result.chatSnoozedUntil).toBe(now + 3_600_000);
    // The page shows the other tabs' changes too, merged under its own edit.
    expect((screen.getByLabelText('Muted conversations') as HTMLTextAreaElement).value).toContain(slack);
  });

  it('a chat page may mute and snooze, but not change any other setting or send feed commands', async () => {
    fakeBrowser.runtime.sendMessage = sendAs(SLACK_TAB) as never;
    await updateSettings((settings) => withMutedConversation(settings, 'slack:C9'));
    expect((await stored()).muted.conversations).toEqual(['slack:C9']);
    await expect(updateSettings((settings) => ({ ...settings, hourlyRate: 1 }))).rejects.toThrow(/Refused/);
    expect((await stored()).hourlyRate).toBe(DEFAULT_SETTINGS.hourlyRate);
    const feed = await fakeBrowser.runtime.sendMessage({ type: 'feeds/add', url: 'https://x.example/a.ics' });
    expect(feed).toMatchObject({ ok: false, error: expect.stringContaining('Refused') });
  });

  it('an edit made while the permission prompt is open survives the add that follows it', async () => {
    fakeBrowser.runtime.sendMessage = sendAs(OPTIONS_PAGE) as never;
    let grant: (granted: boolean) => void = () => undefined;
    Object.assign(fakeBrowser.permissions, {
      request: vi.fn(() => new Promise<boolean>((resolve) => (grant = resolve))),
    });
    render(<OptionsApp />);
    fireEvent.change(await screen.findByLabelText('Server address'), { target: { value: 'chat.example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add server' }));
    await waitFor(() => expect(fakeBrowser.permissions.request).toHaveBeenCalled());
    // While the browser's prompt is open, the person changes something else.
    fireEvent.change(screen.getByLabelText('Hourly rate per person'), { target: { value: '175' } });
    await act(async () => grant(true));
    await waitFor(
      async () => {
        const result = await stored();
        expect(result.selfHostedChats.map((chat) => chat.origin)).toEqual(['https://chat.example.com']);
        expect(result.hourlyRate).toBe(175);
      },
      { timeout: 3000 },
    );
  });
});
