/**
 * Google Chat: a plain contenteditable. Inside Gmail the chat is a chat.google.com frame,
 * which the chat.google.com pattern matches wherever it is embedded: Gmail itself needs no access.
 */
import { defineChatSite } from '../descriptor';

export const site = defineChatSite({
  id: 'google-chat',
  editor: 'contenteditable',
  hosts: ['chat.google.com'],
  note: 'and inside Gmail',
  fixtures: [
    { page: 'chat/google-chat', urls: ['https://chat.google.com/u/0/app/chat/AAAA1'] },
    // Gmail's shell around the chat.google.com frame (served by chat/google-chat).
    { page: 'chat/gmail', urls: ['https://mail.google.com/chat/u/0/'], hosts: ['mail.google.com'] },
  ],
});
