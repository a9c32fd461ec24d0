/**
 * Slack (app.slack.com). Ordered stable-first; see docs/research/sites.md.
 * ★★★ `data-qa` attributes are Slack's own test hooks and have survived years of redesigns.
 * ★★ Quill's own class names (`ql-editor`) and Slack's readable BEM classes (`c-wysiwyg_container`).
 */
export const SLACK_SELECTORS = {
  editable: [
    // ★★★ the composer container (carries data-channel-id) holding Quill's editable root
    '[data-qa="message_input"] .ql-editor[contenteditable="true"]',
    '[data-qa="message_input"] [role="textbox"][contenteditable="true"]',
  ],
  box: [
    // ★★★ / ★★ the composer box with the editor, its toolbar and the send button
    '[data-qa="wysiwyg-container"]',
    '.c-wysiwyg_container',
  ],
  // ★★★ Slack's test hook on the send button
  sendButton: ['button[data-qa="texty_send_button"]'],
  // ★★ the autocomplete list (mentions, channels, emoji, slash commands) Enter picks from
  suggestion: ['[role="listbox"]', '#chat_input_tab_ui'],
  // ★★★ the thread pane
  thread: ['[data-qa="threads_flexpane"]'],
  /** ★★★ carries data-channel-id (and data-thread-ts in a thread). */
  channel: '[data-qa="message_input"][data-channel-id]',
  /** ★★ the composer's hint line ("Ctrl + Enter to send" when the person chose that). */
  hint: '.c-wysiwyg_container__hint, [data-qa="texty_hint"]',
} as const;
