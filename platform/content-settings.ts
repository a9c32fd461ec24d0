/**
 * Settings as a content script sees them: read once, then kept current as the person edits
 * them in the options page. Never repairs storage and never validates: the background is the
 * one writer and stores only validated, repaired settings (platform/storage.ts), so the page
 * trusts them and loads no validator (zod alone costs a content script ~10 ms, issue 10).
 */
import type { Settings } from '../lib/settings';
import { DEFAULT_SETTINGS, trustedSettings } from '../lib/settings-defaults';
import { settingsItem } from './storage-items';

export interface LiveSettings {
  current(): Settings;
  ready: Promise<Settings>;
  stop(): void;
}

/** The stored settings, as the background wrote them (the defaults when there are none yet). */
export async function readStoredSettings(): Promise<Settings> {
  return trustedSettings(await settingsItem.getValue());
}

export function liveSettings(onChange?: (settings: Settings) => void): LiveSettings {
  let settings: Settings = DEFAULT_SETTINGS;
  const ready = readStoredSettings().then(
    (loaded) => (settings = loaded),
    () => settings,
  );
  const unwatch = settingsItem.watch((next) => {
    settings = trustedSettings(next);
    onChange?.(settings);
  });
  return { current: () => settings, ready, stop: unwatch };
}
