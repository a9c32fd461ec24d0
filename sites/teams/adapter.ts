/** Teams: CKEditor 5; "Send anyway" clicks the send button (CKEditor ignores a synthetic Enter). */
import { teamsConversationId } from '../../lib/chat/conversation';
import { defineChatAdapter } from '../chat-common/adapter';
import { TEAMS_SELECTORS } from './selectors';
import { site } from './site';

export const teams = defineChatAdapter({
  site,
  sendBy: 'button',
  selectors: TEAMS_SELECTORS,
  conversationId: (_composer, url) => teamsConversationId(url),
  // The shell frame holds the chat pane in an iframe; the frame without iframes should have a box.
  expectsComposer: (doc) =>
    doc.querySelector('iframe') === null &&
    doc.querySelector('[data-tid="chat-pane"], [data-tid="message-pane-footer"]') !== null,
});
