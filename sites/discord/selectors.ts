/**
 * Discord (discord.com/channels/…). Wrappers carry hashed classes (★: `[class*="prefix"]` at
 * most); the Slate editor's own data attributes are ★★★.
 */
export const DISCORD_SELECTORS = {
  // ★★★ Slate's editable root
  editable: ['[role="textbox"][data-slate-editor="true"][data-slate-node="value"]'],
  // ★ the text area wrapper (hashed suffix, readable prefix), then the form
  box: ['[class*="channelTextArea"]', 'form'],
  // ★ only shown when the person enabled it (accessibility settings)
  sendButton: ['button[class*="sendButton"]'],
  // ★★ ARIA listbox of the autocomplete; ★ its wrapper
  suggestion: ['[role="listbox"]', '[class*="autocomplete"]'],
  // ★ the thread side bar
  thread: ['[class*="threadSidebar"]'],
} as const;
