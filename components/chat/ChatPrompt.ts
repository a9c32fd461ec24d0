/**
 * The chat prompt: one kind sentence and two actions, attached to a message box. Knows no
 * site: the content script tells it what kind of draft was held and what each action does.
 * Plain DOM (no React) to keep the chat content script small.
 *
 * It never takes focus when it opens (the person may keep typing, which closes it): a polite
 * live region says it is there and how to reach it. Its buttons keep the message box focused
 * when clicked (mousedown does not move focus). From the box, Tab reaches its first button
 * (sites/chat-common/controller.ts); Tab goes on through its buttons, then ⋯ and ×, and out;
 * Shift+Tab from its first button goes back to the box. Escape closes it (or its menu).
 */
import { t } from '../i18n';
import { onTrusted } from '../in-page/trusted';
export type ChatPromptKind = 'greeting-only' | 'call-request';

export interface ChatPromptProps {
  kind: ChatPromptKind;
  theme: 'light' | 'dark';
  /** The conversation has a stable id, so it can be muted. */
  canMute: boolean;
  /** A line under the sentence when an action could not finish (clipboard, "Press Enter"). */
  notice?: string | null;
  busy?: boolean;
  onAddQuestion(): void;
  onSendAnyway(): void;
  onClose(): void;
  onMute(): void;
  onSnooze(): void;
  onOpenSettings(): void;
  /** Shift+Tab from the first button: the keyboard goes back to the message box (the prompt stays). */
  onFocusBox?(): void;
  /** Show this page's layout report (copied only on a second click); no menu entry without it. */
  onLayoutReport?(): void;
}

/** The sentence and the main action, in the interface's language (components/i18n.ts). */
export function promptCopy(kind: ChatPromptKind): { sentence: string; primary: string } {
  return kind === 'call-request'
    ? { sentence: t('chat.call_sentence'), primary: t('chat.call_primary') }
    : { sentence: t('chat.greeting_sentence'), primary: t('chat.greeting_primary') };
}

/** The ⋯ menu's entries, read when used (the language can change while the page is open). */
export const MENU_LABELS = {
  get mute() {
    return t('chat.menu_mute');
  },
  get snooze() {
    return t('chat.menu_snooze');
  },
  get settings() {
    return t('chat.menu_settings');
  },
  get layoutReport() {
    return t('common.layout_report');
  },
};

/** Said by screen readers after the sentence: the prompt has not taken the focus. */
export const promptHint = (): string => t('chat.hint');

/**
 * The live region is filled a moment after it is on the page: screen readers announce a change
 * to a region they already know, not a region that arrives with its text.
 */
const ANNOUNCE_DELAY_MS = 150;

const SVG_NS = 'http://www.w3.org/2000/svg';

type Attrs = Record<string, string | undefined>;

function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

function svg(doc: Document, size: number, viewBox: string, inner: [string, Attrs][]): SVGSVGElement {
  const root = doc.createElementNS(SVG_NS, 'svg');
  root.setAttribute('viewBox', viewBox);
  root.setAttribute('width', String(size));
  root.setAttribute('height', String(size));
  root.setAttribute('aria-hidden', 'true');
  for (const [tag, attrs] of inner) {
    const child = doc.createElementNS(SVG_NS, tag);
    for (const [name, value] of Object.entries(attrs)) if (value !== undefined) child.setAttribute(name, value);
    root.append(child);
  }
  return root;
}

let instances = 0;

export interface ChatPromptView {
  element: HTMLElement;
  update(next: Partial<ChatPromptProps>): void;
  /** Move focus to the primary button. */
  focusPrimary(): void;
}

