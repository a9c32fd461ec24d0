/**
 * The receiving side of "no hello": whether to offer a one-click kind reply to someone else's
 * bare greeting (or bare call request). Pure: the adapters read the message list into a
 * `LastMessageRead`, this decides, the chip shows. Every unknown means "do nothing": a wrong
 * offer is worse than none.
 */
import type { Settings } from '../settings';
import type { MessageKind } from './classify';

/** A DM (one person, or a group DM), a thread, or a group channel. */
export type ConversationKind = 'dm' | 'thread' | 'channel';

/**
 * The last message of the open conversation as an adapter reads it. `null` in a field means
 * the page does not say (no evidence for a marker, or the marker is absent): the decision then
 * does nothing.
 */
export interface LastMessageRead {
  /** A stable id of the message (the site's own), so one message is offered once. */
  id: string | null;
  author: string | null;
  /** Sent by the person using the extension. */
  mine: boolean | null;
  text: string;
  /** When it was sent (epoch ms), from the page: never when we noticed it. */
  at: number | null;
  /** The list is scrolled to its end, so nothing rendered later is hidden from us. */
  atEnd: boolean | null;
  conversation: ConversationKind | null;
  /** The message @mentions the person. */
  mentionsMe: boolean | null;
}

export interface KindReplySettings {
  enabled: boolean;
  /** How long a greeting must stand alone before the chip is offered, in minutes. */
  afterMinutes: number;
}

export type KindReplyDecision =
  | { show: true; kind: Exclude<MessageKind, 'ok'> }
  /** `recheckAt`: the greeting qualifies, but has not stood alone long enough yet (epoch ms). */
  | { show: false; reason: string; recheckAt?: number };

/** A message time this far in the future is a misread (clock skew of a few seconds is fine). */
const FUTURE_SLACK_MS = 60_000;

export function decideKindReply(
  read: LastMessageRead | null,
  settings: KindReplySettings,
  now: number,
  classify: (text: string) => MessageKind,
  dismissed: boolean,
): KindReplyDecision {
  if (!settings.enabled) return { show: false, reason: 'off' };
  if (dismissed) return { show: false, reason: 'dismissed' };
  if (!read) return { show: false, reason: 'list not recognised' };
  if (read.mine !== false) return { show: false, reason: read.mine ? 'mine' : 'author unknown' };
  if (read.atEnd !== true) return { show: false, reason: 'not at the end of the list' };
  if (read.conversation === null) return { show: false, reason: 'conversation kind unknown' };
  if (read.conversation === 'channel' && read.mentionsMe !== true) return { show: false, reason: 'channel' };
  if (read.at === null || read.at > now + FUTURE_SLACK_MS) return { show: false, reason: 'time unknown' };
  const kind = classify(read.text);
  if (kind === 'ok') return { show: false, reason: 'has content' };
  const due = read.at + Math.max(0, settings.afterMinutes) * 60_000;
  if (now < due) return { show: false, reason: 'too recent', recheckAt: due };
  return { show: true, kind };
}

/**
 * The settings with the chip dismissed in one conversation; `key` is `conversationKey()`'s
 * (lib/chat/gate.ts, already bounded). The oldest is dropped past 500.
 */
export function withKindReplyDismissed(settings: Settings, key: string): Settings {
  if (!key || settings.kindReply.dismissed.includes(key)) return settings;
  const dismissed = [...settings.kindReply.dismissed, key].slice(-500);
  return { ...settings, kindReply: { ...settings.kindReply, dismissed } };
}
