/**
 * Whether the browser lets Eventually run on each site it is switched on for. The background
 * checks (at start-up, when a permission is granted or taken back, when the settings change,
 * and when an extension page opens) and keeps the answer in storage; the options page and the
 * popup show it and offer one button that asks the browser for what is missing.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { Settings } from '../lib/settings';
import { siteAccessTargets, type UnreachableSite, unreachableSites } from '../lib/site-access';
import { BUILTIN_SITE_IDS, type BuiltinSiteId } from '../lib/sites';
import { SITES } from '../sites/registry';
import { SITE_ACCESS_KEY } from './site-access-view';
import { loadSettings } from './storage';

export const siteAccessItem = storage.defineItem<UnreachableSite[]>(`local:${SITE_ACCESS_KEY}`, { fallback: [] });

const BUILTIN_MATCHES = SITES.filter((site): site is (typeof SITES)[number] & { id: BuiltinSiteId } =>
  (BUILTIN_SITE_IDS as readonly string[]).includes(site.id),
).map((site) => ({ id: site.id, matches: site.matches }));

/** The switched-on sites the browser does not let Eventually run on. */
async function findUnreachableSites(settings: Settings): Promise<UnreachableSite[]> {
  const granted = (await browser.permissions.getAll()).origins ?? [];
  return unreachableSites(siteAccessTargets(settings, BUILTIN_MATCHES), granted);
}

let checks: Promise<unknown> = Promise.resolve();

/**
 * Check again and keep the answer (the background). One check at a time, so an older answer
 * never lands after a newer one.
 */
export function refreshSiteAccess(): Promise<UnreachableSite[]> {
  const run = async () => {
    const unreachable = await findUnreachableSites(await loadSettings());
    const kept = await siteAccessItem.getValue();
    if (JSON.stringify(kept) !== JSON.stringify(unreachable)) await siteAccessItem.setValue(unreachable);
    return unreachable;
  };
  const next = checks.then(run, run);
  checks = next.catch(() => undefined);
  return next;
}
