/**
 * Mattermost (self-hosted). ★★★ `data-testid` is Mattermost's own test hook. Evidence beside each
 * selector: docs/research/live-dom-evidence.md (the Mattermost source) and public automation
 * scripts written against live Mattermost servers (2025–26).
 */
export const MATTERMOST_SELECTORS = {
  editable: [
    // ★★★ Mattermost source (the ids); automation scripts 2025–26 use both the ids and the test ids
    'textarea#post_textbox',
    'textarea#reply_textbox',
    'textarea[data-testid="post_textbox"]',
    'textarea[data-testid="reply_textbox"]',
  ],
  // ★★ automation scripts 2025–26 (`.AdvancedTextEditor textarea`): the editor cell; then the form (unconfirmed)
  box: ['.AdvancedTextEditor', 'form'],
  // ★★★ Mattermost source: SendMessageButton
  sendButton: ['[data-testid="SendMessageButton"]'],
  // ★★ unconfirmed: the ARIA listbox and the suggestion list's ids and readable class
  suggestion: ['[role="listbox"]', '#suggestionList', '.suggestion-list__content', '#suggestionListRhs'],
  // ★★★ Mattermost source: #rhsContainer; ★ unconfirmed: #sidebar-right, the test id
  thread: ['#rhsContainer', '#sidebar-right', '[data-testid="rhsContainer"]'],
} as const;
