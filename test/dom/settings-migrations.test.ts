/**
 * Migrations of the stored settings (issue 12, item 8): a migration that throws leads to the
 * repair (WXT's own migrations swallowed the error, so it never did), the stored version is
 * bumped after a repair, and the last few set-aside values are kept, not only the last.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import {
  loadSettings,
  QUARANTINE_HISTORY,
  settingsItem,
  settingsQuarantineHistoryItem,
  settingsQuarantineItem,
} from '../../platform/storage';

const version = async () => (await storage.getMeta<{ v?: number }>('local:settings')).v;

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('settings migrations', () => {
  it('a migration that throws is repaired: old value aside, valid fields kept, version bumped', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, currency: 'CHF', hourlyRate: 'a lot' });
    await storage.setMeta('local:settings', { v: 1 });
    const broken = {
      2: () => {
        throw new Error('boom');
      },
    };
    const settings = await loadSettings({ repair: true, migrations: broken, version: 2 });
    expect(settings.currency).toBe('CHF');
    expect(settings.hourlyRate).toBe(DEFAULT_SETTINGS.hourlyRate);
    const kept = await settingsQuarantineItem.getValue();
    expect(kept?.problems[0]?.message).toMatch(/version 1 failed \(boom\)/);
    expect((kept?.value as { hourlyRate: unknown } | undefined)?.hourlyRate).toBe('a lot');
    expect(await version()).toBe(2);
    // Repaired once: the next read neither migrates nor sets anything aside again.
    await settingsQuarantineItem.setValue(null);
    await loadSettings({ repair: true, migrations: broken, version: 2 });
    expect(await settingsQuarantineItem.getValue()).toBeNull();
  });

  it('a migration that works is written back with the new version', async () => {
    await settingsItem.setValue({ rate: 75 });
    await storage.setMeta('local:settings', { v: 1 });
    const renamed = {
      2: (old: unknown) => {
        const { rate, ...rest } = old as { rate: number };
        return { ...rest, hourlyRate: rate };
      },
    };
    const settings = await loadSettings({ repair: true, migrations: renamed, version: 2 });
    expect(settings.hourlyRate).toBe(75);
    expect(((await settingsItem.getValue()) as { hourlyRate: number }).hourlyRate).toBe(75);
    expect(await version()).toBe(2);
    expect(await settingsQuarantineItem.getValue()).toBeNull();
  });

  it('keeps the last few values set aside, newest first', async () => {
    for (let round = 0; round < QUARANTINE_HISTORY + 2; round++) {
      await settingsItem.setValue({ ...DEFAULT_SETTINGS, hourlyRate: `bad ${round}` });
      await loadSettings({ repair: true });
    }
    const history = await settingsQuarantineHistoryItem.getValue();
    expect(history).toHaveLength(QUARANTINE_HISTORY);
    expect(history.map((entry) => (entry.value as { hourlyRate: string }).hourlyRate)).toEqual(
      Array.from({ length: QUARANTINE_HISTORY }, (_, i) => `bad ${QUARANTINE_HISTORY + 1 - i}`),
    );
  });
});
