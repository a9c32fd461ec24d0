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
import { type MessageKey, t } from '../../components/i18n';
import { HOST_TAG } from '../../components/in-page/shadow-host';
import { localTemplates } from '../../components/templates';
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
import type { ChatAdapter, ChatLandmark, Composer, SendKey } from './adapter';
import { waitForText } from './insert';
import { dispatchEnter, replayEnter as pressEnterAgain } from './keys';

/**
 * Test hooks on <html>, read only when a message is about to be held. A page can set them, so
 * they exist only in the test build (scripts/extension-build.mjs): in the store build the flag
 * is the constant `false` and the bundler drops every line that reads them.
 */
const TEST_HOOKS = !!import.meta.env.EVENTUALLY_TEST_HOOKS;
export const TEST_THROW_ATTR = 'data-eventually-test-throw';

/** What each missing landmark costs, for the site status the popup and options page show. */
const MISSING_LANDMARK_TEXT: Record<ChatLandmark, MessageKey> = { 'send button': 'status.no_send_button' };

/** What the prompt says when an action could not finish, read when shown (components/i18n.ts). */
export const NOTICES = {
  get clipboard() {
    return t('chat.notice_clipboard');
  },
  get noClipboard() {
    return t('chat.notice_no_clipboard');
  },
  get pressEnter() {
    return t('chat.notice_press_enter');
  },
};

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
  /** Where what we learn about this origin's send key outlives the page (the browser session). */
  sendKeyMemory?: SendKeyMemory;
  /**
   * Where the listeners go; defaults to `win`. The chat sentinel passes its relay: its own
   * capture listeners, registered at document_start before the page's, call ours.
   */
  listenOn?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
}

