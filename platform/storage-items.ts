/**
 * The storage items, without the settings' validation (./storage.ts): what content scripts
 * import, so that no zod loads in the page (they trust what the background has repaired).
 */
import { storage } from 'wxt/utils/storage';
import type { ActivityLog } from '../lib/activity';
import type { SiteStatus } from '../lib/messages';
import type { SettingsProblem } from '../lib/settings';
import { DEFAULT_SETTINGS } from '../lib/settings-defaults';

/**
 * Versioned by hand (the version in the item's meta, `settings$`, as WXT keeps it), not with
 * WXT's `migrations`: WXT catches and logs a migration that throws, so the repair never
 * ran and the old value stayed, unversioned, for ever (the repair is loadSettings in ./storage.ts).
 */
export const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: DEFAULT_SETTINGS });

/** A stored settings value that failed validation, kept so nothing is lost silently. */
export interface QuarantinedSettings {
  value: unknown;
  problems: SettingsProblem[];
  at: number;
}
export const settingsQuarantineItem = storage.defineItem<QuarantinedSettings | null>('local:settingsQuarantine', {
  fallback: null,
});
/** The last few values set aside, newest first (the notice above may be dismissed; these stay). */
export const QUARANTINE_HISTORY = 5;
export const settingsQuarantineHistoryItem = storage.defineItem<QuarantinedSettings[]>(
  'local:settingsQuarantineHistory',
  { fallback: [] },
);

/**
 * The chat send key learned per origin (Enter or Ctrl/Cmd+Enter; see sites/chat-common/controller.ts).
 * Session storage: a hint that outlives one page load, never the browser session.
 */
export const chatSendKeysItem = storage.defineItem<Record<string, 'enter' | 'ctrl-enter'>>('session:chatSendKeys', {
  fallback: {},
});

export const activityItem = storage.defineItem<ActivityLog>('local:activity', { fallback: {} });

export interface SiteStatusEntry {
  status: SiteStatus;
  detail: string;
  at: number;
}
export const siteStatusItem = storage.defineItem<Record<string, SiteStatusEntry>>('local:siteStatus', {
  fallback: {},
});

export const installedAtItem = storage.defineItem<number | null>('local:installedAt', { fallback: null });
