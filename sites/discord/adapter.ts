/** Discord: Slate (slate-react); "Send anyway" dispatches Enter (Discord rarely shows a send button). */
import { discordConversationId } from '../../lib/chat/conversation';
import { defineChatAdapter } from '../chat-common/adapter';
import { DISCORD_SELECTORS } from './selectors';
import { site } from './site';

export const discord = defineChatAdapter({
  site,
  sendBy: 'enter',
  // Discord shows a send button only when the person turned it on: its absence is normal.
  sendButtonOptional: true,
  selectors: DISCORD_SELECTORS,
  conversationId: (_composer, url) => discordConversationId(url),
  expectsComposer: (_doc, url, isTop) => isTop && discordConversationId(url.href) !== null,
});
