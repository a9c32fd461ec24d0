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

/**
 * The channel's posts, for the kind-reply chip. Evidence: docs/research/message-lists.md §5
 * (Mattermost's own source, S), row numbers in brackets.
 */
export const MATTERMOST_MESSAGE_LIST = {
  // [1] S: the centre list; [5] S: the right-hand thread's list
  list: '#postListContent, .post-list__content',
  threadList: '#rhsPostList',
  // [1] S: the scroll holder (virtualized: [7])
  scroller: '.post-list-holder-by-time',
  // [1] S: a post (centre: post_<id>, right-hand side: rhsPost_<id>); a pending post's id holds ':'
  item: '.post[id^="post_"]:not([id*=":"]), .post[id^="rhsPost_"]:not([id*=":"])',
  // [2] S: my own posts
  mine: 'current--user',
  // [2] S: consecutive posts of one author hide the header
  sameUser: 'same--user',
  author: '.post__header .user-popover',
  // [3] S
  text: '.post-message__text, [id^="rhsPostMessageText_"]',
  // [4] S
  time: 'time.post__time[datetime], time[datetime]',
  // [6] S+C: a mention of me (others' mentions lack mention--highlight)
  mentionMe: 'button.mention--highlight, .mention--highlight > .mention-link',
} as const;
