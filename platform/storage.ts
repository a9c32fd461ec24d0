/**
 * Every storage item the extension keeps, in one place (the items themselves are in
 * ./storage-items.ts), and the settings' loading, repair and migration. All of it lives in
 * `browser.storage.local`: nothing is synced or sent anywhere.
 */
import { storage } from 'wxt/utils/storage';
import {
  migrateSettings,
  normalizeSettings,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  type Settings,
  type SettingsProblem,
} from '../lib/settings';
import {
  QUARANTINE_HISTORY,
  type QuarantinedSettings,
  settingsItem,
  settingsQuarantineHistoryItem,
  settingsQuarantineItem,
} from './storage-items';

export * from './storage-items';

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
