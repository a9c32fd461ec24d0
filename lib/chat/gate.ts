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
    muted: key !== '' && settings.muted.conversations.includes(key),
  };
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
