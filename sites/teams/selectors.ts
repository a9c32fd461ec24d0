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
