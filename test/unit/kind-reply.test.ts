import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../lib/chat/classify';
import { decideKindReply, type LastMessageRead, withKindReplyDismissed } from '../../lib/chat/kind-reply';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../lib/settings';
import { isChatPagePatch } from '../../lib/settings-patch';

const NOW = Date.UTC(2026, 11, 7, 10, 0);
const MIN = 60_000;
const classify = (text: string) => classifyMessage(text).kind;
const on = { enabled: true, afterMinutes: 3 };

function read(over: Partial<LastMessageRead> = {}): LastMessageRead {
  return {
    id: 'm1',
    author: 'Sam Lee',
    mine: false,
    text: 'Hi!',
    at: NOW - 10 * MIN,
    atEnd: true,
    conversation: 'dm',
    mentionsMe: false,
    ...over,
  };
}

const decide = (r: LastMessageRead | null, settings = on, dismissed = false) =>
  decideKindReply(r, settings, NOW, classify, dismissed);

describe('decideKindReply', () => {
  it('offers a reply to a bare greeting and to a bare call request in a DM that has stood alone', () => {
    expect(decide(read())).toEqual({ show: true, kind: 'greeting-only' });
    expect(decide(read({ text: 'hey, got a sec?' }))).toEqual({ show: true, kind: 'greeting-only' });
    expect(decide(read({ text: 'Can we hop on a quick call?' }))).toEqual({ show: true, kind: 'call-request' });
    expect(decide(read({ text: 'Guten Morgen' }))).toMatchObject({ show: true });
  });

  it('offers it in a thread, and in a channel only when I am mentioned', () => {
    expect(decide(read({ conversation: 'thread' }))).toMatchObject({ show: true });
    expect(decide(read({ conversation: 'channel', mentionsMe: false }))).toEqual({ show: false, reason: 'channel' });
    expect(decide(read({ conversation: 'channel', mentionsMe: null }))).toMatchObject({ show: false });
    expect(decide(read({ conversation: 'channel', mentionsMe: true }))).toMatchObject({ show: true });
  });

  it('waits until the greeting has stood alone for the set minutes, by the message’s own time', () => {
    const fresh = decide(read({ at: NOW - MIN }));
    expect(fresh).toEqual({ show: false, reason: 'too recent', recheckAt: NOW + 2 * MIN });
    expect(decide(read({ at: NOW - 3 * MIN }))).toMatchObject({ show: true });
    expect(decide(read({ at: NOW - MIN }), { enabled: true, afterMinutes: 0 })).toMatchObject({ show: true });
  });

  it('does nothing for a message with content, my own message, or once dismissed or switched off', () => {
    expect(decide(read({ text: 'Hi, the deploy failed on staging, can you look?' }))).toMatchObject({
      show: false,
      reason: 'has content',
    });
    expect(decide(read({ mine: true }))).toMatchObject({ show: false, reason: 'mine' });
    expect(decide(read(), on, true)).toMatchObject({ show: false, reason: 'dismissed' });
    expect(decide(read(), { enabled: false, afterMinutes: 3 })).toMatchObject({ show: false, reason: 'off' });
  });

  it('does nothing whenever the page cannot tell', () => {
    expect(decide(null)).toMatchObject({ show: false });
    for (const unknown of [
      { mine: null },
      { at: null },
      { atEnd: null },
      { atEnd: false },
      { conversation: null },
      { at: NOW + 10 * MIN },
    ] satisfies Partial<LastMessageRead>[]) {
      expect(decide(read(unknown)), JSON.stringify(unknown)).toMatchObject({ show: false });
    }
  });
});

describe('kind-reply settings', () => {
  it('defaults on, after 3 minutes, with a kind English reply', () => {
    expect(DEFAULT_SETTINGS.kindReply).toEqual({ enabled: true, afterMinutes: 3, dismissed: [] });
    expect(DEFAULT_SETTINGS.templates.kindReply).toMatch(/^Hi! Go ahead and write your question here/);
  });

  it('keeps the other settings when a stored kind-reply value is bad', () => {
    const { settings, problems } = normalizeSettings({
      kindReply: { enabled: true, afterMinutes: -4 },
      hourlyRate: 80,
    });
    expect(settings.hourlyRate).toBe(80);
    expect(settings.kindReply.afterMinutes).toBe(3);
    expect(problems.map((p) => p.path)).toContain('kindReply.afterMinutes');
  });

  it('remembers a dismissal once per conversation, and a chat page may write only that', () => {
    const once = withKindReplyDismissed(DEFAULT_SETTINGS, 'slack:D0001');
    expect(once.kindReply.dismissed).toEqual(['slack:D0001']);
    expect(withKindReplyDismissed(once, 'slack:D0001')).toBe(once);
    expect(isChatPagePatch([{ op: 'add', path: ['kindReply', 'dismissed'], value: 'slack:D0001' }])).toBe(true);
    expect(isChatPagePatch([{ op: 'set', path: ['kindReply', 'enabled'], value: false }])).toBe(false);
  });
});
