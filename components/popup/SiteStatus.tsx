/** Sites whose layout Eventually did not recognise, so it stays out of the way there. */
import type { SiteStatus as Status } from '../../lib/messages';
import { SITE_LABELS } from '../../lib/sites';

export interface SiteStatusEntry {
  site: keyof typeof SITE_LABELS;
  status: Status;
  detail: string;
  at: number;
}

export function SiteStatus(props: { statuses: SiteStatusEntry[] }) {
  const broken = props.statuses.filter((entry) => entry.status === 'layout-not-recognised');
  if (broken.length === 0) return null;
  return (
    <section className="ev-site-status" aria-label="Site status">
      {broken.map((entry) => (
        <p key={entry.site} className="ev-warning">
          {SITE_LABELS[entry.site]}: layout not recognised, so Eventually stays out of the way there.
          {entry.detail ? <span className="ev-muted"> ({entry.detail})</span> : null}
        </p>
      ))}
    </section>
  );
}
