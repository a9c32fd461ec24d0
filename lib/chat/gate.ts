/**
 * Whether the chat helper is on for one site and conversation, and the settings changes its
 * prompt makes ("Snooze 1 hour", "Don't ask in this conversation"). Pure.
 */
import type { Settings } from '../settings';
import { BUILTIN_SITE_IDS, type SiteId } from '../sites';
import type { HelperGate } from './decide';

const HOUR_MS = 60 * 60 * 1000;

/** `site-id:conversation-id`, the form `settings.muted.conversations` keeps. */
export function conversationKey(site: SiteId, conversationId: string | null | undefined): string {
  return conversationId ? `${site}:${conversationId}` : '';
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
  if (!key || settings.muted.conversations.includes(key)) return settings;
  const conversations = [...settings.muted.conversations, key].slice(-500);
  return { ...settings, muted: { ...settings.muted, conversations } };
}
