/** What Eventually recorded in the week shown: meetings flagged, agendas added, "hi"s caught… */
import type { ActivityCounts } from '../../lib/activity';
import { offsetName } from './week-name';

const RECORDED_LABELS: [keyof ActivityCounts, string][] = [
  ['flagged', 'meetings flagged'],
  ['agenda-added', 'agendas added'],
  ['went-async', 'meetings turned into documents'],
  ['prompt-shown', 'bare “hi”s caught'],
  ['rewritten', 'messages given their question'],
  ['sent-anyway', 'sent anyway'],
];

export function Nudges(props: { recorded: ActivityCounts; offset: number }) {
  const { recorded, offset } = props;
  const shown = RECORDED_LABELS.filter(([key]) => recorded[key] > 0);
  return (
    <section className="ev-recorded-section" aria-labelledby="ev-recorded-heading">
      <h2 id="ev-recorded-heading">
        {offset === 0 ? 'Nudges this week' : `Nudges, ${offsetName(offset).toLowerCase()}`}
      </h2>
      {shown.length > 0 ? (
        <ul className="ev-recorded">
          {shown.map(([key, label]) => (
            <li key={key}>
              <strong>{recorded[key]}</strong> {label}
            </li>
          ))}
        </ul>
      ) : (
        <p className="ev-muted">Nothing yet. Open an invite in Google Calendar or Outlook, or write in a chat.</p>
      )}
    </section>
  );
}
