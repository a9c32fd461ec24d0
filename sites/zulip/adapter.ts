/**
 * Zulip: one textarea. Enter-to-send is a per-user setting (default off: Enter makes a new
 * line, Ctrl+Enter sends) that the page shows only inside the send options popover; without
 * that signal, or a send we saw a plain Enter make, a plain Enter is never held.
 */
import { zulipConversationId } from '../../lib/chat/conversation';
import { defineChatAdapter } from '../chat-common/adapter';
import { ZULIP_SELECTORS } from './selectors';
import { site } from './site';

export const zulip = defineChatAdapter({
  site,
  selectors: ZULIP_SELECTORS,
  conversationId: (_composer, url) => zulipConversationId(url),
  // Only a conversation view promises a message box (not the login page or settings).
  expectsComposer: (_doc, url, isTop) => isTop && zulipConversationId(url.href) !== null,
  // Zulip's default (`enter_sends` is false for a new account).
  defaultSendKey: 'ctrl-enter',
  sendKeyShown(doc) {
    const checked = doc.querySelector<HTMLInputElement>(ZULIP_SELECTORS.enterSendsChoice);
    if (!checked) return null;
    if (checked.value === 'true') return 'enter';
    if (checked.value === 'false') return 'ctrl-enter';
    return null;
  },
});
