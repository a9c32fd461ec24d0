/**
 * In-page actions react to the person's own input only (issue 12, item 9): a host page's
 * script that finds our buttons and dispatches a click (untrusted) mutes, snoozes or sends
 * nothing. happy-dom makes every event untrusted, so the test build's allowance is turned off.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openChatPrompt } from '../../components/chat/prompt-host';
import { acceptSyntheticEventsInTests } from '../../components/in-page/trusted';
import { promptProps } from './chat-prompt-props';

beforeEach(() => acceptSyntheticEventsInTests(false));
afterEach(() => acceptSyntheticEventsInTests(true));

describe('a page script clicking our buttons', () => {
  it('mutes, snoozes, sends and adds nothing', () => {
    const anchor = document.createElement('div');
    document.body.append(anchor);
    const p = promptProps();
    const handle = openChatPrompt(anchor, p);
    // What a page script can do with an open root: click every button, open menus included, twice.
    for (let pass = 0; pass < 2; pass++) {
      for (const button of handle.host.shadowRoot?.querySelectorAll<HTMLElement>('button, [role=menuitem]') ?? []) {
        if (button.textContent?.includes('Send anyway') || button.getAttribute('aria-label')?.startsWith('Close'))
          continue; // Checked below, after the menu had its chance.
        button.click();
      }
    }
    for (const button of handle.host.shadowRoot?.querySelectorAll<HTMLElement>('button') ?? []) {
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    }
    expect(p.onMute).not.toHaveBeenCalled();
    expect(p.onSnooze).not.toHaveBeenCalled();
    expect(p.onSendAnyway).not.toHaveBeenCalled();
    expect(p.onAddQuestion).not.toHaveBeenCalled();
    expect(p.onOpenSettings).not.toHaveBeenCalled();
    handle.close();
  });
});
