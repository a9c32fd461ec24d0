/** Slack: a Quill fork in [data-qa=message_input]; the main composer and the thread composer. */
import { slackConversationId } from '../../lib/chat/conversation';
import type { ConversationKind } from '../../lib/chat/kind-reply';
import { type Composer, defineChatAdapter } from '../chat-common/adapter';
import { bodyText, type MessageListSpec, previousItem, timeAttr } from '../chat-common/messages';
import { SLACK_MESSAGE_LIST as M, SLACK_SELECTORS } from './selectors';
import { site } from './site';

function conversationOf(composer: Composer, url: string): string | null {
  const channel = composer.editable.closest(SLACK_SELECTORS.channel)?.getAttribute('data-channel-id');
  return channel || slackConversationId(url);
}

/** The person's own user ids, from Slack's own local config (message-lists.md §1 [2]). */
function selfIds(doc: Document): Set<string> {
  const ids = new Set<string>();
  try {
    const raw = doc.defaultView?.localStorage.getItem(M.selfKey);
    const teams = raw ? (JSON.parse(raw) as { teams?: Record<string, { user_id?: unknown }> }).teams : undefined;
    for (const team of Object.values(teams ?? {})) if (typeof team?.user_id === 'string') ids.add(team.user_id);
  } catch {
    // unreadable: the author stays unknown
  }
  return ids;
}

/** The sender button of `item`, or of the run it belongs to (follow-ups omit it: [2]). */
function senderOf(item: Element, list: Element): Element | null {
  for (let at: Element | null = item, i = 0; at && i < 30; i++, at = previousItem(list, at, M.item)) {
    const sender = at.querySelector(M.sender);
    if (sender) return sender;
  }
  return null;
}

const messages: MessageListSpec = {
  list(doc, composer) {
    const pane = composer.thread
      ? composer.editable.closest(M.threadPane)
      : (composer.editable.closest(M.mainPane) ?? doc.querySelector(M.mainPane));
    // Keep the main pane separate from an open thread ([5], yarvis).
    const lists = [...(pane?.querySelectorAll(M.list) ?? [])].filter(
      (list) => composer.thread || !list.closest(M.threadPane),
    );
    return lists[lists.length - 1] ?? null;
  },
  item: M.item,
  // [7] I: rows are absolutely positioned, so DOM order is not always time order: the latest ts wins.
  order: (item) => Number(item.getAttribute('data-msg-ts')) || 0,
  scroller: M.scroller,
  mine(item, list, doc) {
    const id = senderOf(item, list)?.getAttribute('data-message-sender');
    const self = selfIds(doc);
    if (!id || self.size === 0) return null;
    return self.has(id);
  },
  author: (item, list) => senderOf(item, list)?.textContent?.trim() || null,
  text: (item) => bodyText(item.querySelector(M.text)),
  time: (item) => timeAttr(item.querySelector(M.timestamp), 'data-ts', 1000) ?? timeAttr(item, 'data-msg-ts', 1000),
  id: (item) => item.getAttribute('data-msg-ts'),
  mentionsMe: (item) => item.querySelector(M.mentionMe) !== null,
  conversation(doc, url, composer): ConversationKind | null {
    if (composer.thread) return 'thread';
    const id = conversationOf(composer, url.href);
    if (!id) return null;
    // [5] C: D… is a direct message; C… a channel; G… a private channel or a group DM
    if (id.startsWith('D')) return 'dm';
    if (id.startsWith('C')) return 'channel';
    const type = [...doc.querySelectorAll(M.sidebarRow)]
      .find((row) => row.getAttribute('data-qa-channel-sidebar-channel-id') === id)
      ?.getAttribute('data-qa-channel-sidebar-channel-type');
    return type ? 'channel' : null;
  },
};

export const slack = defineChatAdapter({
  site,
  selectors: SLACK_SELECTORS,
  conversationId: conversationOf,
  messages,
  // Enter sends by default; "Ctrl+Enter to send" is learned from a plain Enter that made a new line.
  defaultSendKey: 'enter',
  // Only a channel or DM view has a message box (not Activity, Later, search…).
  expectsComposer: (_doc, url, isTop) => isTop && slackConversationId(url.href) !== null,
});
