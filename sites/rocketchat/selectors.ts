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
