/**
 * Whether the browser lets Eventually run on each site it is switched on for. The background
 * checks (at start-up, when a permission is granted or taken back, when the settings change,
 * and when an extension page opens) and keeps the answer in storage; the options page and the
 * popup show it and offer one button that asks the browser for what is missing.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { Settings } from '../lib/settings';
import { patternsToRequest, siteAccessTargets, type UnreachableSite, unreachableSites } from '../lib/site-access';
import { BUILTIN_SITE_IDS, type BuiltinSiteId } from '../lib/sites';
import { SITES } from '../sites/registry';
import { sendMessage } from './messaging';
import { loadSettings } from './storage';

export const siteAccessItem = storage.defineItem<UnreachableSite[]>('local:unreachableSites', { fallback: [] });

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

/**
 * An extension page's view: what is kept now, then a fresh check by the background, then every
 * change. Returns the function that stops watching.
 */
export function watchSiteAccess(onChange: (unreachable: UnreachableSite[]) => void): () => void {
  let alive = true;
  const show = (unreachable: UnreachableSite[] | null) => alive && unreachable && onChange(unreachable);
  void siteAccessItem.getValue().then(show);
  void sendMessage({ type: 'site-access/check' }).then((reply) => {
    if (reply.ok) show(reply.value as UnreachableSite[]);
  });
  const unwatch = siteAccessItem.watch((next) => show(next ?? []));
  return () => {
    alive = false;
    unwatch();
  };
}

/**
 * Ask the browser for every missing site at once. Call it straight from a click handler, with
 * no await before it: the browser only shows its dialog for a user gesture. Resolves to whether
 * the person allowed it; throws when the browser refused to ask.
 */
export function requestSiteAccess(sites: readonly UnreachableSite[]): Promise<boolean> {
  return browser.permissions.request({ origins: patternsToRequest(sites) });
}
