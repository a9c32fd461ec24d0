/**
 * Sending the typed messages of lib/messages.ts. Senders never throw: a content script that
 * outlives its extension (after an update) gets `{ ok: false }` instead of an exception in the
 * host page. Only types come from lib/messages here, so content scripts do not build the
 * protocol's zod schema: the receiver (platform/message-receiver.ts) validates.
 */
import { browser } from 'wxt/browser';
import type { MessageInput, Reply } from '../lib/messages';

export async function sendMessage(message: MessageInput): Promise<Reply> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Reply | undefined;
    return reply ?? { ok: false, error: 'No reply.' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
