/** The options page says where "Copy a layout report…" is, in the words the page uses. */
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { layoutReportLabel } from '../../components/calendar/overlay-ui';
import { MENU_LABELS } from '../../components/chat/ChatPrompt';
import { OptionsPage } from '../../components/options/OptionsPage';
import { DEFAULT_SETTINGS } from '../../lib/settings';

describe('the options page on layout reports', () => {
  it('names the in-page action as the page names it, and says nothing is sent', () => {
    render(
      <OptionsPage
        settings={DEFAULT_SETTINGS}
        onChange={vi.fn()}
        errors={{}}
        saveState="idle"
        quarantine={null}
        onDismissQuarantine={vi.fn()}
        onDownloadQuarantine={vi.fn()}
        onAddSelfHosted={vi.fn(async () => null)}
        onRemoveSelfHosted={vi.fn()}
        timeZones={['Europe/Berlin']}
        now={Date.UTC(2026, 10, 23, 12)}
      />,
    );
    const section = screen.getByRole('region', { name: 'When a site looks different' });
    expect(MENU_LABELS.layoutReport).toBe(layoutReportLabel());
    expect(section.textContent).toContain(layoutReportLabel());
    expect(section.textContent).toContain('Nothing is sent');
    expect(section.textContent).toContain('before anything is copied');
  });
});
