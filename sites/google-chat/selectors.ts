/**
 * Google Chat (chat.google.com, and inside Gmail as a cross-origin chat.google.com iframe).
 * Classes are obfuscated (★, never used). The composer is a plain contenteditable textbox.
 */
export const GOOGLE_CHAT_SELECTORS = {
  // ★★ ARIA structure: the one multi-line textbox that is contenteditable
  editable: ['div[role="textbox"][contenteditable="true"]'],
  // No named box: the adapter climbs (at most a few levels) to the ancestor with the send button.
  box: [] as string[],
  sendButton: [
    // ★★ Google's `jsname` on the send button (a long-lived internal name, not a class)
    '[role="button"][jsname="GBTyxb"]',
    // ★ last resort: the English label (a click on a translated button is simply not held)
    '[role="button"][aria-label="Send message"]',
  ],
  // ★★★ (sites.md) the suggestion list stays in the DOM and says whether it is open
  suggestion: ['[role="listbox"][data-expanded="true"]', '[role="listbox"]:not([data-expanded])'],
} as const;
