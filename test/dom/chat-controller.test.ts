/**
 * The chat helper's wiring in one frame (happy-dom, a Mattermost-like textarea page): what is
 * held, what goes through, what the prompt's actions do, and that an error lets the send go.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChatPromptProps } from '../../components/chat/ChatPrompt';
import type { PromptHandle } from '../../components/chat/prompt-host';
import type { MessageKind } from '../../lib/chat/decide';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import {
  type ChatHelper,
  type ChatHelperDeps,
  NOTICE_CLIPBOARD,
  NOTICE_PRESS_ENTER,
  startChatHelper,
  TEST_THROW_ATTR,
} from '../../sites/chat-common/controller';
import { mattermost } from '../../sites/mattermost/adapter';

const PAGE = `
  <form id="create_post"><div class="AdvancedTextEditor">
    <textarea data-testid="post_textbox" id="box"></textarea>
    <button type="button" data-testid="SendMessageButton" id="send">Send</button>
  </div></form>`;

let helper: ChatHelper | null = null;
afterEach(() => {
  helper?.stop();
  helper = null;
  document.documentElement.removeAttribute(TEST_THROW_ATTR);
});

function setup(over: Partial<ChatHelperDeps> = {}, settings: Settings = structuredClone(DEFAULT_SETTINGS)) {
  helper?.stop();
  document.body.innerHTML = PAGE;
  const box = document.querySelector<HTMLTextAreaElement>('#box')!;
  const button = document.querySelector<HTMLButtonElement>('#send')!;
  const sent: string[] = [];
  // The app: Enter (not Shift) and the button send and clear the box.
  const send = () => {
    if (box.value.trim() === '') return;
    sent.push(box.value);
    box.value = '';
    box.dispatchEvent(new Event('input', { bubbles: true }));
  };
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
      event.preventDefault();
      send();
    }
  });
  button.addEventListener('click', send);
  let current: ChatPromptProps | null = null;
  const prompts: ChatPromptProps[] = [];
  const handle: PromptHandle = {
    host: document.createElement('div'),
    update: vi.fn((next: Partial<ChatPromptProps>) => (current = { ...current!, ...next })),
    focus: vi.fn(),
    hasFocus: () => false,
    close: vi.fn(() => (current = null)),
  };
  const state = { settings };
  const deps: ChatHelperDeps = {
    win: window,
    adapter: () => mattermost,
    settings: () => state.settings,
    classify: (text): MessageKind =>
      /^(hi|hello|hey)\W*$/i.test(text.trim()) ? 'greeting-only' : /hop on a call/i.test(text) ? 'call-request' : 'ok',
    record: vi.fn(),
    reportStatus: vi.fn(),
    updateSettings: vi.fn(async (change) => {
      state.settings = change(state.settings);
    }),
    copy: vi.fn(async () => true),
    openSettings: vi.fn(),
    openPrompt: vi.fn((_anchor: Element, p: ChatPromptProps) => {
      current = p;
      prompts.push(p);
      return handle;
    }),
    now: () => Date.UTC(2026, 10, 23, 12),
    interceptSynthetic: true,
    layoutCheckMs: 10,
    ...over,
  };
  helper = startChatHelper(deps);
  const type = (text: string) => {
    box.focus();
    box.value += text;
    box.setSelectionRange(box.value.length, box.value.length);
    box.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const enter = (init: KeyboardEventInit = {}) => {
    const event = new KeyboardEvent('keydown', {
      key: 'Enter',
      keyCode: 13,
      bubbles: true,
      cancelable: true,
      ...init,
    } as KeyboardEventInit);
    box.dispatchEvent(event);
    return event;
  };
  return { box, button, sent, deps, handle, prompts, state, type, enter, current: () => current };
}

describe('the chat helper in a frame', () => {
  it('holds "hi" + Enter once, shows the prompt, counts it; Enter again sends exactly "hi"', async () => {
    const t = setup();
    t.type('hi');
    const first = t.enter();
    expect(first.defaultPrevented).toBe(true);
    expect(t.sent).toEqual([]);
    expect(t.prompts).toHaveLength(1);
    expect(t.prompts[0]).toMatchObject({ kind: 'greeting-only', canMute: false });
    expect(t.deps.record).toHaveBeenCalledWith('prompt-shown', 'mattermost', '');
    const second = t.enter();
    expect(second.defaultPrevented).toBe(true); // by the app's own handler, which sent it
    expect(t.sent).toEqual(['hi']);
    expect(t.handle.close).toHaveBeenCalled();
    await vi.waitFor(() => expect(t.deps.record).toHaveBeenCalledWith('sent-anyway', 'mattermost', ''));
  });

  it('asks no more in a conversation where the person sent anyway three times that day', async () => {
    window.history.pushState({}, '', '/team/channels/town-square');
    try {
      const t = setup();
      for (let round = 1; round <= 3; round++) {
        t.type('hi');
        expect(t.enter().defaultPrevented).toBe(true);
        expect(t.prompts).toHaveLength(round);
        t.enter();
        await vi.waitFor(() =>
          expect(t.state.settings.sentAnyway[Object.keys(t.state.settings.sentAnyway)[0] ?? '']).toHaveLength(round),
        );
      }
      t.type('hi');
      t.enter();
      expect(t.prompts).toHaveLength(3);
      expect(t.sent).toEqual(['hi', 'hi', 'hi', 'hi']);
      // With the setting at 0, the prompt keeps asking.
      const u = setup({}, { ...structuredClone(t.state.settings), quietAfterSendAnyway: 0 });
      u.type('hi');
      expect(u.enter().defaultPrevented).toBe(true);
      expect(u.prompts).toHaveLength(1);
    } finally {
      window.history.pushState({}, '', '/');
    }
  });

  it('lets a full message, Shift+Enter, IME Enter and keyCode 229 through untouched', () => {
    const t = setup();
    t.type('hi');
    expect(t.enter({ shiftKey: true }).defaultPrevented).toBe(false);
    expect(t.enter({ isComposing: true }).defaultPrevented).toBe(false);
    expect(t.enter({ keyCode: 229 } as KeyboardEventInit).defaultPrevented).toBe(false);
    expect(t.prompts).toHaveLength(0);
    t.box.value = '';
    t.type('hi, is the deploy green?');
    t.enter();
    expect(t.sent).toEqual(['hi, is the deploy green?']);
    expect(t.prompts).toHaveLength(0);
  });

  it('fails open: an error in our code never stops the send', () => {
    const t = setup({
      classify: () => {
        throw new Error('boom');
      },
    });
    t.type('hi');
    t.enter();
    expect(t.sent).toEqual(['hi']);
    const u = setup();
    document.documentElement.setAttribute(TEST_THROW_ATTR, '');
    u.type('hi');
    u.enter();
    expect(u.sent).toEqual(['hi']);
    const v = setup({
      openPrompt: () => {
        throw new Error('no UI');
      },
    });
    document.documentElement.removeAttribute(TEST_THROW_ATTR);
    v.type('hello');
    expect(v.enter().defaultPrevented).toBe(true);
    expect(v.sent).toEqual(['hello']);
  });

  it('holds a click on the send button, and the next click sends', () => {
    const t = setup();
    t.type('hey');
    t.button.click();
    expect(t.sent).toEqual([]);
    expect(t.prompts).toHaveLength(1);
    t.button.click();
    expect(t.sent).toEqual(['hey']);
  });

  it('"Send anyway" clicks the send button and closes the prompt once the box empties', async () => {
    const t = setup();
    t.type('hi');
    t.enter();
    t.current()!.onSendAnyway();
    await vi.waitFor(() => expect(t.sent).toEqual(['hi']));
    await vi.waitFor(() => expect(t.handle.close).toHaveBeenCalled());
    expect(t.deps.record).toHaveBeenCalledWith('sent-anyway', 'mattermost', '');
  });

  it('"Send anyway" that the site ignores says "Press Enter to send." and the next Enter goes', async () => {
    const t = setup();
    t.button.replaceWith(t.button.cloneNode(true)); // a button that does nothing
    t.type('hi');
    t.enter();
    t.current()!.onSendAnyway();
    await vi.waitFor(
      () => expect(t.handle.update).toHaveBeenLastCalledWith({ busy: false, notice: NOTICE_PRESS_ENTER }),
      { timeout: 2000 },
    );
    t.enter();
    expect(t.sent).toEqual(['hi']);
  });

  it('"Add my question" adds a new line after the greeting and puts the caret there', async () => {
    const t = setup();
    t.type('hi');
    t.enter();
    t.current()!.onAddQuestion();
    await vi.waitFor(() => expect(t.box.value).toBe('hi\n'));
    await vi.waitFor(() => expect(t.handle.close).toHaveBeenCalled());
    expect(t.box.selectionStart).toBe(3);
    t.type('is the doc ready?');
    t.enter();
    expect(t.sent).toEqual(['hi\nis the doc ready?']);
    await vi.waitFor(() => expect(t.deps.record).toHaveBeenCalledWith('rewritten', 'mattermost', ''));
  });

  it('"Add my question" that cannot edit the box copies the text and says so', async () => {
    const t = setup();
    const broken = { ...(await import('../../sites/mattermost/adapter')).mattermost, insertText: async () => false };
    t.deps.adapter = () => broken;
    t.type('hi');
    t.enter();
    t.current()!.onAddQuestion();
    await vi.waitFor(() => expect(t.handle.update).toHaveBeenLastCalledWith({ busy: false, notice: NOTICE_CLIPBOARD }));
    expect(t.deps.copy).toHaveBeenCalledWith('hi\n');
    expect(t.box.value).toBe('hi');
  });

  it('a call request gets the written-question template', async () => {
    const t = setup();
    t.type('can we hop on a call?');
    t.enter();
    expect(t.prompts[0]!.kind).toBe('call-request');
    t.current()!.onAddQuestion();
    await vi.waitFor(() =>
      expect(t.box.value).toBe(`can we hop on a call?\n${DEFAULT_SETTINGS.templates.callToAsync}`),
    );
    expect(t.box.selectionStart).toBe('can we hop on a call?\nTopic: '.length);
  });

  it('typing closes the prompt; an emptied box is a new draft, held again', () => {
    const t = setup();
    t.type('hi');
    t.enter();
    t.type(' there');
    expect(t.handle.close).toHaveBeenCalled();
    t.box.value = '';
    t.box.dispatchEvent(new Event('input', { bubbles: true }));
    t.type('hello');
    expect(t.enter().defaultPrevented).toBe(true);
    expect(t.sent).toEqual([]);
    expect(t.prompts).toHaveLength(2);
  });

  it('snooze and mute change the settings; the helper then stays out of the way', async () => {
    const t = setup();
    t.type('hi');
    t.enter();
    t.current()!.onSnooze();
    await vi.waitFor(() => expect(t.state.settings.chatSnoozedUntil).toBe(Date.UTC(2026, 10, 23, 13)));
    t.box.value = '';
    t.type('hey');
    t.enter();
    expect(t.sent).toEqual(['hey']);
    expect(t.prompts).toHaveLength(1);
  });

  it('reports "ok" once it finds a box, and a missing box as layout-not-recognised', async () => {
    const t = setup();
    await vi.waitFor(() => expect(t.deps.reportStatus).toHaveBeenCalledWith('mattermost', 'ok', ''));
    helper?.stop();
    document.body.innerHTML = '<p>no composer</p>';
    const reportStatus = vi.fn();
    helper = startChatHelper({
      ...t.deps,
      reportStatus,
      adapter: () => ({ ...mattermost, expectsComposer: () => true }),
    });
    await vi.waitFor(() =>
      expect(reportStatus).toHaveBeenCalledWith(
        'mattermost',
        'layout-not-recognised',
        expect.stringContaining('No message box'),
      ),
    );
  });
});
