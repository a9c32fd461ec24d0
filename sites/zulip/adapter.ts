/** Zulip: one textarea; Enter-to-send is a per-user setting shown next to the send button. */
import { zulipConversationId } from '../../lib/chat/conversation';
import { defineChatAdapter, isShown, looksLikeCtrlEnterHint } from '../chat-common/adapter';
import { ZULIP_SELECTORS } from './selectors';
import { site } from './site';

export const zulip = defineChatAdapter({
  site,
  selectors: ZULIP_SELECTORS,
  conversationId: (_composer, url) => zulipConversationId(url),
  // Only a conversation view promises a message box (not the login page or settings).
  expectsComposer: (_doc, url, isTop) => isTop && zulipConversationId(url.href) !== null,
  ctrlEnterToSend(composer) {
    const shown = composer.box.querySelector(ZULIP_SELECTORS.ctrlEnterShown);
    if (shown && isShown(shown)) return true;
    return looksLikeCtrlEnterHint(composer.box.querySelector(ZULIP_SELECTORS.hint)?.textContent);
  },
});
