/**
 * Teams: CKEditor 5; "Send anyway" clicks the send button (CKEditor ignores a synthetic Enter).
 * New messages only: an edit of an old message (also a CKEditor root, id `edit-message-…`, saved
 * with a Done button) is never held.
 */
import { teamsConversationId } from '../../lib/chat/conversation';
import { defineChatAdapter } from '../chat-common/adapter';
import { TEAMS_SELECTORS } from './selectors';
import { site } from './site';

export const teams = defineChatAdapter({
  site,
  sendBy: 'button',
  selectors: TEAMS_SELECTORS,
  conversationId: (_composer, url) => teamsConversationId(url),
  accept: (editable) => !editable.matches(TEAMS_SELECTORS.messageEdit),
  // The top-level page holds the chat pane today (older builds: a frame of it); a shell frame
  // without the pane expects nothing.
  expectsComposer: (doc) => doc.querySelector(TEAMS_SELECTORS.chatPane) !== null,
});
