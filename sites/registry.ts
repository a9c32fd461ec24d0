/**
 * Every site Eventually wraps, one descriptor each (sites/<id>/site.ts). The manifest's
 * content-script matches, the fixture server's routes and the README's table of supported
 * sites come from this list; lib/sites.ts mirrors its ids and labels for the settings, and
 * test/dom/site-registry.test.ts checks that nothing under sites/ is left out.
 *
 * Plain data only: the entrypoints import it at build time for their `matches`, so it must
 * not pull in any adapter.
 */
import type { FixturePage, SiteDescriptor } from './descriptor';
import { site as discord } from './discord/site';
import { site as googleCalendar } from './google-calendar/site';
import { site as googleChat } from './google-chat/site';
import { site as mattermost } from './mattermost/site';
import { site as outlook } from './outlook/site';
import { site as rocketchat } from './rocketchat/site';
import { site as slack } from './slack/site';
import { site as teams } from './teams/site';
import { site as zulip } from './zulip/site';

export const SITES: readonly SiteDescriptor[] = [
  googleCalendar,
  outlook,
  slack,
  teams,
  googleChat,
  discord,
  mattermost,
  zulip,
  rocketchat,
];

/** The manifest's content-script `matches` for one family (self-hosted sites have none). */
export function contentScriptMatches(family: SiteDescriptor['family'], sites = SITES): string[] {
  return sites.filter((site) => site.family === family).flatMap((site) => site.matches);
}

/** One route of the fixture server: documents on these hosts (and path) get this page. */
export interface FixtureRoute {
  page: string;
  hosts: readonly string[];
  path?: RegExp;
}

/** The fixture server's routes, in registry order (the first that matches wins). */
export function fixtureRoutes(sites = SITES): FixtureRoute[] {
  return sites.flatMap((site) =>
    site.fixtures
      .filter((fixture: FixturePage) => fixture.urls.length > 0)
      .map((fixture: FixturePage) => ({
        page: fixture.page,
        hosts: fixture.hosts ?? (site.hosts === 'self-hosted' ? [] : site.hosts),
        path: fixture.path,
      })),
  );
}

export function fixturePageFor(url: string, routes: readonly FixtureRoute[] = fixtureRoutes()): string | null {
  const parsed = new URL(url);
  const route = routes.find(
    (candidate) => candidate.hosts.includes(parsed.host) && (!candidate.path || candidate.path.test(parsed.pathname)),
  );
  return route?.page ?? null;
}

const SURFACE_OF: Record<SiteDescriptor['family'], string> = { calendar: 'Calendar overlay', chat: 'Chat helper' };

/**
 * The rows of the README's table of supported sites (Site | Surface | Where), one per site;
 * test/dom/site-registry.test.ts fails when the README's table differs.
 */
export function supportedSiteRows(sites = SITES): string[][] {
  return sites.map((site) => {
    const where =
      site.hosts === 'self-hosted'
        ? 'self-hosted: on the addresses you add'
        : site.hosts.map((host) => `\`${host}\``).join(', ') + (site.note ? `, ${site.note}` : '');
    return [site.label, SURFACE_OF[site.family], where];
  });
}

/**
 * The origins of one family's built-in sites, as `web_accessible_resources` takes them (Chrome
 * accepts only the path `/*` there): where that family's sentinel may import its main code.
 */
export function webAccessibleMatches(family: SiteDescriptor['family'], sites = SITES): string[] {
  const hosts = sites.flatMap((site) => (site.family === family && site.hosts !== 'self-hosted' ? site.hosts : []));
  return [...new Set(hosts)].map((host) => `https://${host}/*`);
}
