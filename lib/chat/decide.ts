/**
 * The chat helper's one rule: when a keypress or a click on the send button is about to send
 * a message, do we hold it once and show the prompt, or let it through untouched?
 *
 * Pure: the content script gathers the facts (the key event, the composer's state, the
 * classification of the text, the settings) and this decides. Everything that is not a
 * plain send of a greeting-only or call-request draft, held for the first time, goes through.
 */

import type { MessageKind } from './classify';

/** What the classifier (lib/chat/classify.ts) says about a draft. */
export type { MessageKind };
/** The kinds worth a prompt. */
export type PromptKind = Exclude<MessageKind, 'ok'>;

/** The facts of a keydown that matter, copied from the KeyboardEvent. */
export interface KeyFacts {
  key: string;
  shift: boolean;
  alt: boolean;
  ctrl: boolean;
  meta: boolean;
  /** KeyboardEvent.isComposing: an IME composition (Japanese, Chinese, Korean…) is open. */
  isComposing: boolean;
  /** 229 while an IME handles the key (also right after compositionend in some browsers). */
  keyCode: number;
  /** Auto-repeat of a held key. */
  repeat?: boolean;
  /** false for events made by a script (ours, the page's or an automation's). */
  trusted: boolean;
}

/** A click on the site's send button. */
export interface ClickFacts {
  button: number;
  trusted: boolean;
}

export type SendTrigger = { type: 'key'; key: KeyFacts } | { type: 'click'; click: ClickFacts };

/** The composer's state at the moment of the keypress. */
export interface ComposerFacts {
  /** The site's autocomplete (mentions, emoji, slash commands) is open: Enter picks from it. */
  suggestionOpen: boolean;
  /**
   * The site sends with Ctrl/Cmd+Enter here: a plain Enter is a new line, and Ctrl/Cmd+Enter
   * is the send key (so it is the one held).
   */
  ctrlEnterMode: boolean;
  /** We are re-sending on the person's behalf ("Send anyway"). */
  isOurResend: boolean;
  /** This draft was already held once: the next send goes out, whatever it says. */
  heldOnce: boolean;
  /** "Send anyway" armed a one-shot pass for this composer. */
  passArmed: boolean;
}

/** Whether the helper is on here, from the settings. */
export interface HelperGate {
  siteOn: boolean;
  surfaceOn: boolean;
  snoozed: boolean;
  muted: boolean;
}

export type LetThroughReason =
  | 'not-enter'
  | 'modifier'
  | 'ime'
  | 'repeat'
  | 'synthetic'
  | 'our-resend'
  | 'pass-armed'
  | 'not-left-button'
  | 'suggestion-open'
  | 'ctrl-enter-mode'
  | 'surface-off'
  | 'site-off'
  | 'snoozed'
  | 'muted'
  | 'held-once'
  | 'message-ok';

export type SendDecision = { action: 'hold'; kind: PromptKind } | { action: 'let-through'; reason: LetThroughReason };

const through = (reason: LetThroughReason): SendDecision => ({ action: 'let-through', reason });

/**
 * The part of the decision that needs only the event: cheap, so the keydown handler calls
 * it first and reads the composer only for a plain, real Enter. `null` means "a candidate
 * send: look at the composer".
 */
export function triggerVerdict(trigger: SendTrigger): LetThroughReason | null {
  if (trigger.type === 'click') {
    if (!trigger.click.trusted) return 'synthetic';
    if (trigger.click.button !== 0) return 'not-left-button';
    return null;
  }
  const key = trigger.key;
  if (key.key !== 'Enter') return 'not-enter';
  // IME first: an Enter that commits a composition is never a send, whatever else it carries.
  if (key.isComposing || key.keyCode === 229) return 'ime';
  // Ctrl+Enter or Cmd+Enter alone may be the send key (decideSend asks the composer); any other mix is not.
  if (key.shift || key.alt || (key.ctrl && key.meta)) return 'modifier';
  if (key.repeat) return 'repeat';
  if (!key.trusted) return 'synthetic';
  return null;
}

export interface SendDecisionInput {
  trigger: SendTrigger;
  composer: ComposerFacts;
  gate: HelperGate;
  /** The classification of the draft; only asked for when everything else says "hold". */
  kind: MessageKind | (() => MessageKind);
}

/**
 * Hold (preventDefault + stopImmediatePropagation, show the prompt) or let through.
 * Holds only a real send key (an unmodified Enter, or Ctrl/Cmd+Enter where the site sends
 * with it) or a real left click on the send button, on a site
 * and conversation where the helper is on, for a draft not held before, that the classifier
 * calls greeting-only or call-request. Everything else goes through untouched.
 */
export function decideSend(input: SendDecisionInput): SendDecision {
  const early = triggerVerdict(input.trigger);
  if (early) return through(early);
  const { composer, gate } = input;
  if (composer.isOurResend) return through('our-resend');
  if (composer.passArmed) return through('pass-armed');
  if (input.trigger.type === 'key') {
    const withCommand = input.trigger.key.ctrl || input.trigger.key.meta;
    // Where Enter sends, Ctrl/Cmd+Enter is the site's own (a new line or nothing); where
    // Ctrl/Cmd+Enter sends, a plain Enter is a new line.
    if (withCommand && !composer.ctrlEnterMode) return through('modifier');
    if (composer.suggestionOpen) return through('suggestion-open');
    if (!withCommand && composer.ctrlEnterMode) return through('ctrl-enter-mode');
  }
  if (!gate.surfaceOn) return through('surface-off');
  if (!gate.siteOn) return through('site-off');
  if (gate.snoozed) return through('snoozed');
  if (gate.muted) return through('muted');
  if (composer.heldOnce) return through('held-once');
  const kind = typeof input.kind === 'function' ? input.kind() : input.kind;
  if (kind === 'greeting-only' || kind === 'call-request') return { action: 'hold', kind };
  return through('message-ok');
}

/** Reasons after which the message actually leaves (so a held draft's outcome is counted). */
export function isSendingReason(reason: LetThroughReason): boolean {
  return reason === 'held-once' || reason === 'pass-armed' || reason === 'our-resend' || reason === 'message-ok';
}
