/**
 * The chat sentinel: all of the chat helper that runs when a page loads (the manifest's
 * content-scripts/chat.js, in every matched frame). It registers the capture listeners at
 * document_start, before the page's own, and nothing else: the classifier's lexicon, the
 * adapters, the prompt and the settings (with zod) load only when this frame can need them
 * (an editable gets focus or Enter is pressed in one, or the loaded frame shows a message box:
 * then while the browser is idle), in this frame only. A frame with no message box (ads,
 * embedded views, Gmail's other frames) never loads more.
 *
 * Until the main code is there:
 * - keys other than Enter are not looked at (Escape and Tab matter only with a prompt open);
 * - an Enter that could be a bare greeting (a trusted, plain Enter in a short, non-empty
 *   draft) is held for at most REPLAY_BOUND_MS while the main code loads, then decided as if
 *   just pressed (the prompt, or the Enter pressed again for the person);
 * - fail open: if the main code cannot load in that time, the Enter is pressed again as typed;
 *   a second Enter, typing, or anything else we do not recognise goes through untouched.
 */
import type { LayoutReportReply } from '../../lib/tab-messages';
import { replayEnter } from './keys';

/** What the on-demand main code (entrypoints/chat-main.ts) hands the sentinel once running. */
export interface ChatMain {
  /** Settles once settings are read (until then every Enter would go through). */
  ready: Promise<unknown>;
  replayEnter(target: HTMLElement): boolean;
  /** The layout report of this frame, or null when no site is known here. */
  layoutReport?(): LayoutReportReply | null;
}

type Listener = (event: Event) => void;

/** The sentinel's listeners call the main code's through this (see ChatHelperDeps.listenOn). */
interface ListenerRelay {
  addEventListener(type: string, listener: Listener, capture?: boolean): void;
  removeEventListener(type: string, listener: Listener, capture?: boolean): void;
}

export interface ChatSentinel {
  relay: ListenerRelay;
  /** Called by the main code when it runs in this frame. */
  attach(main: ChatMain): void;
  /**
   * A person asked for this tab's layout report (from the popup or the options page). Only the
   * page's own frame and frames that show a message box answer (loading the main code, which
   * builds the report); any other frame returns undefined at once and loads nothing.
   */
  layoutReport(): Promise<LayoutReportReply | null> | undefined;
  stop(): void;
}

export interface ChatSentinelDeps {
  /** Ask for the main code in this frame; resolves true once it has run (and attached). */
  loadMain(): Promise<boolean>;
  /** Tests in happy-dom only: treat synthetic key events as the person's own. */
  interceptSynthetic?: boolean;
}

/**
 * Test hook on <html> (the test build only, see scripts/extension-build.mjs; the store build
 * drops it): time every keydown through our listener into `data-eventually-timings`.
 */
const TEST_HOOKS = !!import.meta.env.EVENTUALLY_TEST_HOOKS;
const TEST_TIMING_ATTR = 'data-eventually-test-timing';
const TIMINGS_ATTR = 'data-eventually-timings';

/** Longest wait for the main code before a held Enter is pressed again as typed. */
export const REPLAY_BOUND_MS = 1500;
/** Longer drafts are never held (lib/chat/classify.ts treats them as messages with context). */
const HOLDABLE_MAX_CHARS = 500;

/** The editable an event started in (inside an open shadow root too), or null. */
function editableOf(event: Event): HTMLElement | null {
  const target = (event.composedPath?.()[0] ?? event.target) as HTMLElement | null;
  if (target?.nodeType !== 1) return null;
  if (target.isContentEditable || target.tagName === 'TEXTAREA') return target;
  return null;
}

function draftOf(editable: HTMLElement): string {
  return editable.tagName === 'TEXTAREA' ? (editable as HTMLTextAreaElement).value : (editable.textContent ?? '');
}

