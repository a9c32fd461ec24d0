/**
 * Microsoft Teams, the new client (teams.microsoft.com/v2, teams.live.com, teams.cloud.microsoft).
 * The chat pane may render inside an iframe: the content script runs in every frame.
 * ★★★ `data-tid` attributes are Teams' own test hooks. CKEditor 5 class names are ★★.
 */
export const TEAMS_SELECTORS = {
  editable: [
    // ★★★ the CKEditor 5 editable root Teams tags for its tests
    '[data-tid="ckeditor"][contenteditable="true"]',
    // ★★ any CKEditor 5 editable inside the compose area
    '[data-tid="message-pane-footer"] .ck-editor__editable[contenteditable="true"]',
  ],
  box: [
    // ★★★ the compose box holding the editor and its command bar (with the send button)
    '[data-tid="newMessageCommands"]',
    '[data-tid="message-pane-footer"]',
  ],
  sendButton: [
    // ★★★ current builds, then older builds
    'button[data-tid="newMessageCommands-send"]',
    'button[data-tid="sendMessageCommands-send"]',
  ],
  // ★★★ the mention picker; ★★ any listbox in the compose box
  suggestion: ['[data-tid="mention-suggestion-list"]', '[role="listbox"]'],
  // ★★ a reply box inside a channel post
  thread: ['[data-tid="reply-message-pane"]', '[data-tid="channel-reply-pane"]'],
} as const;
