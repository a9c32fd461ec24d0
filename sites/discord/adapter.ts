/** Discord: Slate (slate-react); "Send anyway" dispatches Enter (Discord rarely shows a send button). */
import { discordConversationId } from '../../lib/chat/conversation';
import { defineChatAdapter } from '../chat-common/adapter';
import { bodyText, type MessageListSpec, timeAttr } from '../chat-common/messages';
import { DISCORD_SELECTORS, DISCORD_MESSAGE_LIST as M } from './selectors';
import { site } from './site';

/** The first `selector` in `item` that is not part of a reply preview ([2], [3] trap). */
function own(item: Element, selector: string): Element | null {
  return [...item.querySelectorAll(selector)].find((el) => !el.closest(M.replyContext)) ?? null;
}

const messages: MessageListSpec = {
  list: (doc) => doc.querySelector(M.list),
  item: M.item,
  scroller: M.scroller,
  // No evidence of a DOM marker for my own messages (message-lists.md §4 [2]): cannot tell.
  mine: () => null,
  author: (item) => own(item, M.author)?.textContent?.trim() || null,
  text: (item) => bodyText(own(item, M.text)),
  time: (item) => timeAttr(item.querySelector(M.time), 'datetime'),
  id: (item) => item.id,
  mentionsMe: (item) => item.matches(M.mentioned) || item.querySelector(M.mentioned) !== null,
  // [5] C: /channels/@me/… is a DM or group DM; a guild channel otherwise
  conversation: (_doc, url) => (url.pathname.startsWith('/channels/@me/') ? 'dm' : 'channel'),
};

export const discord = defineChatAdapter({
  site,
  sendBy: 'enter',
  // Discord shows a send button only when the person turned it on: its absence is normal.
  sendButtonOptional: true,
  selectors: DISCORD_SELECTORS,
  conversationId: (_composer, url) => discordConversationId(url),
  messages,
  expectsComposer: (_doc, url, isTop) => isTop && discordConversationId(url.href) !== null,
});
