/**
 * The kind-reply chip: when someone else's latest message is only "hi" (or only asks for a
 * call), one small, quiet button above the message box that puts a kind reply into it. It
 * never sends, never takes focus, and goes away for good in that conversation with ×.
 * Plain DOM in a shadow root, like ChatPrompt.ts; knows no site.
 */
import { t } from '../i18n';
import { followViewport } from '../in-page/follow-viewport';
import { createShadowHost } from '../in-page/shadow-host';
import { onTrusted } from '../in-page/trusted';
import css from './reply-chip.css?inline';

export const REPLY_CHIP_NAME = 'reply-chip';

/** Every word the chip shows, read from the catalog when it is drawn (components/i18n.ts). */
export const REPLY_CHIP_COPY = {
  'greeting-only': {
    get lead() {
      return t('reply.said_hi');
    },
    get action() {
      return t('reply.action');
    },
  },
  'call-request': {
    get lead() {
      return t('reply.asked_call');
    },
    get action() {
      return t('reply.action');
    },
  },
  get dismiss() {
    return t('reply.dismiss');
  },
  get region() {
    return t('reply.region');
  },
};

export interface ReplyChipProps {
  kind: 'greeting-only' | 'call-request';
  theme: 'light' | 'dark';
  /** The reply (the person's template), shown as the button's tooltip. */
  reply: string;
  onUse(): void;
  onDismiss(): void;
}

export interface ReplyChipHandle {
  host: HTMLElement;
  close(): void;
}

const GAP = 6;

/** Opens the chip just above `anchor` (the message box), at its right edge; follows scroll and resize. */
export function openReplyChip(anchor: Element, props: ReplyChipProps): ReplyChipHandle {
  const doc = anchor.ownerDocument;
  const view = doc.defaultView ?? window;
  const mount = createShadowHost({ css, name: REPLY_CHIP_NAME, doc, near: anchor });
  // At the box's end edge: its left edge on a right-to-left page.
  const rtl = mount.container.dir === 'rtl';
  const { host } = mount;
  host.style.position = 'fixed';
  host.style.zIndex = '2147483646';
  const copy = REPLY_CHIP_COPY[props.kind];

  const root = doc.createElement('div');
  root.className = `ev-chip${props.theme === 'dark' ? ' ev-dark' : ''}`;
  root.setAttribute('role', 'group');
  root.setAttribute('aria-label', REPLY_CHIP_COPY.region);
  const lead = doc.createElement('span');
  lead.textContent = copy.lead;
  const use = doc.createElement('button');
  use.type = 'button';
  use.className = 'ev-use';
  use.textContent = copy.action;
  use.title = props.reply;
  const dismiss = doc.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = '×';
  dismiss.title = REPLY_CHIP_COPY.dismiss;
  dismiss.setAttribute('aria-label', REPLY_CHIP_COPY.dismiss);
  root.append(lead, use, dismiss);
  mount.container.append(root);
  // Keep the message box focused: a mousedown on our buttons would move focus away.
  for (const button of [use, dismiss]) button.addEventListener('mousedown', (e) => e.preventDefault());
  use.addEventListener(
    'click',
    onTrusted(() => props.onUse()),
  );
  dismiss.addEventListener(
    'click',
    onTrusted(() => props.onDismiss()),
  );

  const place = () => {
    const rect = anchor.getBoundingClientRect();
    if (rtl) host.style.left = `${Math.max(8, Math.round(rect.left))}px`;
    else host.style.right = `${Math.max(8, Math.round(view.innerWidth - rect.right))}px`;
    host.style.bottom = `${Math.round(view.innerHeight - rect.top + GAP)}px`;
  };
  place();
  (doc.body ?? doc.documentElement).append(host);
  const follow = followViewport(view, place);

  let closed = false;
  return {
    host,
    close() {
      if (closed) return;
      closed = true;
      follow.stop();
      mount.remove();
    },
  };
}
