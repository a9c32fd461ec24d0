/**
 * The toolbar popup. Presentational: the container (entrypoints/popup/App.tsx) reads storage.
 */
import type { ActivityCounts } from '../../lib/activity';
import type { SiteStatus } from '../../lib/messages';
import { SITE_LABELS } from '../options/OptionsPage';

export interface PopupProps {
  weekLabel: string;
  recorded: ActivityCounts;
  siteStatuses: { site: keyof typeof SITE_LABELS; status: SiteStatus; detail: string; at: number }[];
  hasFeeds: boolean;
  onOpenOptions: (section?: string) => void;
}

const RECORDED_LABELS: [keyof ActivityCounts, string][] = [
  ['flagged', 'meetings flagged'],
  ['agenda-added', 'agendas added'],
  ['went-async', 'meetings turned into documents'],
  ['prompt-shown', 'bare “hi”s caught'],
  ['rewritten', 'messages given their question'],
  ['sent-anyway', 'sent anyway'],
];

export function Popup(props: PopupProps) {
  const brokenSites = props.siteStatuses.filter((entry) => entry.status === 'layout-not-recognised');
  const anyRecorded = RECORDED_LABELS.some(([key]) => props.recorded[key] > 0);
  return (
    <main className="ev-popup">
      <header className="ev-popup-header">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>Eventually</h1>
        <span className="ev-muted">{props.weekLabel}</span>
      </header>

      {!props.hasFeeds ? (
        <section className="ev-first-run" aria-label="Get started">
          <h2>See where your week goes</h2>
          <p>
            Add your calendar’s private iCal address, or import an .ics file, to see your meeting hours, their cost and
            the focus time you have left. It stays in this browser.
          </p>
          <button type="button" className="ev-primary" onClick={() => props.onOpenOptions('feeds')}>
            Add a calendar
          </button>
        </section>
      ) : null}

      <section aria-label="What Eventually did this week">
        <h2>This week</h2>
        {anyRecorded ? (
          <ul className="ev-recorded">
            {RECORDED_LABELS.filter(([key]) => props.recorded[key] > 0).map(([key, label]) => (
              <li key={key}>
                <strong>{props.recorded[key]}</strong> {label}
              </li>
            ))}
          </ul>
        ) : (
          <p className="ev-muted">Nothing yet. Open an invite in Google Calendar or Outlook, or write in a chat.</p>
        )}
      </section>

      {brokenSites.length > 0 ? (
        <section className="ev-site-status" aria-label="Site status">
          {brokenSites.map((entry) => (
            <p key={entry.site} className="ev-warning">
              {SITE_LABELS[entry.site]}: layout not recognised, so Eventually stays out of the way there.
              {entry.detail ? <span className="ev-muted"> ({entry.detail})</span> : null}
            </p>
          ))}
        </section>
      ) : null}

      <footer className="ev-popup-footer">
        <button type="button" className="ev-link" onClick={() => props.onOpenOptions()}>
          Settings
        </button>
      </footer>
    </main>
  );
}
