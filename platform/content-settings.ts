/**
 * Settings as a content script sees them: read once, then kept current as the person edits
 * them in the options page. Never repairs storage (the background does that).
 */
import type { Settings } from '../lib/settings';
import { DEFAULT_SETTINGS } from '../lib/settings';
import { loadSettings, watchSettings } from './storage';

export interface LiveSettings {
  current(): Settings;
  ready: Promise<Settings>;
  stop(): void;
}

export function liveSettings(onChange?: (settings: Settings) => void): LiveSettings {
  let settings: Settings = DEFAULT_SETTINGS;
  const ready = loadSettings().then(
    (loaded) => (settings = loaded),
    () => settings,
  );
  const unwatch = watchSettings((next) => {
    settings = next;
    onChange?.(next);
  });
  return { current: () => settings, ready, stop: unwatch };
}
