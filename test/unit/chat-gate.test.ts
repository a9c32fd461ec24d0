import { describe, expect, it } from 'vitest';
import {
  conversationKey,
  helperGate,
  quietAfterSendAnyway,
  snoozeUntil,
  startOfTomorrow,
  withMutedConversation,
  withSentAnyway,
  withSnooze,
} from '../../lib/chat/gate';
import { DEFAULT_SETTINGS, type Settings, settingsSchema } from '../../lib/settings';

const NOW = Date.UTC(2026, 10, 23, 12, 0);
const settings = (over: Partial<Settings> = {}): Settings => ({ ...structuredClone(DEFAULT_SETTINGS), ...over });

describe('helperGate', () => {
  it('is on by default everywhere', () => {
    expect(helperGate(settings(), { site: 'slack', conversationId: 'C1' }, NOW)).toEqual({
      surfaceOn: true,
      siteOn: true,
      snoozed: false,
      muted: false,
    });
  });
  it('follows the chat switch, the site switch, the snooze and the muted conversations', () => {
    const s = settings({
      surfaces: { calendar: true, chat: false, stats: true },
      sites: { ...DEFAULT_SETTINGS.sites, discord: false },
      chatSnoozedUntil: NOW + 1,
      muted: { conversations: ['slack:C1'], people: [] },
    });
    expect(helperGate(s, { site: 'slack', conversationId: 'C1' }, NOW)).toEqual({
      surfaceOn: false,
      siteOn: true,
      snoozed: true,
      muted: true,
    });
    expect(helperGate(s, { site: 'discord', conversationId: null }, NOW)).toMatchObject({
      siteOn: false,
      muted: false,
    });
    expect(helperGate(s, { site: 'slack', conversationId: 'C1' }, NOW + 1).snoozed).toBe(false);
  });
  it('uses the server’s own switch for self-hosted chats', () => {
    const s = settings({
      selfHostedChats: [{ origin: 'https://chat.example.com', kind: 'mattermost', enabled: false }],
    });
    expect(helperGate(s, { site: 'mattermost', origin: 'https://chat.example.com' }, NOW).siteOn).toBe(false);
    expect(helperGate(s, { site: 'mattermost', origin: 'https://other.example.com' }, NOW).siteOn).toBe(true);
  });
});

describe('settings changes from the prompt', () => {
  it('mutes a conversation once, as site:id, and the result still validates', () => {
    const key = conversationKey('slack', 'C024BE91L');
    expect(key).toBe('slack:C024BE91L');
    expect(conversationKey('teams', null)).toBe('');
    const once = withMutedConversation(settings(), key);
    expect(once.muted.conversations).toEqual(['slack:C024BE91L']);
    expect(withMutedConversation(once, key)).toBe(once);
    expect(withMutedConversation(once, '')).toBe(once);
    expect(settingsSchema.safeParse(once).success).toBe(true);
  });
  it('keeps the muted list within its limit', () => {
    const full = settings({
      muted: { conversations: Array.from({ length: 500 }, (_, i) => `slack:C${i}`), people: [] },
    });
    const next = withMutedConversation(full, 'slack:CNEW');
    expect(next.muted.conversations).toHaveLength(500);
    expect(next.muted.conversations.at(-1)).toBe('slack:CNEW');
  });
  it('snoozes for an hour or until tomorrow, never shortening a longer snooze', () => {
    expect(snoozeUntil(NOW, 'hour')).toBe(NOW + 3_600_000);
    const tomorrow = startOfTomorrow(NOW);
    expect(tomorrow).toBeGreaterThan(NOW);
    expect(new Date(tomorrow).getHours()).toBe(0);
    expect(tomorrow - NOW).toBeLessThanOrEqual(24 * 3_600_000);
    expect(withSnooze(settings(), NOW, 'hour').chatSnoozedUntil).toBe(NOW + 3_600_000);
    expect(withSnooze(settings({ chatSnoozedUntil: NOW + 10 * 3_600_000 }), NOW, 'hour').chatSnoozedUntil).toBe(
      NOW + 10 * 3_600_000,
    );
  });
});

describe('quiet after "Send anyway"', () => {
  const HOUR = 60 * 60 * 1000;
  const sendAnyway = (s: Settings, key: string, ...times: number[]) =>
    times.reduce((next, time) => withSentAnyway(next, key, time), s);

  it('stops asking in a conversation for a day after the third "Send anyway" within a day', () => {
    const s = sendAnyway(settings(), 'slack:C1', NOW - 5 * HOUR, NOW - 2 * HOUR, NOW);
    expect(helperGate(s, { site: 'slack', conversationId: 'C1' }, NOW + HOUR).muted).toBe(true);
    expect(helperGate(s, { site: 'slack', conversationId: 'C1' }, NOW + 23 * HOUR).muted).toBe(true);
    expect(helperGate(s, { site: 'slack', conversationId: 'C1' }, NOW + 24 * HOUR).muted).toBe(false);
    // Other conversations still get the prompt.
    expect(helperGate(s, { site: 'slack', conversationId: 'C2' }, NOW + HOUR).muted).toBe(false);
  });

  it('needs the three within a day, and follows the setting', () => {
    const spread = sendAnyway(settings(), 'slack:C1', NOW - 30 * HOUR, NOW - 2 * HOUR, NOW);
    expect(quietAfterSendAnyway(spread, 'slack:C1', NOW + HOUR)).toBe(false);
    const two = sendAnyway(settings(), 'slack:C1', NOW - HOUR, NOW);
    expect(quietAfterSendAnyway(two, 'slack:C1', NOW + HOUR)).toBe(false);
    const three = sendAnyway(settings(), 'slack:C1', NOW - 2 * HOUR, NOW - HOUR, NOW);
    expect(quietAfterSendAnyway({ ...three, quietAfterSendAnyway: 0 }, 'slack:C1', NOW + HOUR)).toBe(false);
    expect(quietAfterSendAnyway({ ...three, quietAfterSendAnyway: 4 }, 'slack:C1', NOW + HOUR)).toBe(false);
    expect(quietAfterSendAnyway(three, 'slack:C1', NOW + HOUR)).toBe(true);
  });

  it('keeps only the last day, within the schema limits', () => {
    const s = sendAnyway(settings(), 'slack:OLD', NOW - 30 * HOUR);
    const next = withSentAnyway(s, 'slack:C1', NOW);
    expect(next.sentAnyway).toEqual({ 'slack:C1': [NOW] });
    expect(withSentAnyway(s, '', NOW)).toBe(s);
    let many = settings();
    for (let i = 0; i < 510; i++) many = withSentAnyway(many, `slack:C${i}`, NOW + i);
    expect(Object.keys(many.sentAnyway)).toHaveLength(500);
    expect(many.sentAnyway['slack:C509']).toEqual([NOW + 509]);
    expect(settingsSchema.safeParse(many).success).toBe(true);
  });
});
