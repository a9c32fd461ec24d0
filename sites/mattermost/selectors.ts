/** Mattermost (self-hosted). ★★★ `data-testid` is Mattermost's own test hook. */
export const MATTERMOST_SELECTORS = {
  editable: [
    'textarea[data-testid="post_textbox"]',
    'textarea[data-testid="reply_textbox"]',
    // ★★ the ids the test ids mirror
    'textarea#post_textbox',
    'textarea#reply_textbox',
  ],
  // ★★ the editor cell (readable class), then the form
  box: ['.AdvancedTextEditor', 'form'],
  sendButton: ['[data-testid="SendMessageButton"]'],
  // ★★ the suggestion list (ids and readable class)
  suggestion: ['[role="listbox"]', '#suggestionList', '#suggestionListRhs', '.suggestion-list__content'],
  // ★★★ the reply box, ★★ the right-hand side
  thread: ['#sidebar-right', '#rhsContainer', '[data-testid="rhsContainer"]'],
} as const;
