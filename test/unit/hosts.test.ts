import { describe, expect, it } from 'vitest';
import { feedStatusText, normalizeFeedUrl, originStillNeeded } from '../../lib/feeds';
import { hasExplicitPort, isPrivateHost, originPermissionPattern } from '../../lib/hosts';
import { originSchema } from '../../lib/settings';

describe('strict hosts', () => {
  it.each(['*', '*.example.com', 'https://*', 'chat.*.example.com', 'exa_mple.com', 'a..b.com', '-a.example.com'])(
    'refuses the self-hosted origin %s',
    (input) => {
      expect(originSchema.safeParse(input).success).toBe(false);
    },
  );

  it('keeps plain server addresses, IPs and ports', () => {
    expect(originSchema.parse('chat.example.com')).toBe('https://chat.example.com');
    expect(originSchema.parse('http://192.168.1.20:8065')).toBe('http://192.168.1.20:8065');
    expect(originSchema.parse('https://[::1]:3000')).toBe('https://[::1]:3000');
    expect(originSchema.parse('localhost:8065')).toBe('https://localhost:8065');
  });

  it('refuses a feed address with a wildcard host, so no wildcard permission is ever asked', () => {
    const result = normalizeFeedUrl('https://*.example.com/a.ics');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/Wildcards/);
  });

  it('fetches over plain http only on this computer or a private network', () => {
    expect(normalizeFeedUrl('http://calendar.example.com/a.ics').ok).toBe(false);
    expect(normalizeFeedUrl('http://8.8.8.8/a.ics').ok).toBe(false);
    for (const local of [
      'http://localhost:8080/a.ics',
      'http://127.0.0.1/a.ics',
      'http://10.1.2.3/a.ics',
      'http://172.20.0.5/a.ics',
      'http://192.168.0.9/a.ics',
      'http://nas.local/a.ics',
      'http://[fd12::1]/a.ics',
    ]) {
      expect(normalizeFeedUrl(local), local).toMatchObject({ ok: true });
    }
    expect(isPrivateHost('172.32.0.1')).toBe(false);
    expect(isPrivateHost('localhost.example.com')).toBe(false);
  });

  it('says an http feed is visible on the network', () => {
    const feed = { id: 'a', url: 'http://192.168.0.9/a.ics', name: 'NAS', addedAt: 1, kind: 'url' as const };
    const text = feedStatusText(feed, { lastSync: 1, events: 2 } as never, 2);
    expect(text).toContain('plain http');
  });

  it('asks for a permission without a port (Firefox cannot carry one), and knows one covers every port', () => {
    expect(originPermissionPattern('http://localhost:8065')).toBe('http://localhost/*');
    expect(originPermissionPattern('https://chat.example.com')).toBe('https://chat.example.com/*');
    expect(hasExplicitPort('http://localhost:8065')).toBe(true);
    // Removing the feed on :8080 must not give back the permission the chat on :8065 uses.
    expect(originStillNeeded('http://localhost:8080', [], ['http://localhost:8065'])).toBe(true);
  });
});
