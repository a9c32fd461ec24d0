/** What Eventually recorded in the week shown: meetings flagged, agendas added, "hi"s caught… */

import type { ActivityCounts } from '../../lib/activity';
import { num, type PluralKey, t, tn } from '../i18n';

const RECORDED_LABELS: [keyof ActivityCounts, PluralKey][] = [
  ['flagged', 'popup.recorded_flagged'],
  ['agenda-added', 'popup.recorded_agenda'],
  ['went-async', 'popup.recorded_async'],
  ['prompt-shown', 'popup.recorded_prompt'],
  ['rewritten', 'popup.recorded_rewritten'],
  ['sent-anyway', 'popup.recorded_sent'],
];

/** The count in bold where the sentence puts it ("<b>3</b> agendas added"). */
function withCount(message: string, count: number) {
  const shown = num(count);
  const at = message.indexOf(shown);
  if (at < 0) return message;
  return (
    <>
      {message.slice(0, at)}
      <strong>{shown}</strong>
      {message.slice(at + shown.length)}
    </>
  );
}

/** "Nudges this week", "Nudges, last week", "Nudges, 3 weeks ago": one whole heading each. */
function nudgesHeading(offset: number): string {
  if (offset === 0) return t('popup.nudges_this_week');
  if (offset === -1) return t('popup.nudges_last_week');
  if (offset === 1) return t('popup.nudges_next_week');
  return offset < 0 ? tn('popup.nudges_weeks_ago', -offset) : tn('popup.nudges_in_weeks', offset);
}

export function Nudges(props: { recorded: ActivityCounts; offset: number }) {
  const { recorded, offset } = props;
  const shown = RECORDED_LABELS.filter(([key]) => recorded[key] > 0);
  return (
    <section className="ev-recorded-section" aria-labelledby="ev-recorded-heading">
      <h2 id="ev-recorded-heading">{nudgesHeading(offset)}</h2>
      {shown.length > 0 ? (
        <ul className="ev-recorded">
          {shown.map(([key, label]) => (
            <li key={key}>{withCount(tn(label, recorded[key]), recorded[key])}</li>
          ))}
        </ul>
      ) : (
        <p className="ev-muted">{t('popup.nothing_yet')}</p>
      )}
    </section>
  );
}
