/**
 * Microsoft Teams, the new client (teams.microsoft.com/v2, teams.live.com, teams.cloud.microsoft).
 * The chat composer is in the top-level page (teams-for-linux 2026-05); iframes hold Loop
 * components, meetings and embedded apps, and older builds the chat pane itself, so the content
 * script runs in every frame and the same selectors serve both shapes.
 * ★★★ `data-tid` attributes are Teams' own test hooks. CKEditor 5 class names are ★★.
 * Evidence beside each selector: docs/research/live-dom-evidence.md.
 */
export const TEAMS_SELECTORS = {
  editable: [
    // ★★★ teams-for-linux 2026-05, Teams web automation 2026-07: a NEW message's CKEditor 5 root
    // (id `new-message-<uuid>`); an edit of an old message is `[data-tid=ckeditor]` too, with id
    // `edit-message-…`, and is never matched here.
    '[data-tid="ckeditor"][id^="new-message-"][contenteditable="true"]',
    // ★★ unconfirmed (a build without the id): a CKEditor 5 root in the compose footer
    '[data-tid="message-pane-footer"] [data-tid="ckeditor"][contenteditable="true"]',
    '[data-tid="chat-pane-compose-message-footer"] .ck-editor__editable[contenteditable="true"]',
  ],
  box: [
    // ★★★ teams-for-linux 2026-05: the compose footer (holds the editor and the send button)
    '[data-tid="message-pane-footer"]',
    // ★★★ Teams web automation 2026-07 (others use it; we had not)
    '[data-tid="chat-pane-compose-message-footer"]',
  ],
  // ★★★ Teams web automation 2026-07: the chat send button. (`newMessageCommands-send` is the Done
  // button of a message edit, with name=done: never a new send.)
  sendButton: [
    'button[data-tid="sendMessageCommands-send"]',
    // ★ unconfirmed as a send button: public Teams scripts say some layouts send with
    // newMessageCommands-send; never the Done of an edit (name=done).
    'button[data-tid="newMessageCommands-send"]:not([name="done"])',
  ],
  // ★★ unconfirmed: any shown ARIA listbox in the compose footer (the mention picker)
  suggestion: ['[role="listbox"]', '[data-tid="mention-suggestion-list"]'],
  // ★ unconfirmed: a reply box inside a channel post
  thread: ['[data-tid="reply-message-pane"]', '[data-tid="channel-reply-pane"]'],
  /** ★★★ Teams web automation 2026-07: an edit of an old message (its box or its Done button). */
  messageEdit: '[id^="edit-message-"], button[data-tid="newMessageCommands-send"][name="done"]',
  /** ★★★ teams-for-linux 2026-05: the chat pane (a frame or page that should have a composer). */
  chatPane: '[data-tid="chat-pane"], [data-tid="message-pane-footer"], [data-tid="chat-pane-compose-message-footer"]',
} as const;

/**
 * The chat's message list, for the kind-reply chip. Evidence: docs/research/message-lists.md §2
 * (Teams), row numbers in brackets; C = two or more independent sources, 1 = one.
 */
export const TEAMS_MESSAGE_LIST = {
  // [1] C: the chat list ("the runway"), then its older name
  list: '[data-tid="message-pane-list-runway"], [data-tid="chat-pane-list"]',
  // [1] C: the scroll viewport (the runway is virtualized: [7])
  scroller: '[data-tid="message-pane-list-viewport"]',
  // [1] C: one message per item (system rows are control-message-renderer, no chat-pane-message)
  item: '[data-tid="chat-pane-item"]:has([data-tid="chat-pane-message"])',
  message: '[data-tid="chat-pane-message"]',
  // [2] C: the author name, on the first message of a run only
  author: '[data-tid="message-author-name"]',
  // [2] C: own messages sit inside the Fluent UI ChatMyMessage component
  mine: '[class*="ChatMyMessage"]',
  // [3] C: the body; quoted replies excluded
  text: '[id^="content-"]:not([id^="content-control"]), [data-tid="messageBodyContent"]',
  quoted: '[data-tid="quoted-reply-card"]',
  // [4] C
  time: 'time[datetime]',
  // [6] 1: the wrapper of a mention of me says "Mentioned you" (English only: elsewhere no chip in group chats)
  mentionMe: '[aria-label="Mentioned you"]',
  // [5] C: the open conversation's row in the sidebar carries its id (19:…@unq.gbl.spaces = 1:1)
  activeRow: '[role="treeitem"][aria-selected="true"][data-fui-tree-item-value*="19:"]',
} as const;
