/** Google Chat: a plain contenteditable; a synthetic Enter sends (measured), so "Send anyway" uses it. */
import { googleChatConversationId } from '../../lib/chat/conversation';
import { defineChatAdapter } from '../chat-common/adapter';
import { bodyText, type MessageListSpec, timeAttr } from '../chat-common/messages';
import { GOOGLE_CHAT_SELECTORS, GOOGLE_CHAT_MESSAGE_LIST as M } from './selectors';
import { site } from './site';

const messages: MessageListSpec = {
  // The topics' parent: new messages arrive as new topics (or as messages in the last one).
  list(doc, composer) {
    if (composer.editable.closest(M.threadPanel)) return null; // thread panel: no evidence for its list
    const topics = doc.querySelector(M.main)?.querySelectorAll(M.topic);
    return topics?.[topics.length - 1]?.parentElement ?? null;
  },
  item: M.item,
  mine(item) {
    const flag = item.querySelector(M.mine)?.getAttribute('data-is-viewer-message-creator');
    return flag === 'true' ? true : flag === 'false' ? false : null;
  },
  author: (item) => (item.closest(M.topic) ?? item).querySelector(M.author)?.getAttribute('data-name')?.trim() || null,
  text: (item) => bodyText(item.querySelector(M.text), M.quoted),
  time: (item) => timeAttr(item.querySelector(M.time), 'data-absolute-timestamp'),
  id: (item) => item.getAttribute('data-id'),
  // [6]: no evidence found for a mention of me: never known, so group spaces never show the chip.
  mentionsMe: () => null,
  conversation(doc) {
    const group = doc.querySelector(M.main)?.getAttribute('data-group-id') ?? '';
    if (group.startsWith('space/')) return 'channel';
    if (!group.startsWith('dm/')) return null;
    return doc.querySelector(`${M.main} ${M.oneOnOne}`) ? 'dm' : 'channel';
  },
};

export const googleChat = defineChatAdapter({
  site,
  sendBy: 'enter',
  selectors: GOOGLE_CHAT_SELECTORS,
  conversationId: (composer, url) =>
    googleChatConversationId(url) ??
    (composer.editable.ownerDocument.querySelector(M.main)?.getAttribute('data-group-id') || null),
  messages,
  // The search field is a contenteditable textbox too: typing there is never ours.
  accept: (editable) =>
    editable.getAttribute('contenteditable') !== 'false' && !editable.closest(GOOGLE_CHAT_SELECTORS.notComposer),
  // Only a conversation address promises a message box (the roster and home do not have one).
  expectsComposer: (_doc, url) => site.hosts.includes(url.host) && googleChatConversationId(url.href) !== null,
});
