/**
 * What every chat site adapter provides, and a factory that builds one from a site's
 * selectors (sites/<id>/selectors.ts) plus the few functions that differ per site.
 *
 * Adapters resolve everything lazily from an event target with closest(): no observers, no
 * scans of the page while the person types. Selector lists are ordered stable-first; the
 * first that matches wins.
 */

import type { LastMessageRead } from '../../lib/chat/kind-reply';
import type { ChatSiteId } from '../../lib/sites';
import type { ChatSite } from '../descriptor';
import { queryFirst } from '../dom';
import { insertAtEnd, placeCaret } from './insert';
import { type MessageListSpec, readLastMessage } from './messages';
import { readComposerText } from './text';

export type EditorKind = 'quill' | 'ckeditor' | 'slate' | 'contenteditable' | 'textarea';

/** The key that sends a message: a plain Enter, or Ctrl/Cmd+Enter (then Enter is a new line). */
export type SendKey = 'enter' | 'ctrl-enter';

/** One message box on the page. */
export interface Composer {
  site: ChatSiteId;
  /** The element that takes the text: the contenteditable root or the textarea. */
  editable: HTMLElement;
  /** The composer's box: holds the editable and usually the send button and suggestion list. */
  box: Element;
  /** A thread or reply box rather than the conversation's main one. */
  thread: boolean;
}

export interface ChatAdapter {
  id: ChatSiteId;
  editor: EditorKind;
  /** Does this adapter handle pages at `url`? */
  matches(url: URL): boolean;
  /** The composer a keydown target belongs to, or null. */
  findComposer(target: EventTarget | null): Composer | null;
  /** Any composer in the document (for the layout check; not used while typing). */
  findAnyComposer(root: ParentNode): Composer | null;
  /** The composer whose send button `target` is (or is inside), or null. */
  composerForSendButton(target: EventTarget | null): Composer | null;
  sendButton(composer: Composer): HTMLElement | null;
  /** How "Send anyway" sends: the send button (when there is one) or a synthetic Enter. */
  sendBy: 'button' | 'enter';
  isSuggestionOpen(composer: Composer): boolean;
  /**
   * The send key as the page itself shows it right now (a settings control that is open), or
   * null when the page does not say. Only real, documented signals: never a guess.
   */
  sendKeyShown(doc: Document): SendKey | null;
  /** The send key when neither the page nor the person's own sends have told us: the app's default. */
  defaultSendKey: SendKey;
  /** A stable id of the conversation, for "Don't ask in this conversation"; null if none. */
  conversationId(composer: Composer, url: string): string | null;
  readText(composer: Composer): string;
  /** Add text at the end; resolves true once read back. */
  insertText(composer: Composer, text: string): Promise<boolean>;
  placeCaret(composer: Composer, offset: number): boolean;
  /** Where the prompt attaches (it sits just above this element). */
  anchorFor(composer: Composer): Element;
  /** Should this document have a composer (for the "layout not recognised" report)? */
  expectsComposer(doc: Document, url: URL, isTop: boolean): boolean;
  /**
   * The landmarks beside a found composer that this page lacks, for the site status (thread and
   * suggestion list only exist while open, so only the send button can be missing).
   */
  missingLandmarks(composer: Composer): ChatLandmark[];
  /** The message list `composer` writes to (watched for new messages), or null. */
  messageList(doc: Document, composer: Composer): Element | null;
  /** The last message of that list (sites/chat-common/messages.ts), or null when not recognised. */
  readLastMessage(doc: Document, composer: Composer, url: URL): LastMessageRead | null;
}

/** A chat landmark that can be missing beside a found composer. */
export type ChatLandmark = 'send button';

export interface ChatSelectors {
  /** The message box itself: a contenteditable root or a textarea. */
  editable: readonly string[];
  /** The composer's box, found from the editable with closest(). */
  box: readonly string[];
  /** The send button, looked for inside the box. */
  sendButton: readonly string[];
  /** An open suggestion list, looked for inside the box. */
  suggestion: readonly string[];
  /** An ancestor that marks a thread or reply composer. */
  thread?: readonly string[];
  /** Where the prompt attaches, found from the editable with closest(); defaults to the box. */
  anchor?: readonly string[];
}

export interface AdapterSpec {
  /** The site's descriptor (sites/<id>/site.ts): its id, editor and hosts. */
  site: ChatSite;
  selectors: ChatSelectors;
  conversationId(composer: Composer, url: string): string | null;
  sendBy?: 'button' | 'enter';
  sendKeyShown?(doc: Document): SendKey | null;
  defaultSendKey?: SendKey;
  expectsComposer?(doc: Document, url: URL, isTop: boolean): boolean;
  /** Extra check that an editable really is this site's message box. */
  accept?(editable: HTMLElement): boolean;
  /** The site may show no send button at all (Discord: only when the person turned it on). */
  sendButtonOptional?: boolean;
  /** How the site's message list reads (for the kind-reply chip); none: the chip never shows. */
  messages?: MessageListSpec;
}

/** How far up from a send button or editable we look for the box when no selector matches. */
const MAX_CLIMB = 6;

