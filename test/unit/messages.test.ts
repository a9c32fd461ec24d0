import { describe, expect, it } from 'vitest';
import { messageShape, parseMessage } from '../../lib/messages';

describe('message protocol', () => {
  it('accepts a well-formed message and fills defaults', () => {
    const parsed = parseMessage({ type: 'activity/record', kind: 'flagged', site: 'slack', at: 1 });
    expect(parsed).toEqual({
      ok: true,
      message: { type: 'activity/record', kind: 'flagged', site: 'slack', key: '', at: 1 },
    });
  });

  it.each([
    ['not an object', 'hello'],
    ['no type', { kind: 'flagged' }],
    ['unknown type', { type: 'settings/wipe' }],
    ['unknown activity', { type: 'activity/record', kind: 'exploded', site: 'slack', at: 1 }],
    ['unknown site', { type: 'site/status', site: 'myspace', status: 'ok', at: 1 }],
    ['oversized key', { type: 'activity/record', kind: 'flagged', site: 'slack', key: 'x'.repeat(600), at: 1 }],
  ])('refuses %s with a message that names the problem', (_name, raw) => {
    const parsed = parseMessage(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/^Refused a malformed message/);
  });
});

describe('what a refused message leaves in the log', () => {
  it('names the shape of the message, never its values', () => {
    const secret = 'https://calendar.google.com/calendar/ical/me%40example.com/private-0123456789abcdef/basic.ics';
    const shape = messageShape({ type: 'feeds/add', url: secret, name: ['x'], extra: { deep: { token: 'abc' } } });
    expect(shape).toBe(`{type: string(9), url: string(${secret.length}), name: array(1), extra: {deep: object}}`);
    expect(shape).not.toContain('private');
    expect(messageShape('feeds/add')).toBe('string(9)');
    expect(messageShape({ 'https://evil.example/?k=secret': 1 })).toBe('{?: number}');
  });
});
