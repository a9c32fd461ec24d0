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