function closestOf(el: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = el.closest(selector);
    if (found) return found;
  }
  return null;
}

/** Elements of this frame only (a node from another realm is never ours to handle). */
function asElement(target: EventTarget | null): Element | null {
  if (!target || typeof (target as Element).closest !== 'function') return null;
  return target as Element;
}

/** Hidden by the page (the `hidden` attribute, display: none, a collapsed listbox). */
function isShown(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return false;
  if (el.getAttribute('data-expanded') === 'false' || el.getAttribute('aria-expanded') === 'false') return false;
  const check = (el as HTMLElement).checkVisibility;
  if (typeof check === 'function') return check.call(el);
  return true;
}

/** A built-in site's pages are on its hosts; a self-hosted app is chosen by origin in the settings (registry.ts). */
function matchesSite(site: ChatSite): (url: URL) => boolean {
  const { hosts } = site;
  return hosts === 'self-hosted' ? () => false : (url) => hosts.includes(url.host);
}

export function defineChatAdapter(spec: AdapterSpec): ChatAdapter {
  const { selectors, site } = spec;
  const editableSelector = selectors.editable.join(', ');
  const sendSelector = selectors.sendButton.join(', ');

  function boxFor(editable: HTMLElement): Element {
    const byName = closestOf(editable, selectors.box);
    if (byName) return byName;
    // No named box: the nearest ancestor that also holds a send button, a few levels up.
    let node: Element | null = editable.parentElement;
    for (let i = 0; node && i < MAX_CLIMB; i++, node = node.parentElement) {
      if (sendSelector && node.querySelector(sendSelector)) return node;
    }
    return editable.parentElement ?? editable;
  }

  function composerOf(editable: HTMLElement): Composer | null {
    if (spec.accept && !spec.accept(editable)) return null;
    return {
      site: site.id,
      editable,
      box: boxFor(editable),
      thread: selectors.thread ? closestOf(editable, selectors.thread) !== null : false,
    };
  }

  const adapter: ChatAdapter = {
    id: site.id,
    editor: site.editor,
    sendBy: spec.sendBy ?? 'button',
    matches: matchesSite(site),
    findComposer(target) {
      const el = asElement(target);
      if (!el) return null;
      const editable = el.closest<HTMLElement>(editableSelector);
      return editable ? composerOf(editable) : null;
    },
    findAnyComposer(root) {
      const editable = root.querySelector<HTMLElement>(editableSelector);
      return editable ? composerOf(editable) : null;
    },
    composerForSendButton(target) {
      const el = asElement(target);
      if (!el || !sendSelector) return null;
      const button = el.closest(sendSelector);
      if (!button) return null;
      const box = closestOf(button, selectors.box);
      let editable = box ? box.querySelector<HTMLElement>(editableSelector) : null;
      // No named box: the nearest ancestor holding an editable, a few levels up.
      for (let node = button.parentElement, i = 0; !editable && node && i < MAX_CLIMB; i++, node = node.parentElement) {
        editable = node.querySelector<HTMLElement>(editableSelector);
      }
      return editable ? composerOf(editable) : null;
    },
    sendButton(composer) {
      const button = queryFirst(composer.box, selectors.sendButton) as HTMLElement | null;
      if (!button || !isShown(button)) return null;
      if ((button as HTMLButtonElement).disabled || button.getAttribute('aria-disabled') === 'true') return null;
      return button;
    },
    isSuggestionOpen(composer) {
      const { editable } = composer;
      if (editable.getAttribute('aria-expanded') === 'true') return true;
      if (editable.getAttribute('aria-activedescendant')) return true;
      for (const selector of selectors.suggestion) {
        for (const list of composer.box.querySelectorAll(selector)) if (isShown(list)) return true;
      }
      return false;
    },
    sendKeyShown: (doc) => spec.sendKeyShown?.(doc) ?? null,
    defaultSendKey: spec.defaultSendKey ?? 'enter',
    conversationId: (composer, url) => spec.conversationId(composer, url),
    readText: (composer) => readComposerText(composer.editable),
    insertText: (composer, text) =>
      insertAtEnd(site.editor, composer.editable, text, { read: () => adapter.readText(composer) }),
    placeCaret: (composer, offset) => placeCaret(composer.editable, offset),
    anchorFor(composer) {
      return (selectors.anchor && closestOf(composer.editable, selectors.anchor)) || composer.box;
    },
    expectsComposer: (doc, url, isTop) =>
      spec.expectsComposer?.(doc, url, isTop) ?? (isTop && doc.querySelector('iframe') === null),
    missingLandmarks(composer) {
      if (spec.sendButtonOptional || selectors.sendButton.length === 0) return [];
      // Present at all (a disabled button of an empty box still counts as found).
      return queryFirst(composer.box, selectors.sendButton) ? [] : ['send button'];
    },
    messageList: (doc, composer) => spec.messages?.list(doc, composer) ?? null,
    readLastMessage: (doc, composer, url) =>
      spec.messages ? readLastMessage(spec.messages, doc, composer, url) : null,
  };
  return adapter;
}
