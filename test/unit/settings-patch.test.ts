import { describe, expect, it } from 'vitest';
import { conversationKey, helperGate, withMutedConversation, withSentAnyway, withSnooze } from '../../lib/chat/gate';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings, settingsSchema } from '../../lib/settings';
import { applySettingsPatch, diffSettings, isChatPagePatch, type SettingsPatch } from '../../lib/settings-patch';

const base = (): Settings => structuredClone(DEFAULT_SETTINGS);
const NOW = Date.UTC(2026, 10, 23, 12);

function apply(current: Settings, change: (settings: Settings) => Settings, from = current): Settings {
  const result = applySettingsPatch(current, diffSettings(from, change(from)));
  if (!result.ok) throw new Error(result.error);
  return result.settings;
}

describe('settings patches', () => {
  it('two tabs muting and the options page saving from the same stale copy lose nothing', () => {
    const stale = base();
    let stored = base();
    stored = apply(stored, (s) => withMutedConversation(s, 'slack:C1'), stale);
    stored = apply(stored, (s) => withMutedConversation(s, 'teams:T2'), stale);
    stored = apply(stored, (s) => withSnooze(s, NOW, 'hour'), stale);
    // The options page had read the settings before all of that, then changed the rate and a person.
    stored = apply(stored, (s) => ({ ...s, hourlyRate: 150, muted: { ...s.muted, people: ['Ana'] } }), stale);
    expect(stored.muted.conversations).toEqual(['slack:C1', 'teams:T2']);
    expect(stored.muted.people).toEqual(['Ana']);
    expect(stored.chatSnoozedUntil).toBe(NOW + 3_600_000);
    expect(stored.hourlyRate).toBe(150);
  });

  it('an unmute on one page and a mute on another both hold', () => {
    const both = withMutedConversation(withMutedConversation(base(), 'slack:A'), 'slack:B');
    const unmuteA = diffSettings(both, { ...both, muted: { ...both.muted, conversations: ['slack:B'] } });
    const muteC = diffSettings(both, withMutedConversation(both, 'slack:C'));
    let stored = both;
    for (const patch of [muteC, unmuteA]) {
      const result = applySettingsPatch(stored, patch);
      if (!result.ok) throw new Error(result.error);
      stored = result.settings;
    }
    expect(stored.muted.conversations).toEqual(['slack:B', 'slack:C']);
  });

  it('refuses a patch naming an unknown setting or making the settings invalid, whole', () => {
    expect(applySettingsPatch(base(), [{ op: 'set', path: ['nope'], value: 1 }]).ok).toBe(false);
    expect(applySettingsPatch(base(), [{ op: 'set', path: ['__proto__', 'x'], value: 1 }]).ok).toBe(false);
    const bad = applySettingsPatch(base(), [
      { op: 'set', path: ['hourlyRate'], value: 5 },
      { op: 'set', path: ['currency'], value: 'euros' },
    ]);
    expect(bad.ok).toBe(false);
  });

  it('lets chat pages mute, snooze and count a “Send anyway”, and nothing else', () => {
    const s = base();
    expect(isChatPagePatch(diffSettings(s, withSnooze(withMutedConversation(s, 'slack:C'), NOW, 'hour')))).toBe(true);
    const counted = withSentAnyway(withSentAnyway(s, 'slack:C', NOW), 'slack:D', NOW + 1);
    expect(isChatPagePatch(diffSettings(s, counted))).toBe(true);
    expect(isChatPagePatch(diffSettings(s, { ...s, hourlyRate: 1 }))).toBe(false);
    expect(isChatPagePatch([{ op: 'set', path: ['sentAnyway'], value: {} }])).toBe(false);
    expect(isChatPagePatch(diffSettings(s, { ...s, selfHostedChats: [] }))).toBe(true); // nothing changed
  });
});

describe('record settings (keys that are data)', () => {
  it('adds and removes a conversation’s “Send anyway” count, and still refuses unknown names', () => {
    const s = base();
    const counted = withSentAnyway(s, 'slack:C0001', NOW);
    const added = applySettingsPatch(s, diffSettings(s, counted));
    expect(added.ok && added.settings.sentAnyway['slack:C0001']).toEqual([NOW]);
    // A day later the stale count goes and the new one comes, in one patch.
    const later = withSentAnyway(counted, 'slack:C0002', NOW + 2 * 24 * 60 * 60 * 1000);
    const patch = JSON.parse(JSON.stringify(diffSettings(counted, later))) as SettingsPatch; // as messaging sends it
    const moved = applySettingsPatch(counted, patch);
    expect(moved.ok && Object.keys(moved.settings.sentAnyway)).toEqual(['slack:C0002']);
    expect(applySettingsPatch(s, [{ op: 'set', path: ['thresholds', 'noSuchThreshold'], value: 1 }]).ok).toBe(false);
  });
});

describe('the 300-character limit of a muted conversation', () => {
  const zulipGroup = `zulip:dm:${Array.from({ length: 36 }, (_, i) => `user${String(i).padStart(4, '0')}`).join(',')}`;

  it('a 36-person Zulip group DM is muted within the limit and recognised again', () => {
    expect(zulipGroup.length).toBeGreaterThan(300);
    const key = conversationKey('zulip', zulipGroup.slice('zulip:'.length));
    expect(key.length).toBeLessThanOrEqual(300);
    const muted = withMutedConversation(base(), key);
    expect(settingsSchema.safeParse(muted).success).toBe(true);
    expect(helperGate(muted, { site: 'zulip', conversationId: zulipGroup.slice(6) }, NOW).muted).toBe(true);
    // A group that differs only at the end is another key.
    expect(conversationKey('zulip', `${zulipGroup.slice(6)}x`)).not.toBe(key);
  });

  it('one bad key no longer resets the muted list or the muted people', () => {
    const stored = {
      ...base(),
      muted: { conversations: ['slack:C1', 'x'.repeat(313), 'teams:T2'], people: ['Ana', 'Bo'] },
    };
    const { settings, problems } = normalizeSettings(stored);
    expect(settings.muted).toEqual({ conversations: ['slack:C1', 'teams:T2'], people: ['Ana', 'Bo'] });
    expect(problems.map((p) => p.path)).toEqual(['muted.conversations.1']);
  });
});
