/**
 * Settings changes as patches: what one page changed, applied by the background's single
 * writer to the settings as they are at that moment. Two tabs muting and the options page
 * saving at the same moment then each change only what they meant to change, instead of
 * writing back a whole object read a moment earlier. Pure.
 */
import { z } from 'zod';
import { normalizeSettings, type Settings } from './settings';
import { isPlainObject, isStringList, type SettingsOperation, type SettingsPatch } from './settings-diff';

export { diffSettings, type SettingsPatch } from './settings-diff';

const pathSchema = z.array(z.string().min(1).max(50)).min(1).max(4);

/** The patch a page sends, as the background checks it (the type: ./settings-diff.ts). */
const settingsOperationSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('set'), path: pathSchema, value: z.unknown() }),
  z.object({ op: z.literal('add'), path: pathSchema, value: z.string().max(1000) }),
  z.object({ op: z.literal('remove'), path: pathSchema, value: z.string().max(1000) }),
]);
export const settingsPatchSchema = z.array(settingsOperationSchema).max(200);

// The schema describes exactly the hand-written type of ./settings-diff.ts: tsc fails here
// when one of the two changes alone.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameTypes: Same<z.infer<typeof settingsOperationSchema>, SettingsOperation> = true;
void sameTypes;

/** Where a path's parent object is, created as needed; null when the path leaves the settings. */
function parentOf(root: Record<string, unknown>, path: readonly string[]): Record<string, unknown> | null {
  let node: Record<string, unknown> = root;
  for (const key of path.slice(0, -1)) {
    if (!Object.hasOwn(node, key) || !isPlainObject(node[key])) return null;
    node = node[key] as Record<string, unknown>;
  }
  return node;
}

/**
 * Settings whose keys are data (a conversation's key), not names: a patch may add and remove
 * their keys. Everywhere else a path must name a setting that exists.
 */
const RECORD_SETTINGS = new Set(['sentAnyway']);

export type PatchResult = { ok: true; settings: Settings } | { ok: false; error: string };

/**
 * `patch` applied to a copy of `current`, unvalidated: how the options page carries its edits
 * (valid or not yet) over settings another page has just changed. Null when a path is unknown.
 */
export function mergeSettingsPatch<T extends object>(current: T, patch: SettingsPatch): T | null {
  const draft = structuredClone(current) as unknown as Record<string, unknown>;
  for (const operation of patch) {
    const parent = parentOf(draft, operation.path);
    const key = operation.path[operation.path.length - 1] as string;
    const dataKey = operation.path.length === 2 && RECORD_SETTINGS.has(operation.path[0] as string);
    if (!parent || (!Object.hasOwn(parent, key) && !dataKey)) return null;
    if (operation.op === 'set') {
      // A key of a record setting that is gone from the new value (diffSettings sets it to
      // undefined, which messaging drops altogether) is removed.
      if (dataKey && operation.value === undefined) delete parent[key];
      else parent[key] = structuredClone(operation.value);
      continue;
    }
    const list = parent[key];
    if (!isStringList(list)) return null;
    if (operation.op === 'add') {
      if (!list.includes(operation.value)) parent[key] = [...list, operation.value];
    } else {
      parent[key] = list.filter((item) => item !== operation.value);
    }
  }
  return draft as unknown as T;
}

/**
 * Apply `patch` to `current`. A patch that names a setting that does not exist, or whose
 * result fails validation, is refused whole: nothing half-applied is ever written.
 */
export function applySettingsPatch(current: Settings, patch: SettingsPatch): PatchResult {
  const merged = mergeSettingsPatch(current, patch);
  if (!merged) return { ok: false, error: 'Refused: the patch names a setting that does not exist.' };
  const { settings, problems } = normalizeSettings(merged);
  if (problems.length > 0) {
    const first = problems[0] as { path: string; message: string };
    return { ok: false, error: `Refused: ${first.path} ${first.message}` };
  }
  return { ok: true, settings };
}

/**
 * True when every operation of `patch` is one a chat page may make: mute a conversation,
 * dismiss the reply chip in a conversation, snooze, or count a "Send anyway" in a conversation (lib/chat/gate.ts withSentAnyway).
 */
export function isChatPagePatch(patch: SettingsPatch): boolean {
  return patch.every(
    (operation) =>
      (operation.op !== 'set' && operation.path.join('.') === 'muted.conversations') ||
      (operation.op === 'add' && operation.path.join('.') === 'kindReply.dismissed') ||
      (operation.op === 'set' && operation.path.join('.') === 'chatSnoozedUntil') ||
      (operation.op === 'set' && operation.path.length === 2 && operation.path[0] === 'sentAnyway'),
  );
}
