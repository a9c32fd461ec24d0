/** Teams: CKEditor 5; "Send anyway" clicks the send button (CKEditor ignores a synthetic Enter). */
import { teamsConversationId } from '../../lib/chat/conversation';
import { defineChatAdapter } from '../chat-common/adapter';
import { TEAMS_SELECTORS } from './selectors';

export const TEAMS_HOSTS = ['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft'];

export const teams = defineChatAdapter({
  id: 'teams',
  editor: 'ckeditor',
  sendBy: 'button',
  selectors: TEAMS_SELECTORS,
  matches: (url) => TEAMS_HOSTS.includes(url.host),
  conversationId: (_composer, url) => teamsConversationId(url),
  // The shell frame holds the chat pane in an iframe; the frame without iframes should have a box.
  expectsComposer: (doc) =>
    doc.querySelector('iframe') === null &&
    doc.querySelector('[data-tid="chat-pane"], [data-tid="message-pane-footer"]') !== null,
});
