/** Rocket.Chat: a textarea inside the "Message composer" group. */
import { rocketchatConversationId } from '../../lib/chat/conversation';
import { defineChatAdapter } from '../chat-common/adapter';
import { ROCKETCHAT_SELECTORS } from './selectors';
import { site } from './site';

export const rocketchat = defineChatAdapter({
  site,
  selectors: ROCKETCHAT_SELECTORS,
  conversationId: (_composer, url) => rocketchatConversationId(url),
  // Only a conversation view promises a message box (not the login page or settings).
  expectsComposer: (_doc, url, isTop) => isTop && rocketchatConversationId(url.href) !== null,
});
