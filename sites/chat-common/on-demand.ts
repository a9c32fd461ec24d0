/**
 * How the chat sentinel (content-scripts/chat.js) and the main code it loads on demand
 * (chat-main.js) find each other: both run in the extension's isolated world of one frame,
 * so a global there is invisible to the page.
 */
import type { ChatContentContext } from './content';
import type { ChatSentinel } from './sentinel';

export const CHAT_SENTINEL_KEY = Symbol.for('eventually.chat.sentinel');

export interface SentinelSlot {
  sentinel: ChatSentinel;
  ctx: ChatContentContext;
}
