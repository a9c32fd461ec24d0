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

/**
 * The open conversation's messages, for the kind-reply chip. Evidence: docs/research/message-lists.md
 * §3 (Google Chat; the strongest source is a verbatim capture of 2026-08-18), row numbers in brackets.
 */
export const GOOGLE_CHAT_MESSAGE_LIST = {
  // [1] C: the open conversation, with its group id (dm/… or space/…)
  main: '[role="main"][data-group-id]',
  // [1] C: a topic that holds a message (other [data-topic-id] kinds hold none)
  topic: 'c-wiz[data-topic-id]',
  // [1] C: the message itself (not [data-message-id]: that is the sender heading, [1] trap)
  item: 'div[jsname="Ne3sFf"][data-id]',
  // [2] C: the sender heading, data-name holds the real name
  author: 'span[jsname="oU6v8b"][data-name]',
  // [2] C: "true" on my own messages, "false" on others'
  mine: '[data-is-viewer-message-creator]',
  // [3] C: the text; [3] 1: quote blocks excluded
  text: 'div[jsname="bgckF"]',
  quoted: '.wVNE5',
  // [4] C: epoch ms
  time: '[data-absolute-timestamp]',
  // [5] 1: a one-on-one DM (a group DM is `dm/` without it)
  oneOnOne: '[data-one-on-one-dm="true"]',
  // [5] 1: the thread panel
  threadPanel: '[jsname="Eh1mOb"]',
} as const;
