/** Which switched-on sites the browser's granted origins leave out (lib/site-access.ts). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import {
  patternsGranted,
  patternsToRequest,
  siteAccessTargets,
  unreachableSiteSentence,
  unreachableSites,
} from '../../lib/site-access';
import { BUILTIN_SITE_IDS } from '../../lib/sites';
import { SITES } from '../../sites/registry';

const BUILTINS = SITES.filter((site) => (BUILTIN_SITE_IDS as readonly string[]).includes(site.id)).map((site) => ({
  id: site.id as (typeof BUILTIN_SITE_IDS)[number],
  matches: site.matches,
}));
const EVERY_MATCH = BUILTINS.flatMap((site) => site.matches);

function settings(change: (draft: Settings) => void = () => {}): Settings {
  const draft = structuredClone(DEFAULT_SETTINGS);
  change(draft);
  return draft;
}

describe('site access', () => {
  it('finds nothing missing when every content-script match is granted (as Chrome and Firefox list them)', () => {
    expect(unreachableSites(siteAccessTargets(settings(), BUILTINS), EVERY_MATCH)).toEqual([]);
  });

  it('names the site whose host was taken back, with its host and the patterns to ask for', () => {
    const granted = EVERY_MATCH.filter((pattern) => !pattern.startsWith('https://app.slack.com/'));
    const missing = unreachableSites(siteAccessTargets(settings(), BUILTINS), granted);
    expect(missing).toEqual([
      { site: 'slack', label: 'Slack', hosts: ['app.slack.com'], patterns: ['https://app.slack.com/*'] },
    ]);
    expect(unreachableSiteSentence(missing[0]!)).toBe(
      'Eventually has no access to Slack (app.slack.com): your browser’s site access for Eventually is off for it.',
    );
  });

  it('names only the hosts of a site that are missing (Outlook has four)', () => {
    const granted = EVERY_MATCH.filter((pattern) => !pattern.startsWith('https://outlook.live.com/'));
    const [outlook, ...others] = unreachableSites(siteAccessTargets(settings(), BUILTINS), granted);
    expect(others).toEqual([]);
    expect(outlook).toMatchObject({ site: 'outlook', hosts: ['outlook.live.com'] });
    expect(outlook!.patterns).toEqual(['https://outlook.live.com/calendar/*', 'https://outlook.live.com/mail/*']);
  });

  it('counts a host granted whole, or every site granted, as covering the paths the scripts need', () => {
    expect(patternsGranted(['https://outlook.office.com/calendar/*'], ['https://outlook.office.com/*'])).toBe(true);
    expect(patternsGranted(['https://outlook.office.com/calendar/*'], ['<all_urls>'])).toBe(true);
    expect(patternsGranted(['https://outlook.office.com/calendar/*'], ['https://outlook.office.com/mail/*'])).toBe(
      false,
    );
    expect(patternsGranted(['https://app.slack.com/*'], [])).toBe(false);
  });

  it('does not check a site, or a surface, switched off in the settings', () => {
    const offSlack = siteAccessTargets(
      settings((draft) => {
        draft.sites.slack = false;
      }),
      BUILTINS,
    );
    expect(offSlack.map((target) => target.site)).not.toContain('slack');
    const offCalendar = siteAccessTargets(
      settings((draft) => {
        draft.surfaces.calendar = false;
      }),
      BUILTINS,
    );
    expect(offCalendar.map((target) => target.site)).toEqual(['slack', 'teams', 'google-chat', 'discord']);
  });

  it('checks each switched-on self-hosted server on its own host, and asks for every pattern once', () => {
    const targets = siteAccessTargets(
      settings((draft) => {
        draft.selfHostedChats = [
          { origin: 'https://chat.example.com', kind: 'mattermost', enabled: true },
          { origin: 'http://localhost:8065', kind: 'zulip', enabled: true },
          { origin: 'https://off.example.com', kind: 'rocketchat', enabled: false },
        ];
      }),
      BUILTINS,
    );
    const missing = unreachableSites(targets, [...EVERY_MATCH, 'https://chat.example.com/*']);
    expect(missing).toEqual([
      { site: 'zulip', label: 'Zulip', hosts: ['localhost:8065'], patterns: ['http://localhost/*'] },
    ]);
    expect(patternsToRequest([...missing, ...missing])).toEqual(['http://localhost/*']);
  });
});
