/**
 * Discord (discord.com/channels/…). Wrappers carry hashed classes (★: `[class*="prefix"]` at
 * most); the Slate editor's own data attributes are ★★★. Evidence beside each selector:
 * docs/research/live-dom-evidence.md (Vencord 2026-07, Briskine 2026).
 */
export const DISCORD_SELECTORS = {
  // ★★★ Vencord 2026-07, Briskine 2026: Slate's editable root
  editable: ['[role="textbox"][data-slate-editor="true"][data-slate-node="value"]'],
  // ★ Vencord 2026-07: the text area wrapper (hashed suffix, readable prefix); then the form (unconfirmed)
  box: ['[class*="channelTextArea"]', 'form'],
  // ★ unconfirmed: only shown when the person enabled it (accessibility settings)
  sendButton: ['button[class*="sendButton"]'],
  // ★★ unconfirmed: ARIA listbox of the autocomplete; ★ its wrapper
  suggestion: ['[role="listbox"]', '[class*="autocomplete"]'],
  // ★ unconfirmed: the thread side bar
  thread: ['[class*="threadSidebar"]'],
} as const;

/**
 * The channel's message list, for the kind-reply chip. Evidence: docs/research/message-lists.md §4
 * (Discord), row numbers in brackets. Discord's DOM has **no "this is mine" marker** ([2]: only
 * React fiber state a content script cannot reach), so the chip never shows on Discord.
 */
export const DISCORD_MESSAGE_LIST = {
  // [1] C: the list (a thread side panel adds a second one: the first is the channel's)
  list: 'ol[data-list-id="chat-messages"]',
  // [1] C
  scroller: '[class*="scroller_"]',
  // [1] C: id chat-messages-<channelId>-<messageId>
  item: 'li[id^="chat-messages-"]',
  // [2] C: only on a group's first message; a reply preview holds another one
  author: '[id^="message-username-"]',
  replyContext: '[id^="message-reply-context"]',
  // [3] C: the text, not the one inside a reply preview
  text: '[id^="message-content-"]',
  // [4] C: ISO
  time: 'time[id^="message-timestamp-"][datetime]',
  // [6] C: the message's class contains mentioned_ (probably @everyone too: I)
  mentioned: '[class*="mentioned_"]',
} as const;
