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
