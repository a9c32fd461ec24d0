/**
 * Receiving the typed messages of lib/messages.ts (the background). Every message is validated
 * with zod; a malformed one is refused, logged and never reaches the handler.
 */
import { browser } from 'wxt/browser';
import { type Message, parseMessage, type Reply } from '../lib/messages';

export type MessageHandler = (
  message: Message,
  sender: { tabId?: number; frameId?: number; url?: string },
) => Promise<unknown>;

/** Listen for messages; malformed ones are refused, logged and never reach `handler`. */
export function onMessage(handler: MessageHandler): () => void {
  const listener = (
    raw: unknown,
    sender: { tab?: { id?: number }; frameId?: number; url?: string },
  ): Promise<Reply> => {
    const parsed = parseMessage(raw);
    if (!parsed.ok) {
      console.warn('[Eventually]', parsed.error, raw);
      return Promise.resolve({ ok: false, error: parsed.error });
    }
    return handler(parsed.message, { tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url }).then(
      (value): Reply => ({ ok: true, value }),
      (error: unknown): Reply => {
        console.error('[Eventually] message handler failed', parsed.message.type, error);
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      },
    );
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
