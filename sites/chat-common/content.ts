/**
 * The chat helper's wiring, with the real browser: settings kept current, counts and
 * status sent to the background, the clipboard, the prompt UI. Runs in chat-main.js, which the
 * sentinel (entrypoints/chat.content.ts) has the background inject on demand.
 *
 * The same bundle runs on the built-in sites (declared in the manifest, in every frame) and
 * on self-hosted servers (registered at run time by platform/self-hosted.ts): there the
 * adapter comes from the kind the person chose for the origin, else from probing the page.
 */

import { openChatPrompt, pageTheme } from '../../components/chat/prompt-host';
import { openReplyChip } from '../../components/chat/ReplyChip';
import { classifyMessage } from '../../lib/chat/classify';
import type { MessageKind } from '../../lib/chat/decide';
import type { LayoutReportReply } from '../../lib/tab-messages';
import { copyToClipboard } from '../../platform/clipboard';
import { liveSettings } from '../../platform/content-settings';
import { layoutReportReply, showLayoutReport } from '../../platform/layout-report';
import { sendMessage } from '../../platform/messaging';
import { updateSettings } from '../../platform/settings-client';
import { chatSendKeysItem } from '../../platform/storage-items';
import { inPageLanguage } from '../language';
import type { ChatAdapter } from './adapter';
import { type ChatHelper, type ChatHelperDeps, startChatHelper } from './controller';
import { builtinAdapterFor, selfHostedAdapterFor } from './registry';
import { type ReplyWatch, startReplyWatch } from './reply-watch';

export interface ChatContentContext {
  onInvalidated(callback: () => void): void;
  addEventListener(target: Window, type: 'wxt:locationchange', handler: () => void): void;
}

const STARTED = Symbol.for('eventually.chat.started');

/**
 * Starts the helper with its listeners on `listenOn` (the sentinel's relay); `ready` settles
 * once the settings are read.
 */
export function startChatContentScript(
  ctx: ChatContentContext,
  listenOn: ChatHelperDeps['listenOn'],
): { helper: ChatHelper; ready: Promise<unknown>; layoutReport(): LayoutReportReply | null } | null {
  const marker = globalThis as unknown as Record<symbol, boolean>;
  // The manifest script and a run-time registration can both match one frame: run once.
  if (marker[STARTED]) return null;
  marker[STARTED] = true;

  const language = inPageLanguage();
  // A settings change (switched off, dismissed in another tab) is seen by the reply chip at once;
  // a new language applies to what is drawn next.
  let replies: ReplyWatch | null = null;
  const live = liveSettings((next) => {
    void language(next.language);
    replies?.check();
  });
  const builtin = builtinAdapterFor(new URL(location.href));
  let selfHosted: ChatAdapter | null = null;
  let loaded = false;
  // Ready once the settings are read and the prompt has its words (a chosen language's catalog).
  const ready = live.ready.then(async (settings) => {
    await language(settings.language);
    loaded = true;
  });

  const adapter = (): ChatAdapter | null => {
    if (builtin) return builtin;
    if (!loaded) return null;
    // Resolved lazily (the page may not have drawn its message box at first).
    selfHosted ??= selfHostedAdapterFor(location.origin, live.current().selfHostedChats, document);
    return selfHosted;
  };

  const helper = startChatHelper({
    win: window,
    listenOn,
    adapter,
    settings: () => (loaded ? live.current() : null),
    classify: (text): MessageKind => classifyMessage(text).kind,
    record(kind, site, key) {
      void sendMessage({ type: 'activity/record', kind, site, key, at: Date.now() });
    },
    reportStatus(site, status, detail) {
      void sendMessage({ type: 'site/status', site, status, detail, at: Date.now() });
    },
    // A patch to the background's one writer: another tab's change in the same moment stays.
    updateSettings,
    copy: (text) => copyToClipboard(text),
    openSettings() {
      void sendMessage({ type: 'options/open', section: 'chat' });
    },
    openPrompt: openChatPrompt,
    showLayoutReport: (site) => void showLayoutReport(site),
    now: () => Date.now(),
    sendKeyMemory: {
      // Session storage may be out of reach (an older browser): then the lesson lasts this page.
      load: async () => (await chatSendKeysItem.getValue())[location.origin] ?? null,
      save(key) {
        void chatSendKeysItem
          .getValue()
          .then((keys) => chatSendKeysItem.setValue({ ...keys, [location.origin]: key }))
          .catch(() => {});
      },
    },
  });

  // The kind reply to someone else's bare greeting (issue 13): its own watcher, same settings.
  replies = startReplyWatch({
    win: window,
    adapter,
    settings: () => (loaded ? live.current() : null),
    classify: (text): MessageKind => classifyMessage(text).kind,
    now: () => Date.now(),
    updateSettings,
    openChip: (anchor, props) => openReplyChip(anchor, { ...props, theme: pageTheme(anchor) }),
  });
  void live.ready.then(() => replies?.check());

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    helper.closePrompt();
    replies?.check();
  });
  ctx.onInvalidated(() => {
    replies?.stop();
    helper.stop();
    live.stop();
    marker[STARTED] = false;
  });
  return {
    helper,
    ready,
    // The site comes from the address, or for a self-hosted server from the settings.
    layoutReport: () => {
      const site = adapter()?.id;
      return site ? layoutReportReply(site) : null;
    },
  };
}
