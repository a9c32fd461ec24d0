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
