/**
 * Watches the open conversation for someone else's bare greeting and offers the kind-reply
 * chip (components/chat/ReplyChip.ts; the decision: lib/chat/kind-reply.ts). Runs in the
 * on-demand chat code only.
 *
 * Cheap by construction: one MutationObserver on the message list's own children and its last
 * child's (never the page, never a subtree), whose callback only arms a debounce timer; a check
 * reads the last item of that list only. A focus change, an address change and a slow timer re-check, so a
 * list the page replaces is found again; a greeting too recent yet is re-checked when it is due.
 */
import { localTemplates } from '../../components/templates';
import type { MessageKind } from '../../lib/chat/decide';
import { conversationKey, helperGate } from '../../lib/chat/gate';
import { decideKindReply, withKindReplyDismissed } from '../../lib/chat/kind-reply';
import type { Settings } from '../../lib/settings';
import type { ChatAdapter, Composer } from './adapter';

interface ReplyChipOpen {
  close(): void;
}

export interface ReplyWatchDeps {
  win: Window;
  adapter(): ChatAdapter | null;
  settings(): Settings | null;
  classify(text: string): MessageKind;
  now(): number;
  updateSettings(change: (settings: Settings) => Settings): Promise<void>;
  openChip(
    anchor: Element,
    props: { kind: 'greeting-only' | 'call-request'; reply: string; onUse(): void; onDismiss(): void },
  ): ReplyChipOpen;
}

export interface ReplyWatch {
  /** Look again soon (debounced). */
  check(): void;
  stop(): void;
}

const DEBOUNCE_MS = 400;
/** A slow re-check, for a list the page replaced without telling us. */
const IDLE_CHECK_MS = 30_000;

export function startReplyWatch(deps: ReplyWatchDeps): ReplyWatch {
  const { win } = deps;
  const doc = win.document;
  let observed: Element | null = null;
  let observedLast: Element | null = null;
  const observer = new (win as Window & typeof globalThis).MutationObserver(() => schedule());
  let debounce = 0;
  let due = 0;
  let chip: { handle: ReplyChipOpen; message: string } | null = null;
  /** Messages the person already used the chip on, and conversations dismissed before the settings say so. */
  const used = new Set<string>();
  const dismissedHere = new Set<string>();
  let stopped = false;

  function schedule(delay = DEBOUNCE_MS) {
    if (stopped || debounce) return;
    debounce = win.setTimeout(() => {
      debounce = 0;
      try {
        run();
      } catch {
        close(); // never let our reading break the page
      }
    }, delay);
  }

  function close() {
    chip?.handle.close();
    chip = null;
  }

  /**
   * The list's own children, and those of its last child: a new message may arrive inside a
   * wrapper (Mattermost's virtualized rows) or in the last group (a Google Chat topic).
   */
  function observe(list: Element | null) {
    const last = list?.lastElementChild ?? null;
    if (list === observed && last === observedLast) return;
    observer.disconnect();
    observed = list;
    observedLast = last;
    if (list) observer.observe(list, { childList: true });
    if (last) observer.observe(last, { childList: true });
  }

  function composerOf(adapter: ChatAdapter): Composer | null {
    return adapter.findComposer(doc.activeElement) ?? adapter.findAnyComposer(doc);
  }

  function run() {
    if (due) win.clearTimeout(due);
    due = 0;
    const settings = deps.settings();
    const adapter = deps.adapter();
    const composer = adapter && settings ? composerOf(adapter) : null;
    if (!adapter || !settings || !composer) {
      observe(null);
      return close();
    }
    observe(adapter.messageList(doc, composer));
    const url = new URL(win.location.href);
    const conversationId = adapter.conversationId(composer, url.href);
    const key = conversationKey(adapter.id, conversationId);
    const gate = helperGate(settings, { site: adapter.id, origin: url.origin, conversationId }, deps.now());
    // No conversation id: a dismissal could not be remembered, so nothing is offered.
    if (!key || !gate.surfaceOn || !gate.siteOn || gate.snoozed) return close();
    const read = adapter.readLastMessage(doc, composer, url);
    const message = `${key}|${read?.id ?? ''}|${read?.text ?? ''}`;
    const now = deps.now();
    const decision = decideKindReply(
      read,
      settings.kindReply,
      now,
      deps.classify,
      dismissedHere.has(key) || settings.kindReply.dismissed.includes(key) || used.has(message),
    );
    if (!decision.show) {
      close();
      if (decision.recheckAt) due = win.setTimeout(() => schedule(0), Math.max(0, decision.recheckAt - now) + 50);
      return;
    }
    if (chip?.message === message) return;
    close();
    const reply = localTemplates(settings.templates).kindReply;
    chip = {
      message,
      handle: deps.openChip(adapter.anchorFor(composer), {
        kind: decision.kind,
        reply,
        onUse() {
          used.add(message);
          close();
          void adapter.insertText(composer, reply).catch(() => {});
        },
        onDismiss() {
          dismissedHere.add(key);
          close();
          deps.updateSettings((current) => withKindReplyDismissed(current, key)).catch(() => {});
        },
      }),
    };
  }

  const onFocus = () => schedule();
  win.addEventListener('focusin', onFocus, true);
  const idle = win.setInterval(() => {
    if (doc.visibilityState !== 'hidden') schedule(0);
  }, IDLE_CHECK_MS);
  schedule(0);

  return {
    check: () => schedule(),
    stop() {
      stopped = true;
      observer.disconnect();
      win.removeEventListener('focusin', onFocus, true);
      win.clearInterval(idle);
      win.clearTimeout(debounce);
      win.clearTimeout(due);
      close();
    },
  };
}