/** Build the prompt inside `container` (a shadow root's container). */
export function renderChatPrompt(container: HTMLElement, initial: ChatPromptProps): ChatPromptView {
  const doc = container.ownerDocument;
  let props = initial;
  const id = `ev-chat-${++instances}`;
  const copy = promptCopy(props.kind);
  /** Clicking our buttons must not take the caret out of the message box. */
  const keepFocus = (el: HTMLElement) => el.addEventListener('mousedown', (event) => event.preventDefault());
  const button = (attrs: Attrs, ...children: (Node | string)[]) => {
    const el = h(doc, 'button', { type: 'button', ...attrs }, ...children);
    keepFocus(el);
    return el;
  };

  const logo = svg(doc, 18, '0 0 24 24', [
    [
      'path',
      {
        fill: 'currentColor',
        d: 'M12 3C6.9 3 3 6.4 3 10.6c0 2.2 1 4.1 2.7 5.5L5 20.2l4.3-2c.9.3 1.8.4 2.7.4 5.1 0 9-3.4 9-7.6S17.1 3 12 3Z',
      },
    ],
    [
      'path',
      {
        d: 'M12 7v4l2.4 1.6',
        fill: 'none',
        stroke: 'var(--ev-card)',
        'stroke-width': '1.8',
        'stroke-linecap': 'round',
      },
    ],
  ]);
  logo.setAttribute('class', 'ev-logo');
  const sentence = h(doc, 'p', { class: 'ev-sentence', id: `${id}-sentence` }, copy.sentence);
  const live = h(doc, 'p', { class: 'ev-sr', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const more = button(
    {
      class: 'ev-icon-button',
      'aria-label': t('chat.more_options'),
      'aria-haspopup': 'menu',
      'aria-expanded': 'false',
    },
    svg(doc, 16, '0 0 16 16', [
      ['circle', { cx: '3.5', cy: '8', r: '1.4', fill: 'currentColor' }],
      ['circle', { cx: '8', cy: '8', r: '1.4', fill: 'currentColor' }],
      ['circle', { cx: '12.5', cy: '8', r: '1.4', fill: 'currentColor' }],
    ]),
  );
  const close = button(
    { class: 'ev-icon-button', 'aria-label': t('chat.close'), title: t('chat.close') },
    svg(doc, 14, '0 0 16 16', [
      ['path', { d: 'M4 4l8 8M12 4l-8 8', stroke: 'currentColor', 'stroke-width': '1.6', 'stroke-linecap': 'round' }],
    ]),
  );
  const notice = h(doc, 'p', { class: 'ev-notice', role: 'alert' });
  const primary = button({ class: 'ev-button ev-primary' }, copy.primary);
  const secondary = button(
    { class: 'ev-button ev-secondary', title: t('chat.send_anyway_hint') },
    t('chat.send_anyway'),
    ' ',
    h(doc, 'kbd', { 'aria-hidden': 'true' }, t('chat.enter_key')),
  );
  const menu = h(doc, 'div', {
    class: 'ev-menu',
    role: 'menu',
    id: `${id}-menu`,
    'aria-label': t('chat.more_options'),
  });
  const muteItem = button({ role: 'menuitem' }, MENU_LABELS.mute);
  const snoozeItem = button({ role: 'menuitem' }, MENU_LABELS.snooze);
  const settingsItem = button({ role: 'menuitem' }, MENU_LABELS.settings);
  const reportItem = button({ role: 'menuitem' }, MENU_LABELS.layoutReport);
  menu.append(muteItem, snoozeItem, settingsItem, reportItem);

  const root = h(
    doc,
    'div',
    {
      class: 'ev-chat',
      role: 'dialog',
      'aria-modal': 'false',
      'aria-label': t('ext.name'),
      'aria-describedby': sentence.id,
    },
    h(doc, 'div', { class: 'ev-head' }, logo, sentence),
    notice,
    h(doc, 'div', { class: 'ev-actions' }, primary, secondary),
    // After the actions in the DOM, so Tab meets the two choices first; drawn at the top right.
    h(doc, 'div', { class: 'ev-tools' }, more, close),
    live,
  );

  let menuOpen = false;
  const setMenu = (openIt: boolean, focusFirst = false) => {
    menuOpen = openIt;
    more.setAttribute('aria-expanded', String(openIt));
    if (openIt) {
      more.setAttribute('aria-controls', menu.id);
      root.append(menu);
      if (focusFirst) menu.querySelector<HTMLElement>('[role=menuitem]:not([hidden])')?.focus();
    } else {
      more.removeAttribute('aria-controls');
      menu.remove();
    }
  };
  const menuItems = () => [...menu.querySelectorAll<HTMLElement>('[role=menuitem]:not([hidden])')];

  let keyboardOpen = false;
  more.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ' || event.key === 'ArrowDown') keyboardOpen = true;
  });
  // Page scripts can dispatch clicks into our UI: only the person's own act (../in-page/trusted.ts).
  more.addEventListener(
    'click',
    onTrusted(() => {
      setMenu(!menuOpen, keyboardOpen);
      keyboardOpen = false;
    }),
  );
  close.addEventListener(
    'click',
    onTrusted(() => props.onClose()),
  );
  primary.addEventListener(
    'click',
    onTrusted(() => props.onAddQuestion()),
  );
  secondary.addEventListener(
    'click',
    onTrusted(() => props.onSendAnyway()),
  );
  const menuAction = (action: () => void) =>
    onTrusted(() => {
      setMenu(false);
      action();
    });
  muteItem.addEventListener(
    'click',
    menuAction(() => props.onMute()),
  );
  snoozeItem.addEventListener(
    'click',
    menuAction(() => props.onSnooze()),
  );
  settingsItem.addEventListener(
    'click',
    menuAction(() => props.onOpenSettings()),
  );
  reportItem.addEventListener(
    'click',
    menuAction(() => props.onLayoutReport?.()),
  );

  root.addEventListener('keydown', (event) => {
    if (event.key === 'Tab' && event.shiftKey && props.onFocusBox) {
      const active = (root.getRootNode() as Document | ShadowRoot).activeElement;
      const first = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => !b.disabled && !b.hidden);
      if (active === first) {
        event.preventDefault();
        props.onFocusBox();
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (menuOpen) {
        setMenu(false);
        more.focus();
      } else {
        props.onClose();
      }
    } else if (menuOpen && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      const items = menuItems();
      const active = (root.getRootNode() as Document | ShadowRoot).activeElement as HTMLElement | null;
      const current = active ? items.indexOf(active) : -1;
      const next =
        (current +
          (event.key === 'ArrowDown' ? 1 : items.length - 1) +
          (current === -1 && event.key === 'ArrowUp' ? 1 : 0)) %
        items.length;
      items[next]?.focus();
    }
  });

  const apply = () => {
    root.className = `ev-chat ev-${props.theme}`;
    muteItem.hidden = !props.canMute;
    reportItem.hidden = !props.onLayoutReport;
    notice.textContent = props.notice ?? '';
    notice.hidden = !props.notice;
    primary.disabled = !!props.busy;
    secondary.disabled = !!props.busy;
  };
  apply();
  container.replaceChildren(root);
  doc.defaultView?.setTimeout(() => {
    if (root.isConnected) live.append(copy.sentence, ' ', promptHint());
  }, ANNOUNCE_DELAY_MS);

  return {
    element: root,
    update(next) {
      props = { ...props, ...next };
      apply();
    },
    focusPrimary() {
      primary.focus();
    },
  };
}
