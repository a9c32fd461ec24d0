/**
 * Receiving the typed messages of lib/messages.ts (the background). Every message is validated
 * with zod; a malformed one is refused, logged by its shape only and never reaches the handler.
 * Feed, self-hosted and settings-repair commands are taken from the extension's own pages only.
 */
import { browser } from 'wxt/browser';
import { EXTENSION_PAGE_MESSAGES, type Message, messageShape, parseMessage, type Reply } from '../lib/messages';

export interface MessageSender {
  tabId?: number;
  /** The frame of a content script's message (0 = the top frame). */
  frameId?: number;
  url?: string;
  /** True for the extension's own pages (options, popup), false for content scripts. */
  fromExtensionPage: boolean;
}

export type MessageHandler = (message: Message, sender: MessageSender) => Promise<unknown>;

interface RawSender {
  id?: string;
  frameId?: number;
  url?: string;
  origin?: string;
  tab?: { id?: number };
}

/**
 * An extension page has our id and a URL of our own origin. A content script also has our
 * id, but the URL of the web page it runs in (and a tab), so the URL decides.
 */
function isExtensionPage(sender: RawSender): boolean {
  const base = browser.runtime.getURL('/');
  if (sender.id !== undefined && sender.id !== browser.runtime.id) return false;
  return typeof sender.url === 'string' && sender.url.startsWith(base);
}

/** Listen for messages; malformed or unauthorised ones are refused, logged and never reach `handler`. */
export function onMessage(handler: MessageHandler): () => void {
  const listener = (raw: unknown, sender: RawSender): Promise<Reply> => {
    const parsed = parseMessage(raw);
    if (!parsed.ok) {
      console.warn('[Eventually]', parsed.error, messageShape(raw));
      return Promise.resolve({ ok: false, error: parsed.error });
    }
    const fromExtensionPage = isExtensionPage(sender);
    if (!fromExtensionPage && EXTENSION_PAGE_MESSAGES.has(parsed.message.type)) {
      console.warn('[Eventually] refused a command from outside the extension pages:', parsed.message.type);
      return Promise.resolve({ ok: false, error: 'Refused: only the extension’s own pages may send this.' });
    }
    return handler(parsed.message, {
      tabId: sender.tab?.id,
      frameId: sender.frameId,
      url: sender.url,
      fromExtensionPage,
    }).then(
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
