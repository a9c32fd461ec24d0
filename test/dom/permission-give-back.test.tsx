/**
 * A host permission asked for an add that then fails is given back (issue 12, item 7): the
 * options page's "Add calendar" with the feed limit reached, against the real background on
 * WXT's fake browser.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { FeedsContainer } from '../../entrypoints/options/feeds';
import { MAX_FEEDS } from '../../lib/feeds';
import { feedsItem } from '../../platform/feeds';

let granted: Set<string>;
const OPTIONS_PAGE = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  granted = new Set(['https://kept.example.com/*']);
  const origins = (p: { origins?: string[] }) => p.origins ?? [];
  Object.assign(fakeBrowser.permissions, {
    contains: vi.fn(async (p: { origins?: string[] }) => origins(p).every((o) => granted.has(o))),
    request: vi.fn(async (p: { origins?: string[] }) => {
      for (const origin of origins(p)) granted.add(origin);
      return true;
    }),
    remove: vi.fn(async (p: { origins?: string[] }) => {
      for (const origin of origins(p)) granted.delete(origin);
      return true;
    }),
    onAdded: { addListener: vi.fn() },
    onRemoved: { addListener: vi.fn() },
  });
  Object.assign(fakeBrowser.alarms, { get: vi.fn(async () => undefined), create: vi.fn(async () => undefined) });
  fakeBrowser.scripting.getRegisteredContentScripts = vi.fn(async () => []) as never;
  fakeBrowser.runtime.sendMessage = (async (message: unknown) => {
    const replies = await fakeBrowser.runtime.onMessage.trigger(message, OPTIONS_PAGE as never, () => undefined);
    return replies.find((reply) => reply !== undefined);
  }) as never;
  background.main?.();
});

async function addCalendar(url: string) {
  render(<FeedsContainer />);
  fireEvent.change(await screen.findByLabelText('Calendar address (.ics)'), { target: { value: url } });
  fireEvent.click(screen.getByRole('button', { name: 'Add calendar' }));
}

describe('a grant for an add that fails', () => {
  it('is given back when the feed limit is reached', async () => {
    await feedsItem.setValue(
      Array.from({ length: MAX_FEEDS }, (_, i) => ({
        id: `f${i}`,
        url: `https://kept.example.com/${i}.ics`,
        name: `${i}`,
        addedAt: 1,
        kind: 'url',
      })),
    );
    await addCalendar('https://new.example.com/team.ics');
    await screen.findByText(/keeps up to 20 calendars/);
    await waitFor(() => expect(granted.has('https://new.example.com/*')).toBe(false));
    expect(fakeBrowser.permissions.request).toHaveBeenCalled();
    // A permission that was there before the add stays.
    expect(granted.has('https://kept.example.com/*')).toBe(true);
  });
});
