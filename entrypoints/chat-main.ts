import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startChatContentScript } from '../sites/chat-common/content';
import { CHAT_SENTINEL_KEY, type SentinelSlot } from '../sites/chat-common/on-demand';

/**
 * The chat helper itself (classifier, adapters, prompt, settings), built as chat-main.js.
 * Never declared in the manifest: the background injects it into one frame when that frame's
 * sentinel (entrypoints/chat.content.ts) asks, and it runs in the sentinel's isolated world.
 */
export default defineUnlistedScript(() => {
  const slot = (globalThis as unknown as Record<symbol, SentinelSlot | undefined>)[CHAT_SENTINEL_KEY];
  if (!slot) return;
  const started = startChatContentScript(slot.ctx, slot.sentinel.relay);
  if (started) {
    slot.sentinel.attach({
      ready: started.ready,
      replayEnter: started.helper.replayEnter,
      layoutReport: started.layoutReport,
    });
  }
});
