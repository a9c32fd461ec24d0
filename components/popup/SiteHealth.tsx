/**
 * Per site, what the content scripts made of the page's layout the last time they ran there:
 * working, partly recognised (what is missing and what that costs), or layout not recognised;
 * with when that was. Shown in the popup and on the options page. Sites never visited are not
 * listed. Pure: the statuses come from storage (platform/storage.ts siteStatusItem).
 */
import type { SiteStatus } from '../../lib/messages';
import './site-health.css';
import { SITE_LABELS } from '../../lib/sites';
import { type MessageKey, relativeTime, t } from '../i18n';

export interface SiteHealthEntry {
  site: keyof typeof SITE_LABELS;
  status: SiteStatus;
  detail: string;
  at: number;
}

const STATE_TEXT: Record<SiteStatus, MessageKey> = {
  ok: 'popup.state_ok',
  'partly-recognised': 'popup.state_partly',
  'layout-not-recognised': 'popup.state_not_recognised',
};

export function SiteHealth(props: { statuses: SiteHealthEntry[]; now: number; heading?: boolean }) {
  if (props.statuses.length === 0) return null;
  const sorted = [...props.statuses].sort(
    (a, b) => SITE_STATUS_ORDER[a.status] - SITE_STATUS_ORDER[b.status] || b.at - a.at,
  );
  return (
    <section className="ev-site-status" aria-label={t('popup.site_status')}>
      {props.heading ? <h2>{t('popup.sites')}</h2> : null}
      <ul className="ev-site-health">
        {sorted.map((entry) => (
          <li key={entry.site} className={entry.status === 'ok' ? 'ev-site-ok' : 'ev-warning'}>
            {t('popup.site_line', { site: SITE_LABELS[entry.site] ?? entry.site, state: t(STATE_TEXT[entry.status]) })}
            {entry.detail ? <span className="ev-muted"> ({entry.detail})</span> : null}
            <span className="ev-muted">{t('popup.last_seen', { when: relativeTime(entry.at, props.now) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Problems first. */
const SITE_STATUS_ORDER: Record<SiteStatus, number> = { 'layout-not-recognised': 0, 'partly-recognised': 1, ok: 2 };
