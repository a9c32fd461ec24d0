/**
 * Which sites Eventually must be allowed to run on, from the settings: every site switched on
 * (and its surface), and every self-hosted chat server switched on. The browser decides whether
 * it may (Chrome's "site access", Firefox's add-on permissions, a managed policy);
 * platform/site-access.ts asks it, and the options page and the popup name the sites it may not.
 * Pure: the built-in sites' match patterns are passed in (lib/ never imports sites/).
 */
import { doesUrlMatchPatterns } from 'webext-patterns';
import { originPermissionPattern } from './hosts';
import type { Settings } from './settings';
import { BUILTIN_SITE_IDS, type BuiltinSiteId, CALENDAR_SITE_IDS, SITE_LABELS, type SiteId } from './sites';

/** A built-in site as the registry (sites/registry.ts) describes it. */
export interface BuiltinSiteMatches {
  id: BuiltinSiteId;
  /** Content-script match patterns. */
  matches: readonly string[];
}

/** One host of a site, and the match patterns the content script needs there. */
interface SiteAccessHost {
  host: string;
  patterns: string[];
}

export interface SiteAccessTarget {
  site: SiteId;
  label: string;
  hosts: SiteAccessHost[];
}

/** A site Eventually is switched on for but the browser does not let it run on, and where. */
export interface UnreachableSite {
  site: SiteId;
  label: string;
  /** The hosts it may not run on (a site with several hosts may be reachable on some). */
  hosts: string[];
  /** The match patterns to ask the browser for. */
  patterns: string[];
}

function hostOf(pattern: string): string {
  return pattern.replace(/^[a-z*]+:\/\//, '').replace(/\/.*$/, '');
}

function byHost(patterns: readonly string[]): SiteAccessHost[] {
  const hosts = new Map<string, string[]>();
  for (const pattern of patterns) {
    const host = hostOf(pattern);
    hosts.set(host, [...(hosts.get(host) ?? []), pattern]);
  }
  return [...hosts].map(([host, list]) => ({ host, patterns: list }));
}

const isCalendarSite = (id: BuiltinSiteId) => (CALENDAR_SITE_IDS as readonly string[]).includes(id);

/** The sites to check, in the settings' order: only those the person has switched on. */
export function siteAccessTargets(settings: Settings, builtins: readonly BuiltinSiteMatches[]): SiteAccessTarget[] {
  const targets: SiteAccessTarget[] = [];
  for (const id of BUILTIN_SITE_IDS) {
    const surfaceOn = isCalendarSite(id) ? settings.surfaces.calendar : settings.surfaces.chat;
    const matches = builtins.find((site) => site.id === id)?.matches ?? [];
    if (!surfaceOn || !settings.sites[id] || matches.length === 0) continue;
    targets.push({ site: id, label: SITE_LABELS[id], hosts: byHost(matches) });
  }
  if (settings.surfaces.chat) {
    for (const chat of settings.selfHostedChats) {
      if (!chat.enabled) continue;
      targets.push({
        site: chat.kind,
        label: SITE_LABELS[chat.kind],
        hosts: [{ host: new URL(chat.origin).host, patterns: [originPermissionPattern(chat.origin)] }],
      });
    }
  }
  return targets;
}

/** "Eventually has no access to Slack (app.slack.com): …" */
export function unreachableSiteSentence(site: UnreachableSite): string {
  const where = site.hosts.join(', ');
  const them = site.hosts.length === 1 ? 'it' : 'them';
  return `Eventually has no access to ${site.label} (${where}): your browser’s site access for Eventually is off for ${them}.`;
}

/** Every pattern to ask for, once, for one request covering all the sites listed. */
export function patternsToRequest(sites: readonly UnreachableSite[]): string[] {
  return [...new Set(sites.flatMap((site) => site.patterns))];
}

/** An address a match pattern covers (its path's wildcards left empty): what is checked. */
function sampleUrl(pattern: string): string {
  return pattern.replaceAll('*', '');
}

/**
 * Whether the granted origins (`permissions.getAll().origins`) cover every pattern. Chrome's
 * `permissions.contains` answers false for a host granted through the content scripts'
 * matches (it looks at declared host permissions only), while `getAll` lists it in both
 * Chrome and Firefox and drops it when the person withholds it.
 */
export function patternsGranted(patterns: readonly string[], granted: readonly string[]): boolean {
  if (granted.length === 0) return false;
  return patterns.every((pattern) => doesUrlMatchPatterns(sampleUrl(pattern), ...granted));
}

/** The targets whose hosts the granted origins do not all cover, with what is missing. */
export function unreachableSites(targets: readonly SiteAccessTarget[], granted: readonly string[]): UnreachableSite[] {
  const result: UnreachableSite[] = [];
  for (const target of targets) {
    const missing = target.hosts.filter((host) => !patternsGranted(host.patterns, granted));
    if (missing.length === 0) continue;
    result.push({
      site: target.site,
      label: target.label,
      hosts: missing.map(({ host }) => host),
      patterns: missing.flatMap(({ patterns }) => patterns),
    });
  }
  return result;
}
