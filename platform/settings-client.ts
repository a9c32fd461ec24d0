/**
 * Changing the settings from a page (a content script or an extension page): only what
 * changed is sent, as a patch, to the background's one writer (./settings-writer.ts), which
 * applies it to the settings as they are then. Another tab's mute or the options page's save
 * in the same moment stays.
 */
import type { Settings } from '../lib/settings';
import { diffSettings } from '../lib/settings-diff';
import { readStoredSettings } from './content-settings';
import { sendMessage } from './messaging';

/** Apply `change` to the current settings, through the background; rejects when it was refused. */
export async function updateSettings(change: (settings: Settings) => Settings): Promise<void> {
  const before = await readStoredSettings();
  const patch = diffSettings(before, change(before));
  if (patch.length === 0) return;
  const reply = await sendMessage({ type: 'settings/patch', patch });
  if (!reply.ok) throw new Error(reply.error);
}
