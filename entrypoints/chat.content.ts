import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isLayoutReportRequest } from '../lib/tab-messages';
import { CHAT_SENTINEL_KEY, type SentinelSlot } from '../sites/chat-common/on-demand';
import { startChatSentinel } from '../sites/chat-common/sentinel';
import { contentScriptMatches } from '../sites/registry';

/**
 * The chat helper's sentinel (sites/chat-common/sentinel.ts): a few KB that only listen. The
 * rest (entrypoints/chat-main.ts) is injected into this frame alone, by the background, when
 * someone types here: most matched frames never need it, and the page pays nothing for it.
 * Built as content-scripts/chat.js: declared here for the built-in chat sites of
 * sites/registry.ts, and registered at run time under the same file name on the self-hosted
 * servers the person adds (platform/self-hosted.ts). Runs in every frame: Teams draws its chat pane in an iframe,
 * and Gmail shows Google Chat in a chat.google.com iframe, which `https://chat.google.com/*`
 * matches wherever it is embedded: no access to Gmail itself is needed.
 *
 * `document_start` so that our capture listener on window is registered before the page's own.
 * No `match_origin_as_fallback`: the chat frames load real https addresses, and it would put
 * the script into every about:blank and blob: frame of Gmail for nothing.
 */
/** Is this frame's origin one that web_accessible_resources (wxt.config.ts) opens chat-main.js to? */
function importable(): boolean {
  const resources = (browser.runtime.getManifest().web_accessible_resources ?? []) as { matches?: string[] }[];
  return resources.some((entry) => entry.matches?.some((pattern) => pattern === `${location.origin}/*`));
}

export default defineContentScript({
  matches: contentScriptMatches('chat'),
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_start',
  main(ctx) {
    const slot = globalThis as unknown as Record<symbol, SentinelSlot | undefined>;
    // The manifest script and a run-time registration can both match one frame: run once.
    if (slot[CHAT_SENTINEL_KEY]) return;
    const sentinel = startChatSentinel(window, {
      async loadMain() {
        if (importable()) {
          try {
            // A module imported here runs in this content script's isolated world, in this frame.
            await import(/* @vite-ignore */ browser.runtime.getURL('/chat-main.js'));
            return true;
          } catch {
            // Then the background is the last way (it can where the person granted the host).
          }
        }
        // Self-hosted servers are not in web_accessible_resources (their origins are known only
        // at run time), but there the person granted the host permission: the background
        // injects the file into this frame. Not platform/messaging: its imports are more than
        // the sentinel needs.
        const reply = (await browser.runtime.sendMessage({ type: 'content/load', surface: 'chat' })) as
          | { ok: boolean }
          | undefined;
        return reply?.ok === true;
      },
    });
    slot[CHAT_SENTINEL_KEY] = { sentinel, ctx };
    // "Copy a layout report of this tab" in the popup: answered here, built by the main code.
    const onMessage = (message: unknown) => (isLayoutReportRequest(message) ? sentinel.layoutReport() : undefined);
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      sentinel.stop();
      slot[CHAT_SENTINEL_KEY] = undefined;
    });
  },
});
