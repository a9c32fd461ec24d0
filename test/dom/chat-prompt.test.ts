import { fireEvent, within } from '@testing-library/dom';
import { describe, expect, it, vi } from 'vitest';
import {
  type ChatPromptProps,
  MENU_LABELS,
  promptCopy,
  promptHint,
  renderChatPrompt,
} from '../../components/chat/ChatPrompt';
import { openChatPrompt, PROMPT_NAME, pageTheme } from '../../components/chat/prompt-host';
import { HOST_TAG } from '../../components/in-page/shadow-host';
import { promptProps } from './chat-prompt-props';

function mount(over: Partial<ChatPromptProps> = {}) {
  const container = document.createElement('div');
  document.body.append(container);
  const p = promptProps(over);
  const view = renderChatPrompt(container, p);
  return { p, view, ui: within(container), container };
}

describe('ChatPrompt', () => {
  it('says one kind sentence and offers the two actions', () => {
    const { ui, p } = mount();
    const dialog = ui.getByRole('dialog', { name: 'Eventually' });
    expect(dialog.textContent).toContain(promptCopy('greeting-only').sentence);
    expect(promptCopy('greeting-only').sentence).not.toMatch(/don.t greet|rude|please stop/i);
    fireEvent.click(ui.getByRole('button', { name: 'Add my question' }));
    fireEvent.click(ui.getByRole('button', { name: /Send anyway/ }));
    expect(p.onAddQuestion).toHaveBeenCalledOnce();
    expect(p.onSendAnyway).toHaveBeenCalledOnce();
  });

  it('announces itself in a polite live region a moment after it appears, and leaves the focus where it is', async () => {
    const box = document.createElement('textarea');
    document.body.append(box);
    box.focus();
    const { ui } = mount();
    const live = ui.getByRole('status');
    expect(live.getAttribute('aria-live')).toBe('polite');
    // Empty when it arrives: a region that comes with its text is often not read.
    expect(live.textContent).toBe('');
    await vi.waitFor(() => expect(live.textContent).toBe(`${promptCopy('greeting-only').sentence} ${promptHint()}`));
    expect(document.activeElement).toBe(box);
    box.remove();
  });

  it('Tab meets the two choices first, then ⋯ and ×; Shift+Tab from the first hands the keyboard back to the box', () => {
    const { container, p } = mount({ onFocusBox: vi.fn() });
    const order = [...container.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent);
    expect(order).toEqual(['Add my question', 'Send anyway Enter', 'More options', 'Close (Esc)']);
    const [primary, secondary] = [...container.querySelectorAll('button')];
    secondary!.focus();
    expect(fireEvent.keyDown(secondary!, { key: 'Tab', shiftKey: true })).toBe(true);
    expect(p.onFocusBox).not.toHaveBeenCalled();
    primary!.focus();
    expect(fireEvent.keyDown(primary!, { key: 'Tab', shiftKey: true })).toBe(false);
    expect(p.onFocusBox).toHaveBeenCalledOnce();
    // Tab on the last one is the browser's: out of the prompt, nothing held.
    const close = within(container).getByRole('button', { name: 'Close (Esc)' });
    close.focus();
    expect(fireEvent.keyDown(close, { key: 'Tab' })).toBe(true);
  });

  it('offers the written-question template for a call request', () => {
    const { ui } = mount({ kind: 'call-request' });
    expect(ui.getByRole('dialog').textContent).toContain('Could this be a written question?');
    expect(ui.getByRole('button', { name: 'Write it as a question' })).toBeTruthy();
  });

  it('does not take the caret out of the message box when clicked (mousedown is prevented)', () => {
    const { ui } = mount();
    const event = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    ui.getByRole('button', { name: 'Add my question' }).dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('closes on Escape and on the close button', () => {
    const { ui, p } = mount();
    fireEvent.keyDown(ui.getByRole('button', { name: 'Add my question' }), { key: 'Escape' });
    fireEvent.click(ui.getByRole('button', { name: 'Close (Esc)' }));
    expect(p.onClose).toHaveBeenCalledTimes(2);
  });

  it('keeps mute, snooze and settings in a small menu; Escape closes the menu first', () => {
    const { ui, p } = mount();
    const more = ui.getByRole('button', { name: 'More options' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(ui.queryByRole('menu')).toBeNull();
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(ui.getByRole('menu'), { key: 'Escape' });
    expect(ui.queryByRole('menu')).toBeNull();
    expect(p.onClose).not.toHaveBeenCalled();
    fireEvent.click(more);
    fireEvent.click(ui.getByRole('menuitem', { name: MENU_LABELS.mute }));
    expect(p.onMute).toHaveBeenCalledOnce();
    expect(ui.queryByRole('menu')).toBeNull();
    fireEvent.click(more);
    fireEvent.click(ui.getByRole('menuitem', { name: MENU_LABELS.snooze }));
    fireEvent.click(more);
    fireEvent.click(ui.getByRole('menuitem', { name: MENU_LABELS.settings }));
    expect(p.onSnooze).toHaveBeenCalledOnce();
    expect(p.onOpenSettings).toHaveBeenCalledOnce();
  });

  it('offers no mute where the conversation has no stable id', () => {
    const { ui } = mount({ canMute: false });
    fireEvent.click(ui.getByRole('button', { name: 'More options' }));
    expect(ui.queryByRole('menuitem', { name: MENU_LABELS.mute })).toBeNull();
    expect(ui.getByRole('menuitem', { name: MENU_LABELS.snooze })).toBeTruthy();
  });

  it('shows a notice and disables the actions while busy', () => {
    const { ui, view } = mount();
    expect(ui.queryByRole('alert')).toBeNull();
    view.update({ notice: 'Press Enter to send.', busy: true });
    expect(ui.getByRole('alert').textContent).toBe('Press Enter to send.');
    expect((ui.getByRole('button', { name: 'Add my question' }) as HTMLButtonElement).disabled).toBe(true);
    view.update({ notice: null, busy: false, theme: 'dark' });
    expect(ui.queryByRole('alert')).toBeNull();
    expect(ui.getByRole('dialog').className).toContain('ev-dark');
  });
});

describe('openChatPrompt', () => {
  it('attaches above its anchor in an isolated shadow root, and goes away on close', () => {
    const anchor = document.createElement('div');
    document.body.append(anchor);
    anchor.getBoundingClientRect = () =>
      ({
        top: 600,
        bottom: 680,
        left: 240,
        right: 900,
        width: 660,
        height: 80,
        x: 240,
        y: 600,
        toJSON() {},
      }) as DOMRect;
    const handle = openChatPrompt(anchor, promptProps());
    const host = document.querySelector(`${HOST_TAG}[data-eventually="${PROMPT_NAME}"]`) as HTMLElement;
    expect(host).toBe(handle.host);
    expect(host.style.position).toBe('fixed');
    expect(host.style.left).toBe('240px');
    expect(host.style.width).toBe('480px');
    expect(host.style.bottom).toBe(`${window.innerHeight - 600 + 6}px`);
    expect(host.shadowRoot?.querySelector('[role=dialog]')).toBeTruthy();
    // Events inside stop at the host: the site never sees our clicks or keys.
    const seen = vi.fn();
    document.body.addEventListener('keydown', seen);
    host
      .shadowRoot!.querySelector('button')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    expect(seen).not.toHaveBeenCalled();
    handle.close();
    expect(document.querySelector(HOST_TAG)).toBeNull();
  });

  it('reads light or dark from what the page paints', () => {
    const dark = document.createElement('div');
    dark.style.backgroundColor = 'rgb(49, 51, 56)';
    const inner = document.createElement('div');
    dark.append(inner);
    document.body.append(dark);
    expect(pageTheme(inner)).toBe('dark');
    dark.style.backgroundColor = 'rgb(255, 255, 255)';
    expect(pageTheme(inner)).toBe('light');
  });
});
