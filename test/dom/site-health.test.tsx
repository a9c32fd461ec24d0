/** The per-site status list of the popup and the options page. */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SiteHealth } from '../../components/popup/SiteHealth';

const NOW = Date.UTC(2026, 11, 6, 12);

describe('SiteHealth', () => {
  it('lists each site as working, partly recognised (with what is missing) or not recognised, with when last seen', () => {
    render(
      <SiteHealth
        now={NOW}
        statuses={[
          { site: 'slack', status: 'ok', detail: '', at: NOW - 5 * 60_000 },
          {
            site: 'teams',
            status: 'partly-recognised',
            detail: 'no send button found: a click on Send is not held; Enter still is',
            at: NOW - 2 * 3_600_000,
          },
          { site: 'google-calendar', status: 'layout-not-recognised', detail: '', at: NOW - 3 * 86_400_000 },
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Google Calendar: layout not recognised, so Eventually stays out of the way there · last seen 3 days ago',
      'Microsoft Teams: partly recognised (no send button found: a click on Send is not held; Enter still is) · last seen 2 hours ago',
      'Slack: working · last seen 5 minutes ago',
    ]);
  });

  it('shows nothing before any site was visited', () => {
    const { container } = render(<SiteHealth now={NOW} statuses={[]} />);
    expect(container.textContent).toBe('');
  });
});
