/**
 * The chat helper's wiring in one frame (happy-dom, a Mattermost-like textarea page): what is
 * held, what goes through, what the prompt's actions do, and that an error lets the send go.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChatPromptProps } from '../../components/chat/ChatPrompt';
import type { PromptHandle } from '../../components/chat/prompt-host';
import type { MessageKind } from '../../lib/chat/decide';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { defineChatAdapter } from '../../sites/chat-common/adapter';
import {
  type ChatHelper,
  type ChatHelperDeps,
  NOTICES,
  type SendKeyMemory,
  startChatHelper,
  TEST_THROW_ATTR,
} from '../../sites/chat-common/controller';
import { defineChatSite } from '../../sites/descriptor';
import { mattermost } from '../../sites/mattermost/adapter';
import { zulip } from '../../sites/zulip/adapter';

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
    box.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter', keyCode: 13, bubbles: true, ...init }));
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
      () => expect(t.handle.update).toHaveBeenLastCalledWith({ busy: false, notice: NOTICES.pressEnter }),
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
    // Nothing but a new line would be added: nothing worth copying, and the notice says what to do.
    await vi.waitFor(() =>
      expect(t.handle.update).toHaveBeenLastCalledWith({ busy: false, notice: NOTICES.noClipboard }),
    );
    expect(t.deps.copy).not.toHaveBeenCalled();
    expect(t.box.value).toBe('hi');
  });

  it('copies only the added text when the box cannot be edited, never the draft again', async () => {
    const settings = structuredClone(DEFAULT_SETTINGS);
    settings.templates.chatQuestion = 'Is the doc ready?';
    const t = setup({}, settings);
    const broken = { ...(await import('../../sites/mattermost/adapter')).mattermost, insertText: async () => false };
    t.deps.adapter = () => broken;
    t.type('hi');
    t.enter();
    t.current()!.onAddQuestion();
    await vi.waitFor(() =>
      expect(t.handle.update).toHaveBeenLastCalledWith({ busy: false, notice: NOTICES.clipboard }),
    );
    const copied = vi.mocked(t.deps.copy).mock.lastCall?.[0] ?? '';
    expect(copied).toContain('Is the doc ready?');
    expect(copied).not.toContain('hi');
    expect(NOTICES.clipboard).toMatch(/added text/);
  });

  it('acts on the box the page re-rendered, not the detached one, so the draft is not doubled', async () => {
    const t = setup();
    t.type('hi');
    t.enter();
    // The page draws its message box again (same conversation, same draft).
    const fresh = t.box.cloneNode() as HTMLTextAreaElement;
    fresh.value = t.box.value;
    t.box.replaceWith(fresh);
    t.current()!.onAddQuestion();
    await vi.waitFor(() => expect(fresh.value).toBe('hi\n'));
    expect(t.box.isConnected).toBe(false);
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

  it('reports "partly recognised" once when the box has no send button, saying what that costs', async () => {
    const t = setup();
    helper?.stop();
    document.querySelector('#send')!.remove();
    const reportStatus = vi.fn();
    helper = startChatHelper({ ...t.deps, reportStatus });
    t.type('hello, is staging green?');
    t.enter();
    t.enter();
    expect(reportStatus).toHaveBeenCalledTimes(1);
    expect(reportStatus).toHaveBeenCalledWith(
      'mattermost',
      'partly-recognised',
      'no send button found: a click on Send is not held; Enter still is',
    );
  });
});

/**
 * The send key: Enter, or Ctrl/Cmd+Enter (then Enter is a new line). Zulip's default is
 * Ctrl+Enter and its page says otherwise only while the send options popover is open; the
 * person's own sends teach the rest (docs/research/live-dom-evidence.md).
 */
