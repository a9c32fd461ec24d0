/**
 * Google Chat (chat.google.com, and inside Gmail as a cross-origin chat.google.com iframe).
 * Classes are obfuscated (★, never used). Evidence beside each selector:
 * docs/research/live-dom-evidence.md (a Meet/Chat translator extension's notes on Google Chat, 2025).
 */
export const GOOGLE_CHAT_SELECTORS = {
  editable: [
    // ★★★ translator extension notes 2025: the composer; `contenteditable` is sometimes "" (still editable)
    'div[jsname="yrriRe"][g_editable="true"][role="textbox"]',
    // ★★ unconfirmed: Google's editable marker without the jsname
    'div[g_editable="true"][role="textbox"]',
    // ★ unconfirmed: any contenteditable textbox of the main region (the search field is excluded by the adapter)
    '[role="main"] div[role="textbox"][contenteditable="true"]',
  ],
  // No named box: the adapter climbs (at most a few levels) to the ancestor with the send button.
  box: [] as string[],
  sendButton: [
    // ★★ translator extension notes 2025: a native <button> (a `[role=button]` selector misses it).
    // English label only: on a translated page the click is simply not held (Enter still is).
    'button[aria-label="Send message"]',
  ],
  // ★★ unconfirmed: the suggestion list says whether it is open (data-expanded), or is shown at all
  suggestion: ['[role="listbox"][data-expanded="true"]', '[role="listbox"]:not([data-expanded])'],
  /** ★★ translator extension notes 2025: the search field is contenteditable too: never a composer. */
  notComposer: '[role="search"], [role="banner"], header, [role="combobox"]',
} as const;
