/**
 * The container of the site status list on the options page: reads what the content scripts
 * last reported per site (siteStatusItem) and follows changes while the page is open.
 */
import { useEffect, useState } from 'react';
import { SiteHealth, type SiteHealthEntry } from '../../components/popup/SiteHealth';
import { type SiteStatusEntry, siteStatusItem } from '../../platform/storage';

const entries = (statuses: Record<string, SiteStatusEntry> | null): SiteHealthEntry[] =>
  Object.entries(statuses ?? {}).map(([site, entry]) => ({ site: site as SiteHealthEntry['site'], ...entry }));

export function SiteHealthContainer() {
  const [statuses, setStatuses] = useState<SiteHealthEntry[]>([]);
  useEffect(() => {
    let alive = true;
    void siteStatusItem.getValue().then((value) => alive && setStatuses(entries(value)));
    const unwatch = siteStatusItem.watch((value) => setStatuses(entries(value)));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return <SiteHealth statuses={statuses} now={Date.now()} />;
}
