/** Google Chat: a plain contenteditable; a synthetic Enter sends (measured), so "Send anyway" uses it. */
import { googleChatConversationId } from '../../lib/chat/conversation';
import { defineChatAdapter } from '../chat-common/adapter';
import { GOOGLE_CHAT_SELECTORS } from './selectors';
import { site } from './site';

export const googleChat = defineChatAdapter({
  site,
  sendBy: 'enter',
  selectors: GOOGLE_CHAT_SELECTORS,
  conversationId: (_composer, url) => googleChatConversationId(url),
  // The search field is a contenteditable textbox too: typing there is never ours.
  accept: (editable) =>
    editable.getAttribute('contenteditable') !== 'false' && !editable.closest(GOOGLE_CHAT_SELECTORS.notComposer),
  // Only a conversation address promises a message box (the roster and home do not have one).
  expectsComposer: (_doc, url) => site.hosts.includes(url.host) && googleChatConversationId(url.href) !== null,
});
