/**
 * The container of the site access notice, for the popup and the options page: follows what
 * the background found (platform/site-access.ts) and asks the browser on the button's click.
 */
import { useEffect, useState } from 'react';
import { t } from '../../components/i18n';
import { SiteAccessNotice } from '../../components/popup/SiteAccessNotice';
import type { UnreachableSite } from '../../lib/site-access';
import { sendMessage } from '../../platform/messaging';
import { requestSiteAccess, watchSiteAccess } from '../../platform/site-access-view';

export function SiteAccessContainer() {
  const [unreachable, setUnreachable] = useState<UnreachableSite[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => watchSiteAccess(setUnreachable), []);

  const allow = () => {
    setProblem(null);
    // Asked for at once, in the click: the browser only asks the person during a user gesture.
    requestSiteAccess(unreachable).then(
      (granted) => {
        if (!granted) setProblem(t('popup.not_allowed'));
        // The background hears the grant too; checking again shows the result even if it did not.
        void sendMessage({ type: 'site-access/check' });
      },
      (error: unknown) =>
        setProblem(t('popup.would_not_ask', { error: error instanceof Error ? error.message : String(error) })),
    );
  };

  return <SiteAccessNotice unreachable={unreachable} onAllow={allow} problem={problem} />;
}