describe('the send key, learned from real signals', () => {
  const ZULIP_PAGE = `
    <form id="send_message_form"><textarea id="compose-textarea" name="content"></textarea>
      <button type="submit" id="compose-send-button">Send</button><button type="button" id="send_later">⋮</button></form>`;

  function zulipLike(options: { enterSends: boolean; adapter?: ChatHelperDeps['adapter']; memory?: SendKeyMemory }) {
    helper?.stop();
    document.body.innerHTML = ZULIP_PAGE;
    const box = document.querySelector<HTMLTextAreaElement>('#compose-textarea')!;
    const button = document.querySelector<HTMLButtonElement>('#compose-send-button')!;
    const app = { enterSends: options.enterSends };
    const sent: string[] = [];
    const send = () => {
      if (box.value.trim() === '') return;
      sent.push(box.value.replace(/\n+$/, ''));
      box.value = '';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    };
    // The app: its send key sends; a plain Enter in Ctrl+Enter mode is a new line.
    box.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.shiftKey) return;
      const command = event.ctrlKey || event.metaKey;
      if (app.enterSends !== command) {
        event.preventDefault();
        send();
      } else if (!command) {
        box.value += '\n';
      }
    });
    button.addEventListener('click', send);
    const prompts: ChatPromptProps[] = [];
    const handle: PromptHandle = {
      host: document.createElement('div'),
      update: vi.fn(),
      focus: vi.fn(),
      hasFocus: () => false,
      close: vi.fn(),
    };
    helper = startChatHelper({
      win: window,
      adapter: options.adapter ?? (() => zulip),
      settings: () => DEFAULT_SETTINGS,
      classify: (text): MessageKind => (/^(hi|hello|hey)\W*$/i.test(text.trim()) ? 'greeting-only' : 'ok'),
      record: vi.fn(),
      reportStatus: vi.fn(),
      updateSettings: vi.fn(async () => {}),
      copy: vi.fn(async () => true),
      openSettings: vi.fn(),
      openPrompt: vi.fn((_anchor: Element, p: ChatPromptProps) => {
        prompts.push(p);
        return handle;
      }),
      now: () => Date.UTC(2026, 10, 23, 12),
      interceptSynthetic: true,
      layoutCheckMs: 60_000,
      sendKeyMemory: options.memory,
    });
    const type = (text: string) => {
      box.focus();
      box.value += text;
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
      box.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter', keyCode: 13, bubbles: true, ...init }));
      return event;
    };
    return { box, button, sent, prompts, app, type, enter };
  }

  it('a default Zulip: a plain Enter after "hi" is a new line, never held; Ctrl+Enter and the Send button are', () => {
    const t = zulipLike({ enterSends: false });
    t.type('hi');
    expect(t.enter().defaultPrevented).toBe(false);
    expect(t.box.value).toBe('hi\n');
    expect(t.prompts).toHaveLength(0);
    expect(t.enter({ ctrlKey: true }).defaultPrevented).toBe(true);
    expect(t.prompts).toHaveLength(1);
    expect(t.sent).toEqual([]);
    // Held once: the next Ctrl+Enter sends.
    t.enter({ ctrlKey: true });
    expect(t.sent).toEqual(['hi']);
    t.type('hey');
    t.button.click();
    expect(t.prompts).toHaveLength(2);
    expect(t.sent).toEqual(['hi']);
  });

  it('a Zulip set to Enter-to-send: the first plain Enter goes, is seen to send, and remembered', async () => {
    const saved: string[] = [];
    const t = zulipLike({
      enterSends: true,
      memory: { load: async () => null, save: (key) => void saved.push(key) },
    });
    t.type('hi');
    t.enter();
    expect(t.sent).toEqual(['hi']);
    expect(t.prompts).toHaveLength(0);
    await vi.waitFor(() => expect(saved).toEqual(['enter']));
    t.type('hi');
    expect(t.enter().defaultPrevented).toBe(true);
    expect(t.prompts).toHaveLength(1);
    expect(t.sent).toEqual(['hi']);
  });

  it('a box emptied by the Send button after a plain Enter teaches nothing about Enter', async () => {
    const saved: string[] = [];
    const t = zulipLike({ enterSends: false, memory: { load: async () => null, save: (key) => void saved.push(key) } });
    t.type('hi');
    t.enter();
    expect(t.box.value).toBe('hi\n');
    t.button.click();
    expect(t.prompts).toHaveLength(1);
    t.button.click();
    expect(t.sent).toEqual(['hi']);
    await new Promise((resolve) => setTimeout(resolve, 100));
    t.type('hi');
    expect(t.enter().defaultPrevented).toBe(false);
    expect(t.prompts).toHaveLength(1);
    expect(saved).toEqual([]);
  });

  it('reads the Enter-to-send radio of the send options popover when the person changes it', () => {
    const t = zulipLike({ enterSends: true });
    document.body.insertAdjacentHTML(
      'beforeend',
      `<div id="send_later_popover"><label class="enter_sends_choice"><input type="radio" name="enter_sends_choice" value="true" id="yes" /></label>
        <label class="enter_sends_choice"><input type="radio" name="enter_sends_choice" value="false" checked /></label></div>`,
    );
    const yes = document.querySelector<HTMLInputElement>('#yes')!;
    yes.checked = true;
    yes.dispatchEvent(new Event('change', { bubbles: true }));
    document.querySelector('#send_later_popover')!.remove();
    t.type('hi');
    expect(t.enter().defaultPrevented).toBe(true);
    expect(t.prompts).toHaveLength(1);
  });

  it('reads the popover’s radio on any click while it is open (the choice already set fires no change)', () => {
    const t = zulipLike({ enterSends: true });
    document.body.insertAdjacentHTML(
      'beforeend',
      `<div id="send_later_popover"><label class="enter_sends_choice" id="pick"><input type="radio" name="enter_sends_choice" value="true" checked /></label>
        <label class="enter_sends_choice"><input type="radio" name="enter_sends_choice" value="false" /></label></div>`,
    );
    document.querySelector<HTMLElement>('#pick')!.click();
    document.querySelector('#send_later_popover')!.remove();
    t.type('hi');
    expect(t.enter().defaultPrevented).toBe(true);
    expect(t.prompts).toHaveLength(1);
  });

  it('starts from what this origin taught before (the session memory)', async () => {
    const t = zulipLike({ enterSends: true, memory: { load: async () => 'enter', save: () => {} } });
    await Promise.resolve();
    await Promise.resolve();
    t.type('hi');
    expect(t.enter().defaultPrevented).toBe(true);
    expect(t.prompts).toHaveLength(1);
  });

  it('a quick next message that starts like the sent one is not mistaken for the draft staying', async () => {
    const t = zulipLike({ enterSends: true, adapter: () => mattermostOnZulipPage });
    t.type('hi');
    t.enter();
    expect(t.prompts).toHaveLength(1);
    t.enter();
    expect(t.sent).toEqual(['hi']);
    t.type('hi Sam, the notes are in the doc');
    await new Promise((resolve) => setTimeout(resolve, 1700));
    t.enter();
    t.type('hi');
    expect(t.enter().defaultPrevented).toBe(true);
    expect(t.prompts).toHaveLength(2);
  });

  it('an Enter-by-default site set to Ctrl+Enter: the second Enter always goes, and is learned', async () => {
    // Slack's case: nothing in the page says "Ctrl+Enter to send"; a held "hi" is never stuck.
    const t = zulipLike({ enterSends: false, adapter: () => mattermostOnZulipPage });
    t.type('hi');
    expect(t.enter().defaultPrevented).toBe(true);
    expect(t.prompts).toHaveLength(1);
    expect(t.enter().defaultPrevented).toBe(false);
    expect(t.box.value).toBe('hi\n');
    // The draft stayed with a new line when the key came up: a plain Enter does not send here.
    t.type('where are the notes?');
    t.box.value = '';
    t.box.dispatchEvent(new Event('input', { bubbles: true }));
    t.type('hi');
    expect(t.enter().defaultPrevented).toBe(false);
    expect(t.prompts).toHaveLength(1);
    t.box.value = 'hey';
    expect(t.enter({ ctrlKey: true }).defaultPrevented).toBe(true);
    expect(t.prompts).toHaveLength(2);
  });
});

/** An Enter-by-default adapter (like Slack's) over the Zulip page's landmarks. */
const mattermostOnZulipPage = defineChatAdapter({
  site: defineChatSite({ id: 'slack', editor: 'textarea', hosts: ['zulip.example.com'], fixtures: [] }),
  selectors: {
    editable: ['textarea#compose-textarea'],
    box: ['form#send_message_form'],
    sendButton: ['button#compose-send-button'],
    suggestion: [],
  },
  conversationId: () => null,
});
