/**
 * Every storage item the extension keeps, in one place. All of it lives in
 * `browser.storage.local`: nothing is synced or sent anywhere.
 */
import { storage } from 'wxt/utils/storage';
import type { ActivityLog } from '../lib/activity';
import type { SiteStatus } from '../lib/messages';
import {
  DEFAULT_SETTINGS,
  normalizeSettings,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  type Settings,
  type SettingsProblem,
} from '../lib/settings';

const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

/** A stored settings value that failed validation, kept so nothing is lost silently. */
export interface QuarantinedSettings {
  value: unknown;
  problems: SettingsProblem[];
  at: number;
}
export const settingsQuarantineItem = storage.defineItem<QuarantinedSettings | null>('local:settingsQuarantine', {
  fallback: null,
});

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

/**
 * Read the settings. The value is always valid: fields that fail validation get their
 * defaults. With `repair`, a bad stored value is put aside in the quarantine item and the
 * repaired value is written back (done by the background and the options page only, so
 * content scripts never race each other writing).
 */
export async function loadSettings(options: { repair?: boolean } = {}): Promise<Settings> {
  let raw: unknown;
  try {
    raw = await settingsItem.getValue();
  } catch (error) {
    // A migration that throws leaves the old value in place; read it as it is and repair.
    console.warn('[Eventually] settings migration failed', error);
    raw = await storage.getItem('local:settings');
  }
  const { settings, problems } = normalizeSettings(raw);
  if (problems.length > 0 && options.repair) {
    await settingsQuarantineItem.setValue({ value: raw ?? null, problems, at: Date.now() });
    await settingsItem.setValue(settings);
  }
  return settings;
}

/** True once anything has been written for the settings (false on first run). */
export async function hasStoredSettings(): Promise<boolean> {
  return (await storage.getItem('local:settings')) !== null;
}

export async function saveSettings(next: Settings): Promise<void> {
  await settingsItem.setValue(next);
}

/** Watch for settings changes (from the options page, or another tab). */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => onChange(normalizeSettings(raw).settings));
}
