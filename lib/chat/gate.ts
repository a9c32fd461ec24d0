/**
 * Whether the chat helper is on for one site and conversation, and the settings changes its
 * prompt makes ("Snooze 1 hour", "Don't ask in this conversation"). Pure.
 */
import type { Settings } from '../settings';
import { BUILTIN_SITE_IDS, type SiteId } from '../sites';
import type { HelperGate } from './decide';

const HOUR_MS = 60 * 60 * 1000;

/** The longest item `settings.muted.conversations` accepts (lib/settings.ts). */
const MAX_CONVERSATION_KEY = 300;

/** FNV-1a, 32 bits, base 36; same as shortHash in sites/calendar-common/dom.ts (lib cannot import sites). */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * A key within the stored limit: a longer one (a Zulip group DM with 36 people makes 313
 * characters) keeps its start and ends with a hash of the whole, so it stays unique and stable.
 */
function boundedConversationKey(key: string): string {
  if (key.length <= MAX_CONVERSATION_KEY) return key;
  const hash = shortHash(key);
  return `${key.slice(0, MAX_CONVERSATION_KEY - hash.length - 1)}#${hash}`;
}

/** `site-id:conversation-id`, the form `settings.muted.conversations` keeps (bounded). */
export function conversationKey(site: SiteId, conversationId: string | null | undefined): string {
  return conversationId ? boundedConversationKey(`${site}:${conversationId}`) : '';
}

function isBuiltin(site: SiteId): site is (typeof BUILTIN_SITE_IDS)[number] {
  return (BUILTIN_SITE_IDS as readonly string[]).includes(site);
}

/**
 * Is the helper on here? `origin` matters for self-hosted servers only: each one has its own
 * switch in the list of servers.
 */
export function helperGate(
  settings: Settings,
  where: { site: SiteId; origin?: string; conversationId?: string | null },
  now: number,
): HelperGate {
  let siteOn: boolean;
  if (isBuiltin(where.site)) {
    siteOn = settings.sites[where.site] !== false;
  } else {
    const entry = settings.selfHostedChats.find((chat) => chat.origin === where.origin);
    // Registered at run time only for enabled servers; an entry switched off since is off.
    siteOn = entry ? entry.enabled : true;
  }
  const key = conversationKey(where.site, where.conversationId);
  return {
    surfaceOn: settings.surfaces.chat,
    siteOn,
    snoozed: settings.chatSnoozedUntil > now,
    muted: key !== '' && (settings.muted.conversations.includes(key) || quietAfterSendAnyway(settings, key, now)),
  };
}

const DAY_MS = 24 * HOUR_MS;

/**
 * Someone who sent anyway `quietAfterSendAnyway` times in a conversation within a day has
 * answered the question: the prompt stays quiet there until a day after the last of them.
 */
export function quietAfterSendAnyway(settings: Settings, key: string, now: number): boolean {
  const times = settings.quietAfterSendAnyway;
  const sent = settings.sentAnyway[key];
  if (times === 0 || !sent || sent.length < times) return false;
  const recent = sent.slice(-times);
  const last = recent[recent.length - 1] ?? 0;
  const first = recent[0] ?? 0;
  return last - first < DAY_MS && now < last + DAY_MS;
}

/** Settings with one more "Send anyway" in `key`; drops what is more than a day old. */
export function withSentAnyway(settings: Settings, key: string, now: number): Settings {
  if (!key) return settings;
  const sentAnyway: Record<string, number[]> = {};
  for (const [conversation, stamps] of Object.entries(settings.sentAnyway)) {
    const kept = stamps.filter((stamp) => now - stamp < DAY_MS);
    if (kept.length > 0 && conversation !== key) sentAnyway[conversation] = kept;
  }
  const own = (settings.sentAnyway[key] ?? []).filter((stamp) => now - stamp < DAY_MS);
  sentAnyway[key] = [...own, now].slice(-20);
  // Keeps the record within its limit: the conversations touched longest ago go first.
  const keys = Object.keys(sentAnyway).sort((a, b) => (sentAnyway[a]?.at(-1) ?? 0) - (sentAnyway[b]?.at(-1) ?? 0));
  for (const stale of keys.slice(0, Math.max(0, keys.length - 500))) delete sentAnyway[stale];
  return { ...settings, sentAnyway };
}

/** The start of the next local day after `now` (what "Snooze until tomorrow" means). */
export function startOfTomorrow(now: number): number {
  const date = new Date(now);
  date.setHours(24, 0, 0, 0);
  return date.getTime();
}

export type SnoozeLength = 'hour' | 'tomorrow';

export function snoozeUntil(now: number, length: SnoozeLength): number {
  return length === 'hour' ? now + HOUR_MS : startOfTomorrow(now);
}

/** Settings with the helper snoozed (never shortens a longer snooze already set). */
export function withSnooze(settings: Settings, now: number, length: SnoozeLength): Settings {
  return { ...settings, chatSnoozedUntil: Math.max(settings.chatSnoozedUntil, snoozeUntil(now, length)) };
}

/** Settings with one conversation muted (idempotent; keeps the list within its limit). */
export function withMutedConversation(settings: Settings, key: string): Settings {
  const bounded = boundedConversationKey(key);
  if (!bounded || settings.muted.conversations.includes(bounded)) return settings;
  const conversations = [...settings.muted.conversations, bounded].slice(-500);
  return { ...settings, muted: { ...settings.muted, conversations } };
}
