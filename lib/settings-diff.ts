/**
 * What one page changed in the settings, as a patch (see ./settings-patch.ts, which applies
 * it). Without zod: content scripts send patches (a mute, a snooze) and load no validator.
 */
import type { Settings } from './settings';

/**
 * `set` replaces one value (a leaf, or a list of objects or numbers); `add` and `remove`
 * change one item of a list of strings, so two pages adding to the same list both keep theirs.
 * (./settings-patch.ts checks that its schema describes exactly this type.)
 */
export type SettingsOperation =
  | { op: 'set'; path: string[]; value: unknown }
  | { op: 'add'; path: string[]; value: string }
  | { op: 'remove'; path: string[]; value: string };
export type SettingsPatch = SettingsOperation[];

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The operations that turn `base` into `next` (both valid settings). */
export function diffSettings(base: Settings, next: Settings): SettingsPatch {
  const patch: SettingsPatch = [];
  const walk = (before: unknown, after: unknown, path: string[]) => {
    if (same(before, after)) return;
    if (isPlainObject(before) && isPlainObject(after) && path.length < 3) {
      for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
        walk(before[key], after[key], [...path, key]);
      }
      return;
    }
    if (isStringList(before) && isStringList(after)) {
      for (const item of before) if (!after.includes(item)) patch.push({ op: 'remove', path, value: item });
      for (const item of after) if (!before.includes(item)) patch.push({ op: 'add', path, value: item });
      return;
    }
    patch.push({ op: 'set', path, value: after });
  };
  walk(base, next, []);
  return patch;
}
