import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  migrateSettings,
  normalizeSettings,
  SETTINGS_VERSION,
  settingsSchema,
  trustedSettings,
} from '../../lib/settings';

describe('settings schema', () => {
  it('has complete defaults', () => {
    expect(DEFAULT_SETTINGS.hourlyRate).toBe(100);
    expect(DEFAULT_SETTINGS.thresholds).toEqual({ maxAttendees: 8, maxMinutes: 60 });
    expect(DEFAULT_SETTINGS.sites.slack).toBe(true);
    expect(DEFAULT_SETTINGS.templates.agenda).toContain('Agenda');
    expect(settingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });

  // DEFAULT_SETTINGS is written out by hand in lib/settings-defaults.ts (so content scripts
  // need no zod); the schema's own defaults are the truth.
  it("DEFAULT_SETTINGS are exactly the schema's defaults", () => {
    expect(DEFAULT_SETTINGS).toEqual(settingsSchema.parse({}));
  });

  it('trustedSettings: stored settings over the defaults, without validating', () => {
    expect(trustedSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(trustedSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(trustedSettings([1])).toEqual(DEFAULT_SETTINGS);
    // A setting added by an update reads as its default until the background has repaired the value.
    const { quietAfterSendAnyway: _added, ...older } = { ...DEFAULT_SETTINGS, hourlyRate: 85 };
    expect(trustedSettings(older)).toEqual({ ...DEFAULT_SETTINGS, hourlyRate: 85 });
  });

  it('trustedSettings: a field of the wrong kind reads as its default, so no page code trips on it', () => {
    const corrupted = {
      ...DEFAULT_SETTINGS,
      hourlyRate: 'lots',
      surfaces: null,
      muted: { conversations: 'x', people: [] },
    };
    const read = trustedSettings(corrupted);
    expect(read.hourlyRate).toBe(DEFAULT_SETTINGS.hourlyRate);
    expect(read.surfaces).toEqual(DEFAULT_SETTINGS.surfaces);
    expect(read.muted).toEqual({ conversations: [], people: [] });
    // Records keyed by the person's own data keep every entry of the right kind.
    const kept = trustedSettings({ ...DEFAULT_SETTINGS, sentAnyway: { 'slack:C1': { count: 2, since: 5 } } });
    expect(kept.sentAnyway).toEqual({ 'slack:C1': { count: 2, since: 5 } });
  });

  it('keeps a valid stored value as it is', () => {
    const stored = { ...DEFAULT_SETTINGS, hourlyRate: 85, currency: 'EUR' };
    expect(normalizeSettings(stored)).toEqual({ settings: stored, problems: [] });
  });

  it('resets only the field that fails and reports it', () => {
    const stored = { ...DEFAULT_SETTINGS, hourlyRate: 'lots', currency: 'EUR' };
    const { settings, problems } = normalizeSettings(stored);
    expect(settings.hourlyRate).toBe(DEFAULT_SETTINGS.hourlyRate);
    expect(settings.currency).toBe('EUR');
    expect(problems.map((p) => p.path)).toEqual(['hourlyRate']);
  });

  it('reports nested problems with their path', () => {
    const { settings, problems } = normalizeSettings({
      thresholds: { maxAttendees: -3, maxMinutes: 45 },
      workingHours: { start: '18:00', end: '09:00', days: [1] },
    });
    expect(problems.map((p) => p.path)).toContain('thresholds.maxAttendees');
    expect(problems.some((p) => p.path.startsWith('workingHours'))).toBe(true);
    // The valid sibling survives: salvage goes field by field inside objects.
    expect(settings.thresholds).toEqual({ maxAttendees: DEFAULT_SETTINGS.thresholds.maxAttendees, maxMinutes: 45 });
    expect(settings.workingHours).toEqual(DEFAULT_SETTINGS.workingHours);
  });

  it('falls back to defaults for a value that is not an object', () => {
    for (const raw of ['oops', 42, [1, 2], true]) {
      const { settings, problems } = normalizeSettings(raw);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(problems).toHaveLength(1);
    }
  });

  it('treats a missing value as first run, not as a problem', () => {
    expect(normalizeSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('flags unknown keys without losing the known ones', () => {
    const { settings, problems } = normalizeSettings({ hourlyRate: 70, colour: 'blue' });
    expect(settings.hourlyRate).toBe(70);
    expect(problems).toEqual([{ path: 'colour', message: 'Unknown setting; ignored.' }]);
  });

  it('normalises emails, origins and rejects unknown time zones', () => {
    const { settings, problems } = normalizeSettings({
      myEmails: ['  Ana@Example.COM '],
      selfHostedChats: [{ origin: 'chat.example.com/some/path', kind: 'mattermost' }],
      timeZone: 'Mars/Olympus',
    });
    expect(settings.myEmails).toEqual(['ana@example.com']);
    expect(settings.selfHostedChats).toEqual([
      { origin: 'https://chat.example.com', kind: 'mattermost', enabled: true },
    ]);
    expect(problems.map((p) => p.path)).toEqual(['timeZone']);
  });

  it('runs migrations in order up to the current version', () => {
    const migrations = {
      [SETTINGS_VERSION + 1]: (old: unknown) => ({ hourlyRate: (old as { rate: number }).rate }),
    };
    expect(migrateSettings({ rate: 5 }, SETTINGS_VERSION, migrations, SETTINGS_VERSION + 1)).toEqual({
      hourlyRate: 5,
    });
    expect(migrateSettings({ rate: 5 }, SETTINGS_VERSION)).toEqual({ rate: 5 });
  });
});
