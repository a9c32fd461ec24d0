/**
 * Site access as the popup and the options page see it: what the background found (kept by
 * platform/site-access.ts), and the browser's dialog that grants it. Apart from that file so
 * the pages carry neither the site registry nor the settings schema.
 */
import { browser } from 'wxt/browser';
import { patternsToRequest, type UnreachableSite } from '../lib/site-access';
import { sendMessage } from './messaging';

/**
 * The storage.local key platform/site-access.ts keeps its answer under (its siteAccessItem).
 * Read here with the plain storage API: WXT's storage helper would add ~18 KB to the popup.
 */
export const SITE_ACCESS_KEY = 'unreachableSites';

async function keptUnreachable(): Promise<UnreachableSite[]> {
  const value = (await browser.storage.local.get(SITE_ACCESS_KEY))[SITE_ACCESS_KEY];
  return Array.isArray(value) ? (value as UnreachableSite[]) : [];
}

/**
 * An extension page's view: what is kept now, then a fresh check by the background, then every
 * change. Returns the function that stops watching.
 */
export function watchSiteAccess(onChange: (unreachable: UnreachableSite[]) => void): () => void {
  let alive = true;
  const show = (unreachable: UnreachableSite[] | null) => alive && unreachable && onChange(unreachable);
  void keptUnreachable().then(show);
  void sendMessage({ type: 'site-access/check' }).then((reply) => {
    if (reply.ok) show(reply.value as UnreachableSite[]);
  });
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = area === 'local' ? changes[SITE_ACCESS_KEY] : undefined;
    if (change) show(Array.isArray(change.newValue) ? (change.newValue as UnreachableSite[]) : []);
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    alive = false;
    browser.storage.onChanged.removeListener(listener);
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
