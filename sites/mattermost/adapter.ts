/** Mattermost: React-controlled textareas (center channel and the thread on the right). */
import { mattermostConversationId } from '../../lib/chat/conversation';
import { defineChatAdapter } from '../chat-common/adapter';
import { bodyText, type MessageListSpec, previousItem, timeAttr } from '../chat-common/messages';
import { MATTERMOST_MESSAGE_LIST as M, MATTERMOST_SELECTORS } from './selectors';
import { site } from './site';

const messages: MessageListSpec = {
  list: (doc, composer) => doc.querySelector(composer.thread ? M.threadList : M.list),
  item: M.item,
  scroller: M.scroller,
  mine: (item) => item.classList.contains(M.mine),
  author(item, list) {
    for (let at: Element | null = item, i = 0; at && i < 30; i++, at = previousItem(list, at, M.item)) {
      const name = at.querySelector(M.author)?.textContent?.trim();
      if (name) return name;
      if (!at.classList.contains(M.sameUser)) return null;
    }
    return null;
  },
  text: (item) => bodyText(item.querySelector(M.text)),
  time: (item) => timeAttr(item.querySelector(M.time), 'datetime'),
  id: (item) => item.id,
  mentionsMe: (item) => item.querySelector(M.mentionMe) !== null,
  conversation(_doc, url, composer) {
    if (composer.thread) return 'thread';
    // [5] S+C: /<team>/messages/@<user> is a DM; /messages/<group> a group DM; /channels/ a channel
    const parts = url.pathname.split('/');
    const at = parts.indexOf('messages');
    if (at > 0) return parts[at + 1]?.startsWith('@') ? 'dm' : 'channel';
    return parts.includes('channels') ? 'channel' : null;
  },
};

export const mattermost = defineChatAdapter({
  site,
  selectors: MATTERMOST_SELECTORS,
  conversationId: (_composer, url) => mattermostConversationId(url),
  messages,
  // Only a conversation view promises a message box (not the login page or settings).
  expectsComposer: (_doc, url, isTop) => isTop && mattermostConversationId(url.href) !== null,
});
