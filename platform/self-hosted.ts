/**
 * Self-hosted chat servers (Mattermost, Zulip, Rocket.Chat) live on origins only the user
 * knows. The options page asks for the origin's host permission when the user adds it; the
 * background then registers the chat content script there at run time, and unregisters it
 * when the origin is removed, disabled or its permission is revoked.
 */
import { browser } from 'wxt/browser';
import { originPermissionPattern } from '../lib/hosts';
import type { SelfHostedChat } from '../lib/settings';
import { hasOriginPermission } from './feeds';

const ID_PREFIX = 'eventually-self-hosted:';
/** Built by WXT from entrypoints/chat.content.ts. */
const CHAT_CONTENT_SCRIPT = 'content-scripts/chat.js';

let syncs: Promise<unknown> = Promise.resolve();

/**
 * Make the registered scripts match the enabled, permitted origins; returns those origins.
 * One sync at a time: two running together would both see a script missing and both
 * register it, and the second fails with a duplicate id.
 */
export function syncSelfHostedScripts(chats: SelfHostedChat[]): Promise<string[]> {
  const next = syncs.then(
    () => syncNow(chats),
    () => syncNow(chats),
  );
  syncs = next.catch(() => undefined);
  return next;
}

async function syncNow(chats: SelfHostedChat[]): Promise<string[]> {
  const wanted: string[] = [];
  for (const chat of chats) {
    if (chat.enabled && (await hasOriginPermission(chat.origin))) wanted.push(chat.origin);
  }
  const registered = await browser.scripting.getRegisteredContentScripts();
  const ours = registered.filter((script) => script.id.startsWith(ID_PREFIX));
  const stale = ours.filter((script) => !wanted.includes(script.id.slice(ID_PREFIX.length)));
  if (stale.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: stale.map((script) => script.id) });
  }
  const have = new Set(ours.map((script) => script.id.slice(ID_PREFIX.length)));
  const missing = wanted.filter((origin) => !have.has(origin));
  if (missing.length > 0) {
    await browser.scripting.registerContentScripts(
      missing.map((origin) => ({
        id: `${ID_PREFIX}${origin}`,
        matches: [originPermissionPattern(origin)],
        js: [CHAT_CONTENT_SCRIPT],
        allFrames: true,
        runAt: 'document_idle' as const,
        persistAcrossSessions: true,
      })),
    );
  }
  return wanted;
}
