/**
 * The chat helper in one frame: one capture-phase keydown listener and one capture-phase
 * click listener on window, the prompt, and what its actions do. Site-agnostic: the adapter
 * says where the message box is and how to talk to its editor; lib/chat/decide.ts says
 * whether to hold.
 *
 * Fail open: every handler body is wrapped; if anything throws, the event goes on untouched
 * (preventDefault is the last thing done, only after the prompt is up). The draft is never
 * changed except by "Add my question".
 */

import type { ChatPromptProps } from '../../components/chat/ChatPrompt';
import { type PromptHandle, pageTheme } from '../../components/chat/prompt-host';
import { HOST_TAG } from '../../components/in-page/shadow-host';
import { questionInsertion, sameText } from '../../lib/chat/compose';
import {
  decideSend,
  isSendingReason,
  type KeyFacts,
  type MessageKind,
  type PromptKind,
  type SendDecision,
  type SendTrigger,
  triggerVerdict,
} from '../../lib/chat/decide';
import { conversationKey, helperGate, withMutedConversation, withSentAnyway, withSnooze } from '../../lib/chat/gate';
import type { SiteStatus } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { isTextField } from '../dom';
import type { ChatAdapter, Composer } from './adapter';
import { waitForText } from './insert';

/**
 * Test hooks on <html>, read only when a message is about to be held. A page can set them, so
 * they exist only in the test build (scripts/extension-build.mjs): in the store build the flag
 * is the constant `false` and the bundler drops every line that reads them.
 */
const TEST_HOOKS = !!import.meta.env.EVENTUALLY_TEST_HOOKS;
export const TEST_THROW_ATTR = 'data-eventually-test-throw';
const TEST_TIMING_ATTR = 'data-eventually-test-timing';
const TIMINGS_ATTR = 'data-eventually-timings';

export const NOTICE_CLIPBOARD = 'Couldn’t edit the message box here; the text is on your clipboard.';
const NOTICE_NO_CLIPBOARD = 'Couldn’t edit the message box here. Add your question, then press Enter.';
export const NOTICE_PRESS_ENTER = 'Press Enter to send.';

/** How long after a send we look for the box to empty (to count the outcome). */
const OUTCOME_MS = 1500;
/** How long "Send anyway" waits for the site to take the message. */
const SEND_ANYWAY_MS = 800;

type ChatActivity = 'prompt-shown' | 'rewritten' | 'sent-anyway';

export interface ChatHelperDeps {
  win: Window;
  /** The adapter for this frame, or null (none, or not known yet). */
  adapter(): ChatAdapter | null;
  /** Current settings, or null until loaded (everything goes through until then). */
  settings(): Settings | null;
  classify(text: string): MessageKind;
  record(kind: ChatActivity, site: ChatAdapter['id'], key: string): void;
  reportStatus(site: ChatAdapter['id'], status: SiteStatus, detail: string): void;
  updateSettings(change: (settings: Settings) => Settings): Promise<void>;
  copy(text: string): Promise<boolean>;
  openSettings(): void;
  openPrompt(anchor: Element, props: ChatPromptProps): PromptHandle;
  /** Show the layout report of this frame for `site` (the prompt's ⋯ menu); none without it. */
  showLayoutReport?(site: ChatAdapter['id']): void;
  now(): number;
  /** Tests in happy-dom only: treat synthetic key events and clicks as the person's own. */
  interceptSynthetic?: boolean;
  /** Delay before checking that a page which should have a message box has one. */
  layoutCheckMs?: number;
}

interface Draft {
  held: boolean;
  pass: boolean;
}

interface OpenPrompt {
  adapter: ChatAdapter;
  composer: Composer;
  kind: PromptKind;
  handle: PromptHandle;
  key: string;
  conversationId: string | null;
  selection: SavedSelection | null;
}

type SavedSelection = { range: Range } | { start: number; end: number };

export interface ChatHelper {
  stop(): void;
  /** Close the prompt (in-app navigation). */
  closePrompt(): void;
}

function keyFacts(event: KeyboardEvent, trustSynthetic: boolean): KeyFacts {
  return {
    key: event.key,
    shift: event.shiftKey,
    alt: event.altKey,
    ctrl: event.ctrlKey,
    meta: event.metaKey,
    isComposing: event.isComposing,
    keyCode: event.keyCode,
    repeat: event.repeat,
    trusted: event.isTrusted || trustSynthetic,
  };
}

