/**
 * Every storage item the extension keeps, in one place. All of it lives in
 * `browser.storage.local`: nothing is synced or sent anywhere.
 */
import { storage } from 'wxt/utils/storage';
import type { ActivityLog } from '../lib/activity';
import type { SiteStatus } from '../lib/messages';
import {
  DEFAULT_SETTINGS,
  migrateSettings,
  normalizeSettings,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  type Settings,
  type SettingsProblem,
} from '../lib/settings';

/**
 * Versioned by hand (the version in the item's meta, `settings$`, as WXT keeps it), not with
 * WXT's `migrations`: WXT catches and logs a migration that throws, so the repair below never
 * ran and the old value stayed, unversioned, for ever.
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

/** The version the stored settings were written with (1 when never recorded). */
async function storedVersion(): Promise<number> {
  const meta = await storage.getMeta<{ v?: unknown }>('local:settings');
  return typeof meta.v === 'number' && Number.isInteger(meta.v) ? meta.v : 1;
}

export interface LoadOptions {
  /** Put a bad stored value aside and write the repaired one (the background only). */
  repair?: boolean;
  migrations?: typeof SETTINGS_MIGRATIONS;
  version?: number;
}

/**
 * Read the settings. The value is always valid: fields that fail validation get their
 * defaults. An older stored version is migrated; with `repair`, the migrated or repaired
 * value is written back with the current version, and a bad stored value (or one whose
 * migration threw) is put aside in the quarantine, keeping the last few. Only the background
 * repairs (through its one writer), so content scripts never race each other writing.
 */
export async function loadSettings(options: LoadOptions = {}): Promise<Settings> {
  const migrations = options.migrations ?? SETTINGS_MIGRATIONS;
  const current = options.version ?? SETTINGS_VERSION;
  const raw = await settingsItem.getValue();
  const from = raw === null || raw === undefined ? current : await storedVersion();
  let value: unknown = raw;
  const problems: SettingsProblem[] = [];
  if (from < current) {
    try {
      value = migrateSettings(raw, from, migrations, current);
    } catch (error) {
      // Read the old value as it is; what does not fit is reset and the old value kept aside.
      problems.push({
        path: '',
        message: `Updating saved settings from version ${from} failed (${error instanceof Error ? error.message : String(error)}).`,
      });
    }
  }
  const normalized = normalizeSettings(value);
  problems.push(...normalized.problems);
  if (options.repair && (problems.length > 0 || from !== current)) {
    if (problems.length > 0) await quarantine({ value: raw ?? null, problems, at: Date.now() });
    await settingsItem.setValue(normalized.settings);
    await storage.setMeta('local:settings', { v: current });
  }
  return normalized.settings;
}

async function quarantine(entry: QuarantinedSettings): Promise<void> {
  await settingsQuarantineItem.setValue(entry);
  const history = await settingsQuarantineHistoryItem.getValue().catch(() => []);
  await settingsQuarantineHistoryItem.setValue(
    [entry, ...(Array.isArray(history) ? history : [])].slice(0, QUARANTINE_HISTORY),
  );
}

/** True once anything has been written for the settings (false on first run). */
export async function hasStoredSettings(): Promise<boolean> {
  return (await storage.getItem('local:settings')) !== null;
}

export async function saveSettings(next: Settings): Promise<void> {
  await settingsItem.setValue(next);
  await storage.setMeta('local:settings', { v: SETTINGS_VERSION });
}

/** Watch for settings changes (from the options page, or another tab). */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => onChange(normalizeSettings(raw).settings));
}
