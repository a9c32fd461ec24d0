/**
 * The chat sentinel (sites/chat-common/sentinel.ts): listens, loads the main code only when
 * someone types, holds a possible bare greeting only while that code loads, and fails open.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ChatMain, type ChatSentinel, REPLAY_BOUND_MS, startChatSentinel } from '../../sites/chat-common/sentinel';

let sentinel: ChatSentinel | null = null;
afterEach(() => {
  sentinel?.stop();
  sentinel = null;
  vi.useRealTimers();
  document.body.innerHTML = '';
});

function box(text: string): HTMLTextAreaElement {
  document.body.innerHTML = '<textarea></textarea><div id="plain"></div>';
  const area = document.querySelector('textarea')!;
  area.value = text;
  return area;
}

function enter(target: Element, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

/** Enters that reach the page's own listener (after ours), with whether we stopped them. */
function pageEnters(target: Element): { trusted: boolean }[] {
  const seen: { trusted: boolean }[] = [];
  target.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Enter') seen.push({ trusted: event.isTrusted });
  });
  return seen;
}

function start(loadMain: () => Promise<boolean>) {
  const load = vi.fn(loadMain);
  sentinel = startChatSentinel(window, { loadMain: load, interceptSynthetic: true });
  return load;
}

describe('the chat sentinel', () => {
  it('loads nothing for keys, clicks and focus outside a message box', () => {
    box('hi');
    const load = start(async () => true);
    const plain = document.getElementById('plain')!;
    plain.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    plain.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    plain.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    plain.click();
    expect(load).not.toHaveBeenCalled();
  });

  it('fetches the main code while idle in a loaded frame that shows a message box, and in no other', async () => {
    document.body.innerHTML = '<div>an ad</div>';
    const load = start(async () => true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(load).not.toHaveBeenCalled();
    sentinel!.stop();
    box('');
    const withBox = start(async () => true);
    await vi.waitFor(() => expect(withBox).toHaveBeenCalledTimes(1));
  });

  it('loads the main code once when a message box gets focus', () => {
    const area = box('');
    const load = start(async () => true);
    area.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    area.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('holds an Enter while the main code loads, then lets the main code decide it', async () => {
    const area = box('hi');
    const replayEnter = vi.fn(() => true);
    const load = start(async () => {
      await Promise.resolve(); // an import resolves later
      sentinel!.attach({ ready: Promise.resolve(), replayEnter } satisfies ChatMain);
      return true;
    });
    const event = enter(area);
    expect(event.defaultPrevented).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(replayEnter).toHaveBeenCalledWith(area));
  });

  it('presses Enter again as typed when the main code cannot load (fail open), then stops holding', async () => {
    const area = box('hi');
    start(async () => false);
    const seen = pageEnters(area);
    const event = enter(area);
    expect(event.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    // The next Enter goes straight through.
    const next = enter(area);
    expect(next.defaultPrevented).toBe(false);
    expect(seen).toHaveLength(2);
  });

  it('presses Enter again as typed when the main code takes longer than the bound', async () => {
    vi.useFakeTimers();
    const area = box('hi');
    start(() => new Promise<boolean>(() => undefined));
    const seen = pageEnters(area);
    enter(area);
    expect(seen).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(REPLAY_BOUND_MS);
    expect(seen).toHaveLength(1);
  });

  it('lets a second Enter through, and then does not replay the first', async () => {
    vi.useFakeTimers();
    const area = box('hi');
    start(() => new Promise<boolean>(() => undefined));
    const seen = pageEnters(area);
    expect(enter(area).defaultPrevented).toBe(true);
    expect(enter(area).defaultPrevented).toBe(false);
    await vi.advanceTimersByTimeAsync(REPLAY_BOUND_MS * 2);
    expect(seen).toHaveLength(1);
  });

  it('never holds a message with context, an empty box, Shift+Enter or IME composition', () => {
    const area = box('x'.repeat(600));
    start(() => new Promise<boolean>(() => undefined));
    expect(enter(area).defaultPrevented).toBe(false);
    area.value = '   ';
    expect(enter(area).defaultPrevented).toBe(false);
    area.value = 'hi';
    expect(enter(area, { shiftKey: true }).defaultPrevented).toBe(false);
    expect(enter(area, { isComposing: true }).defaultPrevented).toBe(false);
  });

  it('hands events to the main code once it has attached, and only Enter, Escape and Tab keys', async () => {
    const area = box('hi');
    start(async () => true);
    const keydown = vi.fn();
    const focusin = vi.fn();
    sentinel!.relay.addEventListener('keydown', keydown, true);
    sentinel!.relay.addEventListener('focusin', focusin, true);
    for (const key of ['a', 'Enter', 'Escape', 'Tab', 'b'])
      area.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    area.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(keydown.mock.calls.map(([event]) => (event as KeyboardEvent).key)).toEqual(['Enter', 'Escape', 'Tab']);
    expect(focusin).toHaveBeenCalledTimes(1);
  });
});

describe('the chat sentinel asked for a layout report (the popup)', () => {
  const reply = { site: 'slack' as const, label: 'Slack', report: '<!-- Eventually layout report v1; site: slack -->' };

  it('loads the main code and answers with the report it builds', async () => {
    document.body.innerHTML = '<div>no message box yet</div>';
    let main: ChatMain | null = null;
    const load = start(async () => {
      main = { ready: Promise.resolve(), replayEnter: () => true, layoutReport: () => reply };
      sentinel!.attach(main);
      return true;
    });
    await expect(sentinel!.layoutReport()).resolves.toEqual(reply);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('answers null, never throws, when the main code cannot load', async () => {
    document.body.innerHTML = '<div>no message box yet</div>';
    start(async () => {
      throw new Error('blocked');
    });
    await expect(sentinel!.layoutReport()).resolves.toBeNull();
  });

  it('leaves a frame without a message box silent and unloaded (another frame of the tab answers)', () => {
    document.body.innerHTML = '<div>an ad</div>';
    // A frame inside the page: its `top` is another window.
    const framed = new Proxy(window, {
      get: (target, name) => {
        if (name === 'top') return {};
        const value = Reflect.get(target, name);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const load = vi.fn(async () => true);
    sentinel = startChatSentinel(framed, { loadMain: load });
    expect(sentinel.layoutReport()).toBeUndefined();
    expect(load).not.toHaveBeenCalled();
    document.body.innerHTML = '<textarea></textarea>';
    expect(sentinel.layoutReport()).toBeInstanceOf(Promise);
  });
});
