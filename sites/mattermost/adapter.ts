/** Mattermost: React-controlled textareas (center channel and the thread on the right). */
import { mattermostConversationId } from '../../lib/chat/conversation';
import { defineChatAdapter } from '../chat-common/adapter';
import { MATTERMOST_SELECTORS } from './selectors';
import { site } from './site';

export const mattermost = defineChatAdapter({
  site,
  selectors: MATTERMOST_SELECTORS,
  conversationId: (_composer, url) => mattermostConversationId(url),
  // Only a conversation view promises a message box (not the login page or settings).
  expectsComposer: (_doc, url, isTop) => isTop && mattermostConversationId(url.href) !== null,
});
