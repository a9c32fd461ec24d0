/**
 * Zulip (self-hosted). Every selector below is from Zulip's own source (zulip/zulip
 * `web/templates/compose.hbs`, `web/templates/popovers/send_later_popover.hbs` /
 * `compose_select_enter_behaviour_popover.hbs`, `web/e2e-tests/lib/common.ts`), unless it says otherwise.
 */
export const ZULIP_SELECTORS = {
  // ★★★ zulip/zulip compose.hbs: textarea#compose-textarea (name=content) inside form#send_message_form
  editable: ['form#send_message_form textarea#compose-textarea', 'textarea#compose-textarea'],
  // ★★★ compose.hbs: the form, then its #compose container
  box: ['form#send_message_form', '#compose'],
  // ★★★ compose.hbs: button#compose-send-button[type=submit]
  sendButton: ['button#compose-send-button'],
  // ★★ unconfirmed in the templates: the typeahead menu (readable classes), the ARIA listbox
  suggestion: ['[role="listbox"]', '.typeahead.dropdown-menu'],
  /**
   * ★★★ The Enter-to-send choice: radios `.enter_sends_choice input[type=radio][value=true|false]`
   * (Zulip's popover templates; Zulip's own e2e tests read it the same way). They are in the DOM
   * only while the send options popover (`#send_later`) is open; Zulip keeps no class for the
   * choice anywhere else, and its default is Ctrl+Enter to send (`enter_sends` = false).
   */
  enterSendsChoice: '.enter_sends_choice input[type="radio"]:checked',
} as const;

/**
 * The message feed, for the kind-reply chip. Evidence: docs/research/message-lists.md §6 (Zulip's
 * own templates), row numbers in brackets. Zulip's rows carry **no machine-readable time** ([4]:
 * text only, the exact time in a tooltip), so the chip cannot tell how long a greeting has stood
 * and never shows on Zulip.
 */
export const ZULIP_MESSAGE_LIST = {
  // [1] S: a message row
  item: '.message_row[data-message-id]',
  // [2] S: the sender, on rows that include it; [2] I: the edit control only on my own rows
  author: '.message_sender .sender_name_text, .sender_name',
  includesSender: 'messagebox-includes-sender',
  mineControl: '.edit_content',
  // [3] S
  text: '.message_content.rendered_markdown, .message_content',
  // [6] S+C: a personal mention of me
  mentionMe: '.user-mention-me',
  directMention: 'direct_mention',
  // [5] S: a DM row
  privateRow: 'private-message',
} as const;
