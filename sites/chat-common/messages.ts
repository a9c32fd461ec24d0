/**
 * Reading the last message of the open conversation, for the kind-reply chip
 * (lib/chat/kind-reply.ts). Each site gives a `MessageListSpec` (in its selectors.ts, each
 * selector with its evidence from docs/research/message-lists.md); this walks only the end of
 * the list: never the whole list, never the page.
 *
 * Any field a site cannot tell stays null, and the decision then does nothing.
 */
import type { ConversationKind, LastMessageRead } from '../../lib/chat/kind-reply';
import type { Composer } from './adapter';

export interface MessageListSpec {
  /** The list of the conversation `composer` writes to (a thread pane's for a thread composer). */
  list(doc: Document, composer: Composer): Element | null;
  /** A message item, found in (or as) the list's children. */
  item: string;
  /** A number that grows with time, where DOM order may not be time order. */
  order?(item: Element): number;
  /** The scroll container, found with closest() from the list; else the nearest scrolling ancestor. */
  scroller?: string;
  /** Sent by me: true, false, or null when the page does not say. */
  mine(item: Element, list: Element, doc: Document): boolean | null;
  author(item: Element, list: Element): string | null;
  text(item: Element): string;
  /** Epoch ms, from the page. */
  time(item: Element): number | null;
  id(item: Element): string | null;
  mentionsMe(item: Element): boolean | null;
  conversation(doc: Document, url: URL, composer: Composer): ConversationKind | null;
}

/** How many trailing children (day dividers, "new" markers, loaders) we look through. */
const MAX_TRAILING = 8;
/** Within this many px of the bottom counts as scrolled to the end. */
const END_SLACK_PX = 48;

/**
 * The last message item at the end of `list` (a few trailing non-message rows skipped). With
 * `order`, the latest by it among the trailing rows: rows that are absolutely positioned need
 * not be in time order in the DOM (Slack).
 */
function lastItem(list: Element, item: string, order?: (item: Element) => number): Element | null {
  let best: Element | null = null;
  let child = list.lastElementChild;
  for (let i = 0; child && i < MAX_TRAILING; i++, child = child.previousElementSibling) {
    const inner = child.matches(item) ? [child] : child.querySelectorAll(item);
    const found = inner[inner.length - 1];
    if (!found) continue;
    if (!order) return found;
    if (!best || order(found) > order(best)) best = found;
  }
  return best;
}

/** The item before `item` in the list, for carrying a grouped run's author forward. */
export function previousItem(list: Element, item: Element, selector: string): Element | null {
  const row = [...list.children].find((child) => child === item || child.contains(item));
  for (let child = row?.previousElementSibling ?? null, i = 0; child && i < 50; i++) {
    if (child.matches(selector)) return child;
    const inner = child.querySelectorAll(selector);
    if (inner.length > 0) return inner[inner.length - 1] ?? null;
    child = child.previousElementSibling;
  }
  return null;
}

function scrollsY(el: Element): boolean {
  const overflow = el.ownerDocument.defaultView?.getComputedStyle(el).overflowY ?? '';
  return overflow === 'auto' || overflow === 'scroll';
}

/**
 * Is the list scrolled to its end? Virtualized lists (Slack, Teams, Discord, Mattermost) keep
 * only what is near the viewport rendered, so the last rendered item is the latest message only
 * at the bottom (message-lists.md, cross-site notes).
 */
function scrolledToEnd(list: Element, scroller?: string): boolean {
  let box: Element | null = scroller ? list.closest(scroller) : null;
  for (let el: Element | null = list, i = 0; !box && el && i < 8; i++, el = el.parentElement) {
    if (scrollsY(el)) box = el;
  }
  if (!box) return true; // nothing scrolls: the whole list is on screen
  return box.scrollHeight - box.scrollTop - box.clientHeight <= END_SLACK_PX;
}

/** Text of a message body without quoted replies or screen-reader copies. */
export function bodyText(el: Element | null, exclude?: string): string {
  if (!el) return '';
  if (!exclude || !el.querySelector(exclude)) return (el.textContent ?? '').trim();
  const copy = el.cloneNode(true) as Element;
  for (const skip of copy.querySelectorAll(exclude)) skip.remove();
  return (copy.textContent ?? '').trim();
}

/** A number attribute as epoch ms (`scale` 1000 for unix seconds), or null. */
export function timeAttr(el: Element | null, name: string, scale = 1): number | null {
  const raw = el?.getAttribute(name);
  if (!raw) return null;
  const value = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) * scale : Date.parse(raw);
  return Number.isFinite(value) ? Math.round(value) : null;
}

export function readLastMessage(
  spec: MessageListSpec,
  doc: Document,
  composer: Composer,
  url: URL,
): LastMessageRead | null {
  const list = spec.list(doc, composer);
  if (!list) return null;
  const item = lastItem(list, spec.item, spec.order);
  if (!item) return null;
  return {
    id: spec.id(item),
    author: spec.author(item, list),
    mine: spec.mine(item, list, doc),
    text: spec.text(item),
    at: spec.time(item),
    atEnd: scrolledToEnd(list, spec.scroller),
    conversation: spec.conversation(doc, url, composer),
    mentionsMe: spec.mentionsMe(item),
  };
}
