/**
 * Slack (app.slack.com). Ordered stable-first; see docs/research/sites.md and, for the evidence
 * named beside each selector, docs/research/live-dom-evidence.md.
 * ★★★ `data-qa` attributes are Slack's own test hooks and have survived years of redesigns.
 * ★★ Quill's own class names (`ql-editor`) and Slack's readable BEM classes (`c-wysiwyg_container`).
 *
 * No selector tells whether the person chose "Ctrl+Enter to send": nobody has found that
 * preference in Slack's DOM, so the helper learns it from what a plain Enter did (see
 * sites/chat-common/controller.ts) and a second Enter always goes through.
 */
export const SLACK_SELECTORS = {
  editable: [
    // ★★★ Slack page inventory 2026 (logged in) and Briskine 2026: Quill's editable root in the composer
    '[data-qa="message_input"] .ql-editor[contenteditable="true"]',
    // ★★ unconfirmed: the same root found by its ARIA role
    '[data-qa="message_input"] [role="textbox"][contenteditable="true"]',
  ],
  box: [
    // ★★ Slack page inventory 2026: the composer box with the editor, its toolbar and the send button
    '.c-wysiwyg_container',
    // ★★★ unconfirmed (no project uses it)
    '[data-qa="wysiwyg-container"]',
  ],
  // ★★★ Slack page inventory 2026: Slack's test hook on the send button
  sendButton: ['button[data-qa="texty_send_button"]'],
  // ★★ Slack page inventory 2026: the autocomplete list (`role=listbox`, the editor's aria-owns target)
  suggestion: ['[role="listbox"]', '#chat_input_tab_ui'],
  // ★★★ Slack page inventory 2026: the thread pane
  thread: ['[data-qa="threads_flexpane"]'],
  /** ★★★ Slack page inventory 2026: carries data-channel-id (and data-thread-ts in a thread). */
  channel: '[data-qa="message_input"][data-channel-id]',
} as const;

/**
 * The message list, for the kind-reply chip. Evidence: docs/research/message-lists.md §1 (Slack),
 * row numbers in brackets; confidence C = two or more independent sources.
 */
export const SLACK_MESSAGE_LIST = {
  // [1] C: the main pane's list and the thread pane's list (`[data-qa="slack_kit_list"]`)
  list: '[data-qa="slack_kit_list"][role="list"]',
  threadPane: '[data-qa="threads_flexpane"], .p-threads_flexpane',
  mainPane: '.p-workspace__primary_view, [data-qa="message_pane"]',
  // [1] C: the scroll container of the virtual list (Slack renders ~50 rows: [7])
  scroller: '.c-virtual_list__scroll_container',
  // [1] C: the message item (day dividers are list items too: [7])
  item: '[data-qa="message_container"]',
  // [2] C: the sender button carries the author id; [2] trap: read the button, not the span
  sender: '[data-qa="message_sender_name"], .c-message__sender_button',
  // [3] C
  text: '[data-qa="message-text"]',
  // [4] C: the permalink's data-ts (unix seconds); [4] 1: the container's data-msg-ts
  timestamp: 'a.c-timestamp[data-ts]',
  // [6] C: the mention anchor gets c-member_slug--mention when it is me
  mentionMe: 'a.c-member_slug--mention',
  // [5] C: the sidebar row of the open conversation carries its type (im, mpim, …)
  sidebarRow: '[data-qa="channel-sidebar-channel"][data-qa-channel-sidebar-channel-id]',
  // [2] C: localStorage localConfig_v2 → teams[<team>].user_id is the person's own id
  selfKey: 'localConfig_v2',
} as const;