function saveSelection(editable: HTMLElement): SavedSelection | null {
  if (isTextField(editable)) return { start: editable.selectionStart ?? 0, end: editable.selectionEnd ?? 0 };
  const selection = editable.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return editable.contains(range.startContainer) ? { range: range.cloneRange() } : null;
}

function restoreSelection(editable: HTMLElement, saved: SavedSelection | null): void {
  if (!saved) return;
  if ('range' in saved) {
    if (!editable.contains(saved.range.startContainer)) return;
    const selection = editable.ownerDocument.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(saved.range);
  } else if (isTextField(editable)) {
    editable.setSelectionRange(saved.start, saved.end);
  }
}

/** The element an event really started on (inside an open shadow root, not its host). */
function realTarget(event: Event): EventTarget | null {
  const target = event.target as Element | null;
  if (target && (target as Element).shadowRoot && typeof event.composedPath === 'function')
    return event.composedPath()[0] ?? target;
  return target;
}

function isOurs(target: EventTarget | null): boolean {
  return !!target && (target as Element).tagName === HOST_TAG.toUpperCase();
}

/** Press Enter in the box on the person's behalf ("Send anyway" where there is no button). */
function dispatchEnter(el: HTMLElement): void {
  const init: KeyboardEventInit & { keyCode: number; which: number } = {
    key: 'Enter',
    code: 'Enter',
    keyCode: 13,
    which: 13,
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  const down = new KeyboardEvent('keydown', init);
  el.dispatchEvent(down);
  // Older handlers send on keypress; only if nobody took the keydown.
  if (!down.defaultPrevented)
    el.dispatchEvent(new KeyboardEvent('keypress', { ...init, charCode: 13 } as KeyboardEventInit));
  el.dispatchEvent(new KeyboardEvent('keyup', init));
}

export function startChatHelper(deps: ChatHelperDeps): ChatHelper {
  const { win } = deps;
  const doc = win.document;
  const root = doc.documentElement;
  const drafts = new WeakMap<HTMLElement, Draft>();
  let open: OpenPrompt | null = null;
  /** Our own send in progress: its events go through. */
  let resending = false;
  /** Our own insertion in progress: its input events do not close the prompt. */
  let inserting = false;
  /** Seen here: a plain Enter made a new line, so this site sends with Ctrl/Cmd+Enter. */
  let learnedCtrlEnter = false;
  let reportedOk = false;
  const timings: { key: string; ms: number }[] = [];

  const draftOf = (editable: HTMLElement): Draft => {
    let draft = drafts.get(editable);
    if (!draft) {
      draft = { held: false, pass: false };
      drafts.set(editable, draft);
    }
    return draft;
  };

  const conversationOf = (adapter: ChatAdapter, composer: Composer) => {
    const id = adapter.conversationId(composer, win.location.href);
    return { id, key: conversationKey(adapter.id, id) };
  };

  const reportOk = (adapter: ChatAdapter) => {
    if (reportedOk) return;
    reportedOk = true;
    deps.reportStatus(adapter.id, 'ok', '');
  };

  function classifyDraft(text: string): MessageKind {
    return text.trim() === '' ? 'ok' : deps.classify(text);
  }

  // ------------------------------------------------------------------ decisions

  function decide(
    trigger: SendTrigger,
    adapter: ChatAdapter,
    composer: Composer,
    draft: Draft,
    read: () => string,
  ): SendDecision {
    const settings = deps.settings();
    if (!settings) return { action: 'let-through', reason: 'surface-off' };
    const { id } = conversationOf(adapter, composer);
    return decideSend({
      trigger,
      composer: {
        suggestionOpen: trigger.type === 'key' && adapter.isSuggestionOpen(composer),
        ctrlEnterMode: trigger.type === 'key' && (learnedCtrlEnter || adapter.ctrlEnterToSend(composer)),
        isOurResend: resending,
        heldOnce: draft.held,
        passArmed: draft.pass,
      },
      gate: helperGate(settings, { site: adapter.id, origin: win.location.origin, conversationId: id }, deps.now()),
      kind: () => classifyDraft(read()),
    });
  }

  /** One send attempt, by key or by click: decide, then hold it or let it through. */
  function holdOrLetThrough(event: Event, trigger: SendTrigger, adapter: ChatAdapter, composer: Composer): void {
    const draft = draftOf(composer.editable);
    let text: string | null = null;
    const read = () => (text ??= adapter.readText(composer));
    const decision = decide(trigger, adapter, composer, draft, read);
    if (decision.action === 'hold') hold(event, adapter, composer, draft, decision.kind);
    else letThrough(adapter, composer, draft, decision, read);
  }

  /** Show the prompt, then (only then) stop the event. Throws before stopping anything. */
  function hold(event: Event, adapter: ChatAdapter, composer: Composer, draft: Draft, kind: PromptKind): void {
    draft.held = true;
    try {
      showPrompt(adapter, composer, kind);
    } catch (error) {
      draft.held = false;
      throw error;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    deps.record('prompt-shown', adapter.id, open?.key ?? '');
  }

  /** A send we let through: for a held draft, close the prompt and count what went out. */
  function letThrough(
    adapter: ChatAdapter,
    composer: Composer,
    draft: Draft,
    decision: SendDecision,
    read: () => string,
  ): void {
    if (decision.action !== 'let-through' || !isSendingReason(decision.reason)) return;
    // Our own "Send anyway" watches its own outcome.
    if (resending || (!draft.held && !draft.pass)) return;
    if (open?.composer.editable === composer.editable) closePrompt(false);
    watchOutcome(adapter, composer, draft, read());
  }

  /** Count what a held draft became when it went out. */
  function recordOutcome(adapter: ChatAdapter, key: string, sent: string): void {
    const sentAnyway = classifyDraft(sent) !== 'ok';
    deps.record(sentAnyway ? 'sent-anyway' : 'rewritten', adapter.id, key);
    // Losing one count to a failed write only means one more prompt later.
    if (sentAnyway && key) deps.updateSettings((settings) => withSentAnyway(settings, key, deps.now())).catch(() => {});
  }

  /** After a held draft's send: did the box empty? Count it; a new line instead means Ctrl+Enter mode. */
  function watchOutcome(adapter: ChatAdapter, composer: Composer, draft: Draft, sent: string): void {
    const { key } = conversationOf(adapter, composer);
    const wasHeld = draft.held;
    void waitForText(
      () => adapter.readText(composer),
      (now) => !sameText(now, sent),
      OUTCOME_MS,
    ).then((now) => {
      if (sameText(now, sent)) return;
      if (now.startsWith(sent) && now.slice(sent.length).trim() === '') {
        learnedCtrlEnter = true;
        return;
      }
      if (wasHeld) recordOutcome(adapter, key, sent);
      draft.held = false;
      draft.pass = false;
    });
  }

  // ------------------------------------------------------------------ the prompt

  function showPrompt(adapter: ChatAdapter, composer: Composer, kind: PromptKind): void {
    closePrompt(false);
    const anchor = adapter.anchorFor(composer);
    const conversation = conversationOf(adapter, composer);
    const selection = saveSelection(composer.editable);
    const guard = (action: () => Promise<void> | void) => () => {
      try {
        void Promise.resolve(action()).catch((error: unknown) =>
          console.warn('[Eventually] chat prompt action failed', error),
        );
      } catch (error) {
        console.warn('[Eventually] chat prompt action failed', error);
      }
    };
    const handle = deps.openPrompt(anchor, {
      kind,
      theme: pageTheme(anchor),
      canMute: conversation.key !== '',
      notice: null,
      onAddQuestion: guard(addQuestion),
      onSendAnyway: guard(sendAnyway),
      onClose: () => closePrompt(true),
      onMute: guard(mute),
      onSnooze: guard(snooze),
      onOpenSettings: () => deps.openSettings(),
      onLayoutReport: deps.showLayoutReport && (() => deps.showLayoutReport?.(adapter.id)),
    });
    open = { adapter, composer, kind, handle, key: conversation.key, conversationId: conversation.id, selection };
  }

  /** Close; with `refocus`, give the box its focus and caret back if the prompt had them. */
  function closePrompt(refocus: boolean): void {
    const current = open;
    if (!current) return;
    open = null;
    const hadFocus = current.handle.hasFocus();
    current.handle.close();
    if (refocus && hadFocus) {
      current.composer.editable.focus({ preventScroll: true });
      restoreSelection(current.composer.editable, current.selection);
    }
  }

  function focusBox(composer: Composer): void {
    const { editable } = composer;
    if (doc.activeElement !== editable && !editable.contains(doc.activeElement))
      editable.focus({ preventScroll: true });
  }

  async function addQuestion(): Promise<void> {
    const current = open;
    if (!current) return;
    const { adapter, composer, kind, handle } = current;
    const settings = deps.settings();
    if (!settings) return;
    handle.update({ busy: true, notice: null });
    const before = adapter.readText(composer);
    const insertion = questionInsertion(kind, before, settings.templates);
    focusBox(composer);
    let ok = false;
    inserting = true;
    try {
      ok = await adapter.insertText(composer, insertion.text);
    } catch {
      ok = false;
    } finally {
      inserting = false;
    }
    if (ok) {
      adapter.placeCaret(composer, insertion.caret);
      if (open === current) closePrompt(false);
      return;
    }
    const copied = await deps.copy(insertion.expected).catch(() => false);
    focusBox(composer);
    if (open === current) handle.update({ busy: false, notice: copied ? NOTICE_CLIPBOARD : NOTICE_NO_CLIPBOARD });
  }

  async function sendAnyway(): Promise<void> {
    const current = open;
    if (!current) return;
    const { adapter, composer, handle } = current;
    const draft = draftOf(composer.editable);
    const sent = adapter.readText(composer);
    const wasHeld = draft.held;
    draft.pass = true;
    handle.update({ busy: true, notice: null });
    focusBox(composer);
    const button = adapter.sendBy === 'button' ? adapter.sendButton(composer) : null;
    resending = true;
    try {
      if (button) button.click();
      else dispatchEnter(composer.editable);
    } finally {
      resending = false;
    }
    const now = await waitForText(
      () => adapter.readText(composer),
      (text) => !sameText(text, sent),
      SEND_ANYWAY_MS,
    );
    if (!sameText(now, sent)) {
      // The site took it: count it and close.
      if (wasHeld) recordOutcome(adapter, current.key, sent);
      draft.held = false;
      draft.pass = false;
      if (open === current) closePrompt(false);
      return;
    }
    // The site did not act on our send: the person's next Enter goes through (pass stays armed).
    if (open === current) handle.update({ busy: false, notice: NOTICE_PRESS_ENTER });
  }

  async function mute(): Promise<void> {
    const current = open;
    if (!current?.key) return;
    closePrompt(true);
    await deps.updateSettings((settings) => withMutedConversation(settings, current.key));
  }

  async function snooze(): Promise<void> {
    if (!open) return;
    closePrompt(true);
    await deps.updateSettings((settings) => withSnooze(settings, deps.now(), 'hour'));
  }

  // ------------------------------------------------------------------ listeners

  function handleKey(event: KeyboardEvent): void {
    const target = realTarget(event);
    if (isOurs(target)) return;
    if (open && (event.key === 'Escape' || event.key === 'Tab')) {
      const inBox = target === open.composer.editable || open.composer.editable.contains(target as Node);
      if (!inBox || event.isComposing || open.adapter.isSuggestionOpen(open.composer)) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopImmediatePropagation();
        closePrompt(true);
      } else if (!event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey) {
        // Tab from the box goes to the prompt's first button (Shift+Tab keeps the site's order).
        event.preventDefault();
        event.stopImmediatePropagation();
        open.handle.focus();
      }
      return;
    }
    if (event.key !== 'Enter') return;
    const trigger: SendTrigger = { type: 'key', key: keyFacts(event, !!deps.interceptSynthetic) };
    if (triggerVerdict(trigger)) return;
    const adapter = deps.adapter();
    if (!adapter) return;
    const composer = adapter.findComposer(target);
    if (!composer) return;
    if (TEST_HOOKS && root.hasAttribute(TEST_THROW_ATTR))
      throw new Error('Eventually test hook: forced failure in the keydown handler');
    reportOk(adapter);
    holdOrLetThrough(event, trigger, adapter, composer);
  }

  function onKeyDown(event: KeyboardEvent): void {
    const measuring = TEST_HOOKS && root.hasAttribute(TEST_TIMING_ATTR);
    const started = measuring ? performance.now() : 0;
    try {
      handleKey(event);
    } catch (error) {
      // Fail open: the event goes on as if we were not here.
      console.warn('[Eventually] chat helper let a keypress through after an error', error);
    }
    if (measuring) {
      timings.push({ key: event.key === 'Enter' ? 'Enter' : 'other', ms: performance.now() - started });
      root.setAttribute(TIMINGS_ATTR, JSON.stringify(timings.slice(-5000)));
    }
  }

  function onClick(event: MouseEvent): void {
    try {
      const target = realTarget(event);
      if (isOurs(target)) return;
      const adapter = deps.adapter();
      if (!adapter) return;
      const composer = adapter.composerForSendButton(target);
      if (!composer) return;
      const trigger: SendTrigger = {
        type: 'click',
        click: { button: event.button, trusted: event.isTrusted || !!deps.interceptSynthetic },
      };
      if (triggerVerdict(trigger)) return;
      if (TEST_HOOKS && root.hasAttribute(TEST_THROW_ATTR))
        throw new Error('Eventually test hook: forced failure in the click handler');
      holdOrLetThrough(event, trigger, adapter, composer);
    } catch (error) {
      console.warn('[Eventually] chat helper let a click through after an error', error);
    }
  }

  /** Typing in the box closes the prompt; an emptied box starts a new draft. */
  function onInput(event: Event): void {
    try {
      if (inserting) return;
      const target = event.target as HTMLElement | null;
      if (!target) return;
      if (open && (target === open.composer.editable || open.composer.editable.contains(target))) closePrompt(false);
      const draft = drafts.get(target);
      if (draft && (draft.held || draft.pass)) {
        const adapter = deps.adapter();
        const composer = adapter?.findComposer(target);
        if (adapter && composer && adapter.readText(composer).trim() === '') {
          draft.held = false;
          draft.pass = false;
        }
      }
    } catch {
      // never in the way
    }
  }

  /**
   * The classifier builds its lexicon on first use (tens of ms): do that while the browser is
   * idle once the person is in a message box, not on their first Enter.
   */
  let warmed = false;
  function onFocusIn(event: FocusEvent): void {
    try {
      if (warmed) return;
      const adapter = deps.adapter();
      if (!adapter?.findComposer(realTarget(event))) return;
      reportOk(adapter);
      warmed = true;
      win.removeEventListener('focusin', onFocusIn, true);
      const warm = () => {
        try {
          deps.classify('hello');
        } catch {
          // warming is a nicety
        }
      };
      if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(warm, { timeout: 2000 });
      else win.setTimeout(warm, 50);
    } catch {
      // never in the way
    }
  }

  win.addEventListener('keydown', onKeyDown, true);
  win.addEventListener('click', onClick, true);
  win.addEventListener('input', onInput, true);
  win.addEventListener('focusin', onFocusIn, true);

  // Is the page's layout still what we know? One check, a while after load; cheap.
  const layoutTimer = win.setTimeout(() => {
    try {
      const adapter = deps.adapter();
      const settings = deps.settings();
      if (!adapter || !settings?.surfaces.chat) return;
      const url = new URL(win.location.href);
      if (adapter.findAnyComposer(doc)) reportOk(adapter);
      else if (!reportedOk && adapter.expectsComposer(doc, url, win.top === win)) {
        deps.reportStatus(
          adapter.id,
          'layout-not-recognised',
          `No message box found on ${url.host}${url.pathname.slice(0, 60)}`,
        );
      }
    } catch {
      // a check, never a failure
    }
  }, deps.layoutCheckMs ?? 15_000);

  return {
    closePrompt: () => closePrompt(false),
    stop() {
      win.clearTimeout(layoutTimer);
      win.removeEventListener('keydown', onKeyDown, true);
      win.removeEventListener('click', onClick, true);
      win.removeEventListener('input', onInput, true);
      win.removeEventListener('focusin', onFocusIn, true);
      closePrompt(false);
    },
  };
}