export function startChatSentinel(win: Window, deps: ChatSentinelDeps): ChatSentinel {
  const handlers = new Map<string, Listener>();
  let main: ChatMain | null = null;
  let loading: Promise<boolean> | null = null;
  /** The main code could not load here: from now on every Enter goes through untouched. */
  let failed = false;
  /** The Enter held while the main code loads; cleared by a second Enter or by typing. */
  let held: { target: HTMLElement } | null = null;
  /** Our own replay of a held Enter is in progress: it goes through. */
  let replaying = false;

  const relay: ListenerRelay = {
    addEventListener: (type, listener) => void handlers.set(type, listener),
    removeEventListener: (type, listener) => {
      if (handlers.get(type) === listener) handlers.delete(type);
    },
  };

  function load(): Promise<boolean> {
    loading ??= deps.loadMain().then(
      (ok) => ok && main !== null,
      () => false,
    );
    void loading.then((ok) => (failed = !ok));
    return loading;
  }

  function holdForMain(event: KeyboardEvent, target: HTMLElement): void {
    const draft = draftOf(target);
    const plain = !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey && !event.repeat;
    if (!(event.isTrusted || deps.interceptSynthetic) || event.isComposing || event.keyCode === 229 || !plain) return;
    if (draft.trim() === '' || draft.length > HOLDABLE_MAX_CHARS) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const mine = { target };
    held = mine;
    let settled = false;
    const settle = (replay: () => void) => {
      if (settled) return;
      settled = true;
      if (held !== mine) return; // a second Enter or typing took over
      held = null;
      try {
        replay();
      } catch (error) {
        // Fail open: the main code failed on it, so the Enter goes out as typed.
        console.warn('[Eventually] chat helper let a held Enter through after an error', error);
        asTyped();
      }
    };
    const asTyped = () => {
      replaying = true;
      try {
        replayEnter(target);
      } finally {
        replaying = false;
      }
    };
    win.setTimeout(() => settle(asTyped), REPLAY_BOUND_MS);
    void load()
      .then(async (ok) => {
        if (!ok || !main) return settle(asTyped);
        await main.ready;
        settle(() => {
          if (!main?.replayEnter(target)) asTyped();
        });
      })
      .catch(() => settle(asTyped));
  }

  const timings: { key: string; ms: number }[] = [];
  function timedKeyDown(event: Event): void {
    const root = win.document.documentElement;
    if (!TEST_HOOKS || !root.hasAttribute(TEST_TIMING_ATTR)) {
      onKeyDown(event);
      return;
    }
    const started = performance.now();
    onKeyDown(event);
    timings.push({
      key: (event as KeyboardEvent).key === 'Enter' ? 'Enter' : 'other',
      ms: performance.now() - started,
    });
    root.setAttribute(TIMINGS_ATTR, JSON.stringify(timings.slice(-5000)));
  }

  function onKeyDown(event: Event): void {
    const key = (event as KeyboardEvent).key;
    if (key !== 'Enter' && key !== 'Escape' && key !== 'Tab') return;
    const handler = handlers.get('keydown');
    if (handler) {
      handler(event);
      return;
    }
    if (key !== 'Enter' || replaying) return;
    try {
      const target = editableOf(event);
      if (!target) return;
      if (held) {
        held = null; // a second Enter always goes through
        return;
      }
      void load();
      if (!main && !failed) holdForMain(event as KeyboardEvent, target);
    } catch {
      // never in the way
    }
  }

  function onFocusIn(event: Event): void {
    const handler = handlers.get('focusin');
    if (handler) handler(event);
    else if (!loading && editableOf(event)) void load();
  }

  function onInput(event: Event): void {
    held = null;
    handlers.get('input')?.(event);
  }

  function onClick(event: Event): void {
    handlers.get('click')?.(event);
  }

  win.addEventListener('keydown', TEST_HOOKS ? timedKeyDown : onKeyDown, true);
  win.addEventListener('focusin', onFocusIn, true);
  win.addEventListener('input', onInput, true);
  win.addEventListener('click', onClick, true);
  // A script registered at run time (self-hosted servers: document_idle) may come after focus.
  const active = win.document.activeElement as HTMLElement | null;
  if (active && (active.isContentEditable || active.tagName === 'TEXTAREA')) void load();
  // A frame that shows a message box once loaded is likely to be typed in: fetch the main code
  // while the browser is idle, so that a quick first Enter rarely waits. One query, once; a
  // frame without one loads nothing until something in it gets focus.
  const hasComposer = () => win.document.querySelector('[contenteditable="true"], textarea') !== null;
  const preloadIfComposer = () => {
    if (!loading && hasComposer()) void load();
  };
  const whenIdle = () =>
    typeof win.requestIdleCallback === 'function'
      ? win.requestIdleCallback(preloadIfComposer, { timeout: 2000 })
      : win.setTimeout(preloadIfComposer, 200);
  if (win.document.readyState === 'complete') whenIdle();
  else win.addEventListener('load', whenIdle, { once: true });

  return {
    relay,
    attach(started) {
      main = started;
    },
    layoutReport() {
      if (win !== win.top && !hasComposer()) return undefined;
      return load().then(
        async (ok) => {
          if (!ok || !main?.layoutReport) return null;
          await main.ready;
          return main.layoutReport();
        },
        () => null,
      );
    },
    stop() {
      win.removeEventListener('keydown', TEST_HOOKS ? timedKeyDown : onKeyDown, true);
      win.removeEventListener('focusin', onFocusIn, true);
      win.removeEventListener('input', onInput, true);
      win.removeEventListener('click', onClick, true);
      handlers.clear();
    },
  };
}
