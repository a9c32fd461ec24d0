/**
 * "Copy a layout report…" in the page: the chat prompt's ⋯ menu and the calendar panel open a
 * dialog that SHOWS the report; only the dialog's Copy button copies it. Nothing else happens.
 */
import { fireEvent, within } from '@testing-library/dom';
import { describe, expect, it, vi } from 'vitest';
import { mountCalendarOverlay, type OverlayActions, type OverlayView } from '../../components/calendar/overlay-ui';
import { OVERLAY_CSS } from '../../components/calendar/styles';
import { type ChatPromptProps, MENU_LABELS, renderChatPrompt } from '../../components/chat/ChatPrompt';
import { LAYOUT_REPORT_DIALOG, openLayoutReportDialog } from '../../components/in-page/layout-report-dialog';
import { createShadowHost } from '../../components/in-page/shadow-host';
import { buildLayoutReport } from '../../sites/layout-report';
import { promptProps } from './chat-prompt-props';

const SLACK_PAGE = `
  <main role="main"><p>Lunch with Priya Natarajan at 12?</p>
    <div class="c-wysiwyg_container"><div data-qa="message_input" data-channel-id="C0001">
      <div class="ql-editor" role="textbox" contenteditable="true" aria-label="Message Priya Natarajan"><p>hi</p></div>
    </div><button data-qa="texty_send_button" aria-label="Send now"></button></div>
  </main>`;

const dialogHost = () => document.querySelector(`[data-eventually="${LAYOUT_REPORT_DIALOG}"]`);

describe('the layout report dialog', () => {
  it('shows the report first, copies it only on the Copy click, and closes with Escape', async () => {
    document.body.innerHTML = SLACK_PAGE;
    const report = buildLayoutReport(document, 'slack');
    const copy = vi.fn(async () => true);
    const dialog = openLayoutReportDialog({ report, siteLabel: 'Slack', copy });
    const ui = within(dialog.host.shadowRoot!.querySelector<HTMLElement>('.ev-root')!);
    const shown = ui.getByRole('dialog', { name: 'Layout report: Slack' });
    expect((within(shown).getByRole('textbox') as HTMLTextAreaElement).value).toBe(report);
    expect(report).toContain('data-qa="message_input"');
    expect(report).not.toContain('Priya');
    expect(copy).not.toHaveBeenCalled();

    fireEvent.click(ui.getByRole('button', { name: 'Copy to clipboard' }));
    await vi.waitFor(() =>
      expect(ui.getByRole('status', { hidden: true }).textContent).toBe(
        'Copied. Paste it wherever you like; Eventually sends nothing.',
      ),
    );
    expect(copy).toHaveBeenCalledExactlyOnceWith(report);

    fireEvent.keyDown(shown, { key: 'Escape' });
    expect(dialogHost()).toBeNull();
  });

  it('says so, and selects the text, when the browser refuses the clipboard', async () => {
    const dialog = openLayoutReportDialog({ report: '<html></html>', siteLabel: 'Zulip', copy: async () => false });
    const ui = within(dialog.host.shadowRoot!.querySelector<HTMLElement>('.ev-root')!);
    fireEvent.click(ui.getByRole('button', { name: 'Copy to clipboard' }));
    await vi.waitFor(() =>
      expect(ui.getByRole('status', { hidden: true }).textContent).toBe(
        'The browser refused the clipboard: select the text above and copy it by hand.',
      ),
    );
    fireEvent.click(ui.getByRole('button', { name: 'Close' }));
    expect(dialogHost()).toBeNull();
  });
});

describe('the chat prompt ⋯ menu', () => {
  const openMenu = (over: Partial<ChatPromptProps>) => {
    const container = document.createElement('div');
    document.body.append(container);
    renderChatPrompt(container, promptProps(over));
    const ui = within(container);
    fireEvent.click(ui.getByRole('button', { name: 'More options' }));
    return ui;
  };

  it('has "Copy a layout report…", which asks for the report and closes the menu', () => {
    const onLayoutReport = vi.fn();
    const ui = openMenu({ onLayoutReport });
    fireEvent.click(ui.getByRole('menuitem', { name: MENU_LABELS.layoutReport }));
    expect(onLayoutReport).toHaveBeenCalledOnce();
    expect(ui.queryByRole('menu')).toBeNull();
  });

  it('has no such entry where nobody can show a report', () => {
    const ui = openMenu({});
    expect(ui.queryByRole('menuitem', { name: MENU_LABELS.layoutReport })).toBeNull();
  });
});

describe('the calendar panel', () => {
  const view: OverlayView = {
    title: 'Weekly status sync',
    level: 'needs-agenda',
    label: 'Needs an agenda',
    solo: false,
    reasons: [],
    cost: null,
    dismissed: false,
    canAddAgenda: true,
    canAskOrganizer: false,
    deadline: '',
  };
  const actions = (over: Partial<OverlayActions>): OverlayActions => ({
    addAgenda: vi.fn(async () => ({ ok: true, message: '' })),
    asyncDoc: () => '',
    shareAsyncDoc: vi.fn(async () => ({ ok: true, message: '' })),
    organizerNote: () => '',
    copyNote: vi.fn(async () => ({ ok: true, message: '' })),
    dismiss: vi.fn(),
    ...over,
  });
  const openPanel = (a: OverlayActions) => {
    const mount = createShadowHost({ css: OVERLAY_CSS, name: 'calendar-badge', inline: true });
    document.body.append(mount.host);
    const handle = mountCalendarOverlay(mount.container, a, view);
    handle.open();
    return {
      handle,
      reportButton: () => mount.shadow.querySelector<HTMLButtonElement>('[data-action="layout-report"]'),
    };
  };

  it('ends with "Copy a layout report…", which closes the panel and asks for the report', () => {
    const layoutReport = vi.fn();
    const { handle, reportButton } = openPanel(actions({ layoutReport }));
    expect(reportButton()?.textContent).toBe('Copy a layout report…');
    fireEvent.click(reportButton()!);
    expect(layoutReport).toHaveBeenCalledOnce();
    expect(handle.isOpen()).toBe(false);
  });

  it('has no such button where nobody can show a report', () => {
    expect(openPanel(actions({})).reportButton()).toBeNull();
  });
});
