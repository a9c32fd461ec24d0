/** Slack: a Quill fork in [data-qa=message_input]; the main composer and the thread composer. */
import { slackConversationId } from '../../lib/chat/conversation';
import { defineChatAdapter } from '../chat-common/adapter';
import { SLACK_SELECTORS } from './selectors';
import { site } from './site';

export const slack = defineChatAdapter({
  site,
  selectors: SLACK_SELECTORS,
  conversationId(composer, url) {
    const channel = composer.editable.closest(SLACK_SELECTORS.channel)?.getAttribute('data-channel-id');
    return channel || slackConversationId(url);
  },
  // Enter sends by default; "Ctrl+Enter to send" is learned from a plain Enter that made a new line.
  defaultSendKey: 'enter',
  // Only a channel or DM view has a message box (not Activity, Later, search…).
  expectsComposer: (_doc, url, isTop) => isTop && slackConversationId(url.href) !== null,
});
