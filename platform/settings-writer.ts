/**
 * The one writer of the settings (background only). Pages send what they changed as a patch
 * (lib/settings-patch.ts); each patch is applied here, one after the other, to the settings
 * as they are at that moment, so no page writes back a whole object it read earlier.
 */
import type { Settings } from '../lib/settings';
import { applySettingsPatch, type SettingsPatch } from '../lib/settings-patch';
import { hasStoredSettings, loadSettings, saveSettings } from './storage';

let queue: Promise<unknown> = Promise.resolve();

/** Run `task` after every write queued before it (a failed one does not stop the queue). */
function serialisedSettingsWrite<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

export interface PatchOutcome {
  settings: Settings;
  /** False when the patch changed nothing (nothing was written). */
  changed: boolean;
}

/** Apply `patch` to the stored settings; rejects (writing nothing) when the patch is refused. */
export function patchSettings(patch: SettingsPatch): Promise<PatchOutcome> {
  return serialisedSettingsWrite(async () => {
    const current = await loadSettings();
    const result = applySettingsPatch(current, patch);
    if (!result.ok) throw new Error(result.error);
    const changed = JSON.stringify(result.settings) !== JSON.stringify(current);
    if (changed) await saveSettings(result.settings);
    return { settings: result.settings, changed };
  });
}

/**
 * Read the settings, repairing a bad stored value in the queue (so it never races a patch);
 * on first run the complete defaults are written, so every page reads a whole value.
 */
export function loadRepairedSettings(): Promise<Settings> {
  return serialisedSettingsWrite(async () => {
    const settings = await loadSettings({ repair: true });
    if (!(await hasStoredSettings())) await saveSettings(settings);
    return settings;
  });
}
