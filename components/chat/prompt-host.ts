/**
 * Puts the chat prompt on a page, attached to an element (the message box): fixed position
 * just above it, aligned to its start edge (left, or right on a right-to-left page), as wide as it up to 480 px; follows it on scroll
 * and resize. Knows no site: it is handed the element and the props.
 */

import { followViewport } from '../in-page/follow-viewport';
import { createShadowHost } from '../in-page/shadow-host';
import { type ChatPromptProps, renderChatPrompt } from './ChatPrompt';
import css from './chat-prompt.css?inline';

export const PROMPT_NAME = 'chat-prompt';
const GAP = 6;
const MAX_WIDTH = 480;
const MIN_WIDTH = 300;
const MARGIN = 8;
/** Below this much room above the box, the prompt goes under it. */
const ROOM_ABOVE = 110;

export interface PromptHandle {
  host: HTMLElement;
  update(next: Partial<ChatPromptProps>): void;
  /** Move keyboard focus into the prompt (its first button). */
  focus(): void;
  /** Is focus inside the prompt? */
  hasFocus(): boolean;
  close(): void;
}

/** Light or dark, from what the page actually paints behind the box (a site's own dark theme). */
export function pageTheme(anchor: Element): 'light' | 'dark' {
  const view = anchor.ownerDocument.defaultView;
  for (let el: Element | null = anchor; el; el = el.parentElement) {
    const color = view?.getComputedStyle(el).backgroundColor ?? '';
    const match = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?/.exec(color);
    if (!match) continue;
    const alpha =
      match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : parseFloat(match[4]);
    if (alpha < 0.5) continue;
    const [r, g, b] = [match[1], match[2], match[3]].map((v) => parseFloat(v!) / 255) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.45 ? 'dark' : 'light';
  }
  return view?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function openChatPrompt(anchor: Element, initial: ChatPromptProps): PromptHandle {
  const doc = anchor.ownerDocument;
  const view = doc.defaultView ?? window;
  const mount = createShadowHost({ css, name: PROMPT_NAME, doc, near: anchor });
  const rtl = mount.container.dir === 'rtl';
  const { host } = mount;
  host.style.position = 'fixed';
  host.style.zIndex = '2147483647';
  host.style.boxSizing = 'border-box';
  let props = initial;
  let closed = false;

  const place = () => {
    if (closed) return;
    if (!anchor.isConnected) {
      props.onClose();
      return;
    }
    const rect = anchor.getBoundingClientRect();
    const vw = view.innerWidth;
    const vh = view.innerHeight;
    const room = vw - 2 * MARGIN;
    const width = Math.min(Math.max(Math.min(rect.width, MAX_WIDTH), MIN_WIDTH), room);
    // Aligned to the box's start edge: its right edge on a right-to-left page.
    const start = rtl ? rect.right - width : rect.left;
    const left = Math.min(Math.max(start, MARGIN), Math.max(MARGIN, vw - width - MARGIN));
    host.style.width = `${Math.round(width)}px`;
    host.style.left = `${Math.round(left)}px`;
    if (rect.top >= ROOM_ABOVE) {
      host.style.top = 'auto';
      host.style.bottom = `${Math.round(vh - rect.top + GAP)}px`;
    } else {
      host.style.bottom = 'auto';
      host.style.top = `${Math.round(rect.bottom + GAP)}px`;
    }
  };

  const view_ = renderChatPrompt(mount.container, {
    ...initial,
    onClose: () => props.onClose(),
    onAddQuestion: () => props.onAddQuestion(),
    onSendAnyway: () => props.onSendAnyway(),
    onMute: () => props.onMute(),
    onSnooze: () => props.onSnooze(),
    onOpenSettings: () => props.onOpenSettings(),
    onLayoutReport: initial.onLayoutReport && (() => props.onLayoutReport?.()),
  });
  place();
  (doc.body ?? doc.documentElement).append(host);
  const follow = followViewport(view, place);

  return {
    host,
    update(next) {
      if (closed) return;
      props = { ...props, ...next };
      view_.update(next);
    },
    focus: () => view_.focusPrimary(),
    hasFocus: () => doc.activeElement === host,
    close() {
      if (closed) return;
      closed = true;
      follow.stop();
      mount.remove();
    },
  };
}
