/** Rocket.Chat: a textarea inside the "Message composer" group. */
import { rocketchatConversationId } from '../../lib/chat/conversation';
import { defineChatAdapter } from '../chat-common/adapter';
import { bodyText, type MessageListSpec, previousItem, timeAttr } from '../chat-common/messages';
import { ROCKETCHAT_MESSAGE_LIST as M, ROCKETCHAT_SELECTORS } from './selectors';
import { site } from './site';

/** The message that heads `item`'s run (sequential messages have no header: [2]). */
function headOf(item: Element, list: Element): Element | null {
  for (let at: Element | null = item, i = 0; at && i < 30; i++, at = previousItem(list, at, M.item)) {
    if (at.getAttribute('data-sequential') !== 'true') return at;
  }
  return null;
}

const messages: MessageListSpec = {
  list: (doc) => doc.querySelector(M.list),
  item: M.item,
  mine(item) {
    const own = item.getAttribute(M.own);
    return own === 'true' ? true : own === 'false' ? false : null;
  },
  author: (item, list) => headOf(item, list)?.querySelector(M.author)?.textContent?.trim() || null,
  text: (item) => bodyText(item.querySelector(M.text)),
  // A sequential message shows no time of its own: unknown.
  time: (item) => timeAttr(item.querySelector(M.time), 'title'),
  id: (item) => item.getAttribute('data-id'),
  mentionsMe: (item) => item.querySelector(M.mentionMe) !== null,
  conversation(_doc, url, composer) {
    // [5] C: /direct/… is a DM; a thread adds /thread/<tmid>; [5] I: /channel/ and /group/
    if (composer.thread || url.pathname.includes('/thread/')) return 'thread';
    if (url.pathname.startsWith('/direct/')) return 'dm';
    return /^\/(channel|group)\//.test(url.pathname) ? 'channel' : null;
  },
};

export const rocketchat = defineChatAdapter({
  site,
  selectors: ROCKETCHAT_SELECTORS,
  conversationId: (_composer, url) => rocketchatConversationId(url),
  messages,
  // Only a conversation view promises a message box (not the login page or settings).
  expectsComposer: (_doc, url, isTop) => isTop && rocketchatConversationId(url.href) !== null,
});
