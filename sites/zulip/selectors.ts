/** Zulip (self-hosted). ★★★ ids Zulip's own tests and themes rely on. */
export const ZULIP_SELECTORS = {
  editable: ['form#send_message_form textarea#compose-textarea', 'textarea#compose-textarea'],
  box: ['form#send_message_form', '#compose'],
  sendButton: ['button#compose-send-button'],
  // ★★ the typeahead menu (readable classes), ★★ ARIA listbox
  suggestion: ['[role="listbox"]', '.typeahead.dropdown-menu'],
  /** ★★ the "Enter to send" / "Ctrl + Enter to send" hint; ★★★ the class Zulip toggles. */
  ctrlEnterShown: '.enter_sends_false',
  hint: '.enter_sends, #enter-sends-hint',
} as const;
