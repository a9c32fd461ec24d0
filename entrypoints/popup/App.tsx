import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { Popup, type PopupProps } from '../../components/popup/Popup';
import { countsForWeek, weekKey } from '../../lib/activity';
import { activityItem, loadSettings, siteStatusItem } from '../../platform/storage';

export function PopupApp() {
  const [props, setProps] = useState<Omit<PopupProps, 'onOpenOptions'> | null>(null);

  useEffect(() => {
    void (async () => {
      const settings = await loadSettings();
      const key = weekKey(Date.now(), settings.weekStartsOn, settings.timeZone);
      const [log, statuses] = await Promise.all([activityItem.getValue(), siteStatusItem.getValue()]);
      setProps({
        weekLabel: `Week of ${new Date(`${key}T12:00:00`).toLocaleDateString(undefined, { month: 'short', day: 'numeric' })}`,
        recorded: countsForWeek(log, key),
        siteStatuses: Object.entries(statuses).map(([site, entry]) => ({ site: site as never, ...entry })),
        hasFeeds: false,
      });
    })();
  }, []);

  if (!props) return <p className="ev-loading">Loading…</p>;
  return (
    <Popup
      {...props}
      onOpenOptions={(section) => {
        const url = browser.runtime.getURL('/options.html') + (section ? `#${section}` : '');
        void browser.tabs.create({ url }).then(() => window.close());
      }}
    />
  );
}
