import { defineContentScript } from 'wxt/utils/define-content-script';
import { startChatContentScript } from '../sites/chat-common/content';
import { contentScriptMatches } from '../sites/registry';

/**
 * The chat helper (greet and ask in one message; a written question instead of a call).
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
export default defineContentScript({
  matches: contentScriptMatches('chat'),
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_start',
  main(ctx) {
    startChatContentScript(ctx);
  },
});
