/**
 * Rocket.Chat (self-hosted), 5.x–7.x interface. Evidence from Rocket.Chat's own source
 * (RocketChat/Rocket.Chat `apps/meteor/client/views/room/composer/messageBox/MessageBox.tsx`,
 * the fuselage `IconButton` / `Icon` components) and its e2e page objects
 * (`apps/meteor/tests/e2e/page-objects/fragments/composer.ts`, `home-content.ts`).
 */
export const ROCKETCHAT_SELECTORS = {
  editable: [
    // ★★★ MessageBox.tsx: `<MessageComposerInput name='msg'>` (a textarea) inside the composer
    // group; e2e composer.ts: `group "Message composer"` › `[name="msg"]`
    '[role="group"] textarea[name="msg"]',
    'textarea[name="msg"]',
    // ★★ the opt-in preview composer (live-dom-evidence.md): a contenteditable `.js-input-message`
    // without name=msg, in the same group
    '[role="group"] [contenteditable="true"].js-input-message',
  ],
  // ★★★ e2e composer.ts: `getByRole('group', { name: 'Message composer' })`; then the form
  box: ['[role="group"]', 'form'],
  sendButton: [
    // ★★★ MessageBox.tsx: `<MessageComposerAction icon='send' aria-label={t('Send')}>`, a fuselage
    // IconButton whose icon is `<i class="rcx-icon rcx-icon--name-send">` (the icon class is what
    // Rocket.Chat's own e2e tests select icons by, e.g. `i.rcx-icon--name-key`): language-independent
    'button:has(> .rcx-icon--name-send)',
    // ★★ e2e composer.ts: `getByRole('button', { name: 'Send', exact: true })` (English only)
    'button[aria-label="Send"]',
  ],
  // ★★ MessageBox.tsx sets aria-activedescendant on the textarea while its popup has a focused
  // item (checked by the adapter); unconfirmed: an ARIA listbox or menu in the composer
  suggestion: ['[role="listbox"]'],
  // ★ unconfirmed: the thread contextual bar (e2e: the thread is a `dialog "thread"`)
  thread: ['[role="dialog"][aria-label="thread" i]', '.contextual-bar'],
} as const;

/**
 * The room's messages, for the kind-reply chip. Evidence: docs/research/message-lists.md §7
 * (Rocket.Chat's own source, S, and its e2e tests), row numbers in brackets.
 */
export const ROCKETCHAT_MESSAGE_LIST = {
  // [1] S+C: the list (virtualized variant), then the older box
  list: 'ul.messages-list, .messages-box [role="list"], .messages-box',
  // [1] S+C: a message
  item: '[data-qa-type="message"][data-id]',
  // [2] S: data-own="true" on my own messages
  own: 'data-own',
  // [2] S+C: the author; sequential messages (data-sequential="true") have no header
  author: '[data-qa-type="username"]',
  // [3] C
  text: '[data-qa-type="message-body"]',
  // [4] S+C: the header time, its title the full date and time (formatted for the reader's
  // locale: read only when the browser can parse it, else unknown)
  time: '.rcx-message-header__time[title]',
  // [6] S+C: a mention of me (current and older clients)
  mentionMe: '.rcx-message__highlight--critical, .mention-link--me',
} as const;
