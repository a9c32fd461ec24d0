/** Rocket.Chat (self-hosted). ★★★ the textarea's name; ★★ the composer group's ARIA role. */
export const ROCKETCHAT_SELECTORS = {
  editable: ['[role="group"] textarea[name="msg"]', 'textarea[name="msg"]'],
  box: ['[role="group"]', 'form'],
  // ★★ the button's name, ★★ Rocket.Chat's test hook
  sendButton: ['button[name="send"]', '[data-qa-id="send-message"]'],
  suggestion: ['[role="listbox"]', '.rc-popup-list'],
  // ★★ the thread contextual bar
  thread: ['[data-qa-id="thread"]', '.contextual-bar'],
} as const;
