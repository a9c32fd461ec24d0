/** Mattermost: React-controlled textareas (center channel and the thread on the right). */
import { mattermostConversationId } from '../../lib/chat/conversation';
import { defineChatAdapter } from '../chat-common/adapter';
import { MATTERMOST_SELECTORS } from './selectors';

export const mattermost = defineChatAdapter({
  id: 'mattermost',
  editor: 'textarea',
  selectors: MATTERMOST_SELECTORS,
  // Self-hosted: the origin comes from the settings, never from the address (see registry.ts).
  matches: () => false,
  conversationId: (_composer, url) => mattermostConversationId(url),
  // Only a conversation view promises a message box (not the login page or settings).
  expectsComposer: (_doc, url, isTop) => isTop && mattermostConversationId(url.href) !== null,
});
