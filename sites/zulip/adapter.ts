/**
 * Zulip: one textarea. Enter-to-send is a per-user setting (default off: Enter makes a new
 * line, Ctrl+Enter sends) that the page shows only inside the send options popover; without
 * that signal, or a send we saw a plain Enter make, a plain Enter is never held.
 */
import { zulipConversationId } from '../../lib/chat/conversation';
import { defineChatAdapter } from '../chat-common/adapter';
import { bodyText, type MessageListSpec, previousItem } from '../chat-common/messages';
import { ZULIP_MESSAGE_LIST as M, ZULIP_SELECTORS } from './selectors';
import { site } from './site';

const messages: MessageListSpec = {
  // [1] S: rows sit in recipient blocks; the list is the last row's parent (no evidence of a named list).
  list(doc) {
    const rows = doc.querySelectorAll(M.item);
    return rows[rows.length - 1]?.parentElement ?? null;
  },
  item: M.item,
  // [2] I: the edit control is rendered only on my own messages
  mine: (item) => item.querySelector(M.mineControl) !== null,
  author(item, list) {
    for (let at: Element | null = item, i = 0; at && i < 30; i++, at = previousItem(list, at, M.item)) {
      if (at.classList.contains(M.includesSender)) return at.querySelector(M.author)?.textContent?.trim() || null;
    }
    return null;
  },
  text: (item) => bodyText(item.querySelector(M.text)),
  // [4]: no machine-readable time in Zulip's rows: cannot tell how long it has stood.
  time: () => null,
  id: (item) => item.getAttribute('data-message-id'),
  mentionsMe: (item) => item.classList.contains(M.directMention) || item.querySelector(M.mentionMe) !== null,
  conversation: (_doc, url) => {
    // [5] S/1: a topic is Zulip's thread; #narrow/dm/… a direct message
    if (/#narrow\/(dm|pm-with)\//.test(url.hash)) return 'dm';
    if (/\/topic\//.test(url.hash)) return 'thread';
    return /#narrow\/(stream|channel)\//.test(url.hash) ? 'channel' : null;
  },
};

export const zulip = defineChatAdapter({
  site,
  selectors: ZULIP_SELECTORS,
  conversationId: (_composer, url) => zulipConversationId(url),
  messages,
  // Only a conversation view promises a message box (not the login page or settings).
  expectsComposer: (_doc, url, isTop) => isTop && zulipConversationId(url.href) !== null,
  // Zulip's default (`enter_sends` is false for a new account).
  defaultSendKey: 'ctrl-enter',
  sendKeyShown(doc) {
    const checked = doc.querySelector<HTMLInputElement>(ZULIP_SELECTORS.enterSendsChoice);
    if (!checked) return null;
    if (checked.value === 'true') return 'enter';
    if (checked.value === 'false') return 'ctrl-enter';
    return null;
  },
});