/** The send key learned for this origin, kept beyond one page load. */
export interface SendKeyMemory {
  load(): Promise<SendKey | null>;
  save(key: SendKey): void;
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
  /**
   * Decide an Enter the sentinel held in `target` while this code loaded, as if just pressed:
   * hold it (the prompt), or press it again for the person. False if `target` is no composer.
   */
  replayEnter(target: HTMLElement): boolean;
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

/** What a send key we let through did to the draft `sent`, read back from the box. */
type EnterVerdict = 'sent' | 'new-line' | 'unchanged' | 'changed';
function enterVerdict(now: string, sent: string): EnterVerdict {
  if (now.trim() === '') return 'sent';
  if (sameText(now, sent)) return 'unchanged';
  const kept = sent.trimEnd();
  if (now.startsWith(kept) && now.slice(kept.length).trim() === '') return 'new-line';
  return 'changed';
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
  /**
   * The send key as learned on this origin: from the page's own settings control while it was
   * open, or from what a plain Enter we let through did (emptied the box = Enter sends; left a
   * new line = Ctrl/Cmd+Enter sends). Null until something told us.
   */
  let learnedSendKey: SendKey | null = null;
  void deps.sendKeyMemory
    ?.load()
    .then((stored) => {
      learnedSendKey ??= stored;
    })
    .catch(() => {});
  /** Bumped by every send attempt, so a watch of an earlier plain Enter knows it was not the one. */
  let sendEpoch = 0;
  const learnSendKey = (key: SendKey) => {
    if (learnedSendKey === key) return;
    learnedSendKey = key;
    deps.sendKeyMemory?.save(key);
  };
  /** The send key for this composer now, and whether the page itself showed it. */
  const sendKeyOf = (adapter: ChatAdapter): { key: SendKey; shown: boolean } => {
    const shown = adapter.sendKeyShown(doc);
    if (shown) {
      learnSendKey(shown);
      return { key: shown, shown: true };
    }
    return { key: learnedSendKey ?? adapter.defaultSendKey, shown: false };
  };
  let reportedOk = false;

  const draftOf = (editable: HTMLElement): Draft => {
    const known = drafts.get(editable);
    if (known) return known;
    const draft: Draft = { held: false, pass: false };
    drafts.set(editable, draft);
    return draft;
  };

  const conversationOf = (adapter: ChatAdapter, composer: Composer) => {
    const id = adapter.conversationId(composer, win.location.href);
    return { id, key: conversationKey(adapter.id, id) };
  };

  /**
   * Once per page: the composer was found; say whether everything beside it was too. The
   * background keeps the last status per site and ignores a repeat, so the person is told once.
   */
  const reportOk = (adapter: ChatAdapter, composer: Composer) => {
    if (reportedOk) return;
    reportedOk = true;
    const missing = adapter.missingLandmarks(composer);
    if (missing.length === 0) deps.reportStatus(adapter.id, 'ok', '');
    else
      deps.reportStatus(
        adapter.id,
        'partly-recognised',
        missing.map((landmark) => t(MISSING_LANDMARK_TEXT[landmark])).join('; '),
      );
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
        ctrlEnterMode: trigger.type === 'key' && sendKeyOf(adapter).key === 'ctrl-enter',
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
    else if (decision.action === 'let-through' && decision.reason === 'ctrl-enter-mode')
      watchPlainEnter(adapter, composer, read());
    else letThrough(adapter, composer, draft, decision, read, trigger);
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
    trigger: SendTrigger,
  ): void {
    if (decision.action !== 'let-through' || !isSendingReason(decision.reason)) return;
    // Our own "Send anyway" watches its own outcome.
    if (resending || (!draft.held && !draft.pass)) return;
    if (open?.composer.editable === composer.editable) closePrompt(false);
    const plainEnter = trigger.type === 'key' && !trigger.key.ctrl && !trigger.key.meta;
    watchOutcome(adapter, composer, draft, read(), plainEnter);
  }

  /**
   * A plain Enter we let through, judged when its key comes up: the app has acted on the
   * keydown by then, and the person has not typed on yet (judging later, a quick next message
   * that starts with the same words would look like the draft staying).
   */
  let pendingEnter: { judge(): void; timer: number } | null = null;
  function judgeOnKeyUp(judge: () => void): void {
    if (pendingEnter) win.clearTimeout(pendingEnter.timer);
    // No keyup (the window lost focus): judge anyway, a little later.
    const timer = win.setTimeout(() => judgePending(), OUTCOME_MS);
    pendingEnter = { judge, timer };
  }
  function judgePending(): void {
    const pending = pendingEnter;
    if (!pending) return;
    pendingEnter = null;
    win.clearTimeout(pending.timer);
    pending.judge();
  }

  /**
   * A plain Enter we let through because this site was taken to send with Ctrl/Cmd+Enter (its
   * default, or learned): if the box empties, Enter sends here after all. The page's own
   * settings control, when it was showing, is never second-guessed.
   */
  function watchPlainEnter(adapter: ChatAdapter, composer: Composer, sent: string): void {
    if (sent.trim() === '' || sendKeyOf(adapter).shown) return;
    const epoch = ++sendEpoch;
    const read = () => adapter.readText(composer);
    judgeOnKeyUp(() => {
      const now = read();
      if (enterVerdict(now, sent) === 'sent') {
        if (epoch === sendEpoch) learnSendKey('enter');
      } else if (enterVerdict(now, sent) === 'unchanged') {
        // An app that sends a moment later (after its server answers).
        void waitForText(read, (later) => later.trim() === '' || epoch !== sendEpoch, OUTCOME_MS).then((later) => {
          // Another send (a click on the button, a held key, our own) emptied it: that taught nothing.
          if (epoch === sendEpoch && later.trim() === '') learnSendKey('enter');
        });
      }
    });
  }

  /** Count what a held draft became when it went out. */
  function recordOutcome(adapter: ChatAdapter, key: string, sent: string): void {
    const sentAnyway = classifyDraft(sent) !== 'ok';
    deps.record(sentAnyway ? 'sent-anyway' : 'rewritten', adapter.id, key);
    // Losing one count to a failed write only means one more prompt later.
    if (sentAnyway && key) deps.updateSettings((settings) => withSentAnyway(settings, key, deps.now())).catch(() => {});
  }

  /**
   * After a held draft's send: did the box empty (or become something else)? Count it. A plain
   * Enter that only added a new line did not send: this site sends with Ctrl/Cmd+Enter.
   */
  function watchOutcome(
    adapter: ChatAdapter,
    composer: Composer,
    draft: Draft,
    sent: string,
    plainEnter: boolean,
  ): void {
    const { key } = conversationOf(adapter, composer);
    const wasHeld = draft.held;
    const read = () => adapter.readText(composer);
    const settle = (now: string) => {
      const verdict = enterVerdict(now, sent);
      if (verdict === 'new-line') {
        if (plainEnter) learnSendKey('ctrl-enter');
        return;
      }
      if (verdict === 'unchanged') return;
      if (wasHeld) recordOutcome(adapter, key, sent);
      draft.held = false;
      draft.pass = false;
    };
    const poll = () =>
      void waitForText(read, (now) => enterVerdict(now, sent) !== 'unchanged', OUTCOME_MS).then(settle);
    if (!plainEnter) {
      poll();
      return;
    }
    judgeOnKeyUp(() => {
      const now = read();
      // Unchanged when the key came up: an app that sends a moment later.
      if (enterVerdict(now, sent) === 'unchanged') poll();
      else settle(now);
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
      onFocusBox: () => {
        const current = open;
        const box = current?.handle === handle ? liveComposer(current) : null;
        if (!current || !box) return;
        box.editable.focus({ preventScroll: true });
        restoreSelection(box.editable, current.selection);
      },
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

  /**
   * The prompt's message box, found again when the page re-rendered it since (a detached box
   * takes the insertion and the person's draft is then doubled): the same conversation's box
   * now in the page, or null.
   */
  function liveComposer(current: OpenPrompt): Composer | null {
    if (current.composer.editable.isConnected) return current.composer;
    const again = current.adapter.findAnyComposer(doc);
    if (!again || current.adapter.conversationId(again, win.location.href) !== current.conversationId) return null;
    current.composer = again;
    return again;
  }

  async function addQuestion(): Promise<void> {
    const current = open;
    if (!current) return;
    const { adapter, kind, handle } = current;
    const settings = deps.settings();
    if (!settings) return;
    const composer = liveComposer(current);
    if (!composer) {
      handle.update({ busy: false, notice: NOTICES.noClipboard });
      return;
    }
    handle.update({ busy: true, notice: null });
    const before = adapter.readText(composer);
    const insertion = questionInsertion(kind, before, localTemplates(settings.templates));
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
    // Only what we meant to add: the draft is still in the box (copying it too doubled it on paste).
    const added = insertion.text.trim() === '' ? null : insertion.text;
    const copied = added !== null && (await deps.copy(added).catch(() => false));
    focusBox(composer);
    if (open === current) handle.update({ busy: false, notice: copied ? NOTICES.clipboard : NOTICES.noClipboard });
  }

  async function sendAnyway(): Promise<void> {
    const current = open;
    if (!current) return;
    const { adapter, handle } = current;
    const composer = liveComposer(current);
    if (!composer) {
      if (open === current) closePrompt(false);
      return;
    }
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
    if (open === current) handle.update({ busy: false, notice: NOTICES.pressEnter });
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
    const key = event.key;
    // Escape and Tab matter only while our prompt is open; every other key but Enter, never.
    if (key !== 'Enter' && !(open && (key === 'Escape' || key === 'Tab'))) return;
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
    reportOk(adapter, composer);
    sendEpoch++;
    holdOrLetThrough(event, trigger, adapter, composer);
  }

  function onKeyDown(event: KeyboardEvent): void {
    try {
      handleKey(event);
    } catch (error) {
      // Fail open: the event goes on as if we were not here.
      console.warn('[Eventually] chat helper let a keypress through after an error', error);
    }
  }

  function onClick(event: MouseEvent): void {
    try {
      const target = realTarget(event);
      if (isOurs(target)) return;
      const adapter = deps.adapter();
      if (!adapter) return;
      // A settings control the page shows only while it is open (Zulip's send options) is read
      // on any click while it is there: picking the choice already set fires no change event.
      sendKeyOf(adapter);
      const composer = adapter.composerForSendButton(target);
      if (!composer) return;
      sendEpoch++;
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
      const composer = adapter?.findComposer(realTarget(event));
      if (!adapter || !composer) return;
      reportOk(adapter, composer);
      warmed = true;
      events.removeEventListener('focusin', onFocusIn as EventListener, true);
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

  function onKeyUp(event: KeyboardEvent): void {
    try {
      if (event.key === 'Enter') judgePending();
    } catch {
      // never in the way
    }
  }

  /** A settings control of the page changed (e.g. Zulip's Enter-to-send radio): read what it says. */
  function onChange(): void {
    try {
      const adapter = deps.adapter();
      if (adapter) sendKeyOf(adapter);
    } catch {
      // never in the way
    }
  }

  function replayEnter(target: HTMLElement): boolean {
    const adapter = deps.adapter();
    const composer = adapter?.findComposer(target);
    if (!adapter || !composer) return false;
    reportOk(adapter, composer);
    sendEpoch++;
    const key: KeyFacts = {
      key: 'Enter',
      shift: false,
      alt: false,
      ctrl: false,
      meta: false,
      isComposing: false,
      keyCode: 13,
      repeat: false,
      trusted: true,
    };
    if (TEST_HOOKS && root.hasAttribute(TEST_THROW_ATTR))
      throw new Error('Eventually test hook: forced failure in the replayed keydown');
    const draft = draftOf(composer.editable);
    const decision = decide({ type: 'key', key }, adapter, composer, draft, () => adapter.readText(composer));
    if (decision.action === 'hold') {
      hold(new Event('keydown', { cancelable: true }), adapter, composer, draft, decision.kind);
      return true;
    }
    // A send goes out by the site's button where it has one (as "Send anyway"); anything else
    // (a new line in Ctrl+Enter mode, a suggestion to pick) is the Enter itself, pressed again.
    const sends = decision.action === 'let-through' && isSendingReason(decision.reason);
    const button = sends && adapter.sendBy === 'button' ? adapter.sendButton(composer) : null;
    resending = true;
    try {
      if (button) button.click();
      else pressEnterAgain(composer.editable);
    } finally {
      resending = false;
    }
    return true;
  }

  const events = deps.listenOn ?? win;
  events.addEventListener('keydown', onKeyDown as EventListener, true);
  events.addEventListener('click', onClick as EventListener, true);
  events.addEventListener('input', onInput, true);
  events.addEventListener('focusin', onFocusIn as EventListener, true);
  // Learning the send key only reads what happened: these need not run before the page's own.
  win.addEventListener('change', onChange, true);
  win.addEventListener('keyup', onKeyUp, true);

  // Is the page's layout still what we know? One check, a while after load; cheap.
  const layoutTimer = win.setTimeout(() => {
    try {
      const adapter = deps.adapter();
      const settings = deps.settings();
      if (!adapter || !settings?.surfaces.chat) return;
      const url = new URL(win.location.href);
      const composer = adapter.findAnyComposer(doc);
      if (composer) reportOk(adapter, composer);
      else if (!reportedOk && adapter.expectsComposer(doc, url, win.top === win)) {
        deps.reportStatus(
          adapter.id,
          'layout-not-recognised',
          t('status.no_message_box', { where: `${url.host}${url.pathname.slice(0, 60)}` }),
        );
      }
    } catch {
      // a check, never a failure
    }
  }, deps.layoutCheckMs ?? 15_000);

  return {
    closePrompt: () => closePrompt(false),
    replayEnter,
    stop() {
      win.clearTimeout(layoutTimer);
      events.removeEventListener('keydown', onKeyDown as EventListener, true);
      events.removeEventListener('click', onClick as EventListener, true);
      events.removeEventListener('input', onInput, true);
      events.removeEventListener('focusin', onFocusIn as EventListener, true);
      win.removeEventListener('change', onChange, true);
      win.removeEventListener('keyup', onKeyUp, true);
      if (pendingEnter) win.clearTimeout(pendingEnter.timer);
      closePrompt(false);
    },
  };
}
