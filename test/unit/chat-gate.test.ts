import { describe, expect, it } from 'vitest';
import {
  conversationKey,
  helperGate,
  snoozeUntil,
  startOfTomorrow,
  withMutedConversation,
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
