/**
 * Per site, what the content scripts made of the page's layout the last time they ran there:
 * working, partly recognised (what is missing and what that costs), or layout not recognised;
 * with when that was. Shown in the popup and on the options page. Sites never visited are not
 * listed. Pure: the statuses come from storage (platform/storage.ts siteStatusItem).
 */
import type { SiteStatus } from '../../lib/messages';
import './site-health.css';
import { SITE_LABELS } from '../../lib/sites';
import { relativeTime } from '../../lib/text/relative-time';

export interface SiteHealthEntry {
  site: keyof typeof SITE_LABELS;
  status: SiteStatus;
  detail: string;
  at: number;
}

const STATE_TEXT: Record<SiteStatus, string> = {
  ok: 'working',
  'partly-recognised': 'partly recognised',
  'layout-not-recognised': 'layout not recognised, so Eventually stays out of the way there',
};

export function SiteHealth(props: { statuses: SiteHealthEntry[]; now: number; heading?: boolean }) {
  if (props.statuses.length === 0) return null;
  const sorted = [...props.statuses].sort(
    (a, b) => SITE_STATUS_ORDER[a.status] - SITE_STATUS_ORDER[b.status] || b.at - a.at,
  );
  return (
    <section className="ev-site-status" aria-label="Site status">
      {props.heading ? <h2>Sites</h2> : null}
      <ul className="ev-site-health">
        {sorted.map((entry) => (
          <li key={entry.site} className={entry.status === 'ok' ? 'ev-site-ok' : 'ev-warning'}>
            {SITE_LABELS[entry.site] ?? entry.site}: {STATE_TEXT[entry.status]}
            {entry.detail ? <span className="ev-muted"> ({entry.detail})</span> : null}
            <span className="ev-muted"> · last seen {relativeTime(Math.min(entry.at, props.now), props.now)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Problems first. */
const SITE_STATUS_ORDER: Record<SiteStatus, number> = { 'layout-not-recognised': 0, 'partly-recognised': 1, ok: 2 };
