/**
 * The site access notice of the popup and the options page: quiet when every site is
 * reachable, each unreachable site named with why, and one button that asks the browser for
 * all of them inside the click (a user gesture), saying so when the browser does not grant it.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SiteAccessContainer } from '../../entrypoints/popup/site-access';
import type { UnreachableSite } from '../../lib/site-access';
import { siteAccessItem } from '../../platform/site-access';

const SLACK: UnreachableSite = {
  site: 'slack',
  label: 'Slack',
  hosts: ['app.slack.com'],
  patterns: ['https://app.slack.com/*'],
};
const ZULIP: UnreachableSite = {
  site: 'zulip',
  label: 'Zulip',
  hosts: ['zulip.example.com'],
  patterns: ['https://zulip.example.com/*'],
};

let request: ReturnType<typeof vi.fn>;
beforeEach(() => {
  request = vi.fn(async () => false);
  Object.assign(fakeBrowser.permissions, { request });
  // No background here: the page keeps what is stored.
  Object.assign(fakeBrowser.runtime, { sendMessage: vi.fn(async () => undefined) });
});

describe('site access notice', () => {
  it('says nothing when every switched-on site is reachable', async () => {
    const { container } = render(<SiteAccessContainer />);
    await act(() => siteAccessItem.setValue([]));
    expect(container.textContent).toBe('');
  });

  it('names each site and asks for all of them from one button, in the click itself', async () => {
    await siteAccessItem.setValue([SLACK, ZULIP]);
    render(<SiteAccessContainer />);
    const items = await screen.findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Eventually has no access to Slack (app.slack.com): your browser’s site access for Eventually is off for it. Until it is on, Eventually does nothing there.',
      'Eventually has no access to Zulip (zulip.example.com): your browser’s site access for Eventually is off for it. Until it is on, Eventually does nothing there.',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Allow Eventually on these sites' }));
    // Called before the handler returned: no await stood between the click and the request.
    expect(request).toHaveBeenCalledWith({ origins: ['https://app.slack.com/*', 'https://zulip.example.com/*'] });
    // Not granted: said, never silent.
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Your browser did not allow it/);
  });

  it('follows the background: the notice goes once the access is granted', async () => {
    await siteAccessItem.setValue([SLACK]);
    const { container } = render(<SiteAccessContainer />);
    await screen.findByRole('button', { name: 'Allow Eventually on Slack' });
    await act(() => siteAccessItem.setValue([]));
    await vi.waitFor(() => expect(container.textContent).toBe(''));
  });

  it('says why when the browser refuses to ask', async () => {
    request.mockRejectedValue(new Error('permissions.request may only be called from a user input handler'));
    await siteAccessItem.setValue([SLACK]);
    render(<SiteAccessContainer />);
    fireEvent.click(await screen.findByRole('button', { name: 'Allow Eventually on Slack' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Your browser would not ask: permissions.request may only be called from a user input handler',
    );
  });
});
