/**
 * Teams: CKEditor 5; "Send anyway" clicks the send button (CKEditor ignores a synthetic Enter).
 * New messages only: an edit of an old message (also a CKEditor root, id `edit-message-…`, saved
 * with a Done button) is never held.
 */
import { teamsConversationId } from '../../lib/chat/conversation';
import { defineChatAdapter } from '../chat-common/adapter';
import { bodyText, type MessageListSpec, previousItem, timeAttr } from '../chat-common/messages';
import { TEAMS_MESSAGE_LIST as M, TEAMS_SELECTORS } from './selectors';
import { site } from './site';

/** Inside (or is) Fluent UI's ChatMyMessage ([2]). */
const markedMine = (item: Element) => item.matches(M.mine) || item.querySelector(M.mine) !== null;

/** The author of `item`'s run: only the run's first message names it ([2]). */
function authorOf(item: Element, list: Element): string | null {
  for (let at: Element | null = item, i = 0; at && i < 30; i++, at = previousItem(list, at, M.item)) {
    if (markedMine(at)) return null;
    const name = at.querySelector(M.author)?.textContent?.trim();
    if (name) return name;
  }
  return null;
}

/** 1:1 chat, group chat or channel, from the conversation id (URL, else the open sidebar row: [5]). */
function kindOf(id: string | null): 'dm' | 'channel' | null {
  if (!id) return null;
  if (id.endsWith('@unq.gbl.spaces')) return 'dm';
  return /@thread\.(v2|tacv2|skype)$/.test(id) ? 'channel' : null;
}

const messages: MessageListSpec = {
  // The chat's list; a channel's reply pane has other markup ([1]: no evidence read here), so a
  // reply composer reads nothing.
  list: (doc, composer) => (composer.thread ? null : doc.querySelector(M.list)),
  item: M.item,
  scroller: M.scroller,
  mine(item, list) {
    if (markedMine(item)) return true;
    // Not marked as mine: someone else's only when their run names them ([2]: own messages have no name).
    return authorOf(item, list) ? false : null;
  },
  author: authorOf,
  text: (item) => bodyText(item.querySelector(M.text), M.quoted),
  time: (item) => timeAttr(item.querySelector(M.time), 'datetime'),
  id: (item) => item.querySelector(M.message)?.getAttribute('data-mid') ?? null,
  mentionsMe: (item) => item.querySelector(M.mentionMe) !== null,
  conversation(doc, url) {
    const row = doc.querySelector(M.activeRow)?.getAttribute('data-fui-tree-item-value') ?? '';
    return kindOf(teamsConversationId(url.href) ?? /19:[^\s]+/.exec(row)?.[0] ?? null);
  },
};

export const teams = defineChatAdapter({
  site,
  sendBy: 'button',
  selectors: TEAMS_SELECTORS,
  conversationId: (_composer, url) =>
    teamsConversationId(url) ??
    (/19:\S+/.exec(
      _composer.editable.ownerDocument.querySelector(M.activeRow)?.getAttribute('data-fui-tree-item-value') ?? '',
    )?.[0] ||
      null),
  messages,
  accept: (editable) => !editable.matches(TEAMS_SELECTORS.messageEdit),
  // The top-level page holds the chat pane today (older builds: a frame of it); a shell frame
  // without the pane expects nothing.
  expectsComposer: (doc) => doc.querySelector(TEAMS_SELECTORS.chatPane) !== null,
});
