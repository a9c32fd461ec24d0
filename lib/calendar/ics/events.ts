/** One VEVENT read into what expansion needs: times, rules, people, status, conference. */
import { fnv1aHex } from '../../text/hash';
import { htmlToText } from '../../text/html';
import { hasVideoCallLink } from '../../text/video-hosts';
import { all, type Comp, first, type Prop } from './content-lines';
import { type Context, emailOf, timeValue, timeValues, warn } from './context';
import type { PartStat, SkippedEvent } from './types';
import { clip, DATE_TIME_RE, type Duration, parseDuration, type TimeValue, unescapeText } from './values';

export interface Attendee {
  id: string;
  partstat: PartStat;
  person: boolean;
}

interface RawRDate {
  start: TimeValue;
  /** For VALUE=PERIOD. */
  end?: TimeValue;
  duration?: Duration;
}

export interface RawEvent {
  order: number;
  line: number;
  uid: string;
  hasUid: boolean;
  sequence: number;
  title: string;
  description?: string;
  location?: string;
  url?: string;
  status?: 'confirmed' | 'tentative' | 'cancelled';
  transparent: boolean;
  dtstart: TimeValue;
  dtend?: TimeValue;
  duration?: Duration;
  rrules: Prop[];
  rdates: RawRDate[];
  exdates: TimeValue[];
  recurrenceId?: TimeValue;
  organizer?: string;
  attendees: Attendee[];
  conference: boolean;
}

const PARTSTATS: Record<string, PartStat> = {
  ACCEPTED: 'accepted',
  DECLINED: 'declined',
  TENTATIVE: 'tentative',
  'NEEDS-ACTION': 'needs-action',
  DELEGATED: 'delegated',
};

const CONFERENCE_PROPS = new Set([
  'CONFERENCE',
  'X-GOOGLE-CONFERENCE',
  'X-MICROSOFT-SKYPETEAMSMEETINGURL',
  'X-MICROSOFT-ONLINEMEETINGCONFLINK',
  'X-MICROSOFT-ONLINEMEETINGEXTERNALLINK',
]);

export type ReadEvent = { event: RawEvent } | { skip: SkippedEvent };

export function readEvent(ctx: Context, comp: Comp, order: number): ReadEvent {
  const uidProp = first(comp, 'UID');
  const title = unescapeText(first(comp, 'SUMMARY')?.value ?? '').trim();
  const uid = uidProp?.value.trim() ?? '';
  const skip = (reason: string): ReadEvent => ({
    skip: { ...(uid ? { uid } : {}), ...(title ? { title } : {}), line: comp.line, reason },
  });
  const firstProblem = comp.problems[0];
  if (firstProblem) {
    return skip(`line ${firstProblem.line} of the event cannot be read (“${clip(firstProblem.text)}”)`);
  }
  if (comp.unclosed) return skip('the event is not closed (END:VEVENT is missing)');
  const starts = all(comp, 'DTSTART');
  if (starts.length === 0) return skip('the event has no start time (DTSTART)');
  if (starts.length > 1) return skip('the event has two start times (DTSTART)');
  const dtstart = timeValue(ctx, starts[0]!);
  if (!dtstart) {
    const raw = starts[0]!.value;
    const problem = DATE_TIME_RE.test(raw.trim()) ? 'is not a real date' : 'cannot be read';
    return skip(`its start time “${clip(raw)}” ${problem}`);
  }
  const ends = all(comp, 'DTEND');
  if (ends.length > 1) return skip('the event has two end times (DTEND)');
  let dtend: TimeValue | undefined;
  if (ends[0]) {
    dtend = timeValue(ctx, ends[0]);
    if (!dtend)
      warn(ctx, `Line ${ends[0].line}: end time “${clip(ends[0].value)}” cannot be read; the default length is used.`);
  }
  let duration: Duration | undefined;
  const durationProp = first(comp, 'DURATION');
  if (durationProp && !dtend) {
    duration = parseDuration(durationProp.value);
    if (!duration)
      warn(
        ctx,
        `Line ${durationProp.line}: duration “${clip(durationProp.value)}” cannot be read; the default length is used.`,
      );
  }

  let recurrenceId: TimeValue | undefined;
  const ridProp = first(comp, 'RECURRENCE-ID');
  if (ridProp) {
    recurrenceId = timeValue(ctx, ridProp);
    if (!recurrenceId) return skip(`its RECURRENCE-ID “${clip(ridProp.value)}” cannot be read`);
  }

  const rdates: RawRDate[] = [];
  for (const prop of all(comp, 'RDATE')) {
    const isPeriod = (prop.params.VALUE ?? '').toUpperCase() === 'PERIOD' || prop.value.includes('/');
    for (const part of prop.value.split(',')) {
      if (!part.trim()) continue;
      if (isPeriod) {
        const [startText = '', endText = ''] = part.split('/');
        const start = timeValue(ctx, prop, startText);
        const end = /^[+-]?P/i.test(endText.trim()) ? undefined : timeValue(ctx, prop, endText);
        const periodDuration = /^[+-]?P/i.test(endText.trim()) ? parseDuration(endText) : undefined;
        if (start)
          rdates.push({ start, ...(end ? { end } : {}), ...(periodDuration ? { duration: periodDuration } : {}) });
        else warn(ctx, `Line ${prop.line}: RDATE “${clip(part)}” cannot be read and was ignored.`);
      } else {
        const start = timeValue(ctx, prop, part);
        if (start) rdates.push({ start });
        else warn(ctx, `Line ${prop.line}: RDATE “${clip(part)}” cannot be read and was ignored.`);
      }
    }
  }
  const exdates: TimeValue[] = [];
  for (const prop of all(comp, 'EXDATE')) {
    const { values, bad } = timeValues(ctx, prop);
    exdates.push(...values);
    if (bad) warn(ctx, `Line ${prop.line}: an EXDATE cannot be read and was ignored.`);
  }

  const attendees: Attendee[] = [];
  for (const prop of all(comp, 'ATTENDEE')) {
    const id = emailOf(prop.value) || (prop.params.CN ?? '').trim().toLowerCase();
    if (!id) continue;
    const cutype = (prop.params.CUTYPE ?? 'INDIVIDUAL').toUpperCase();
    const partstat = PARTSTATS[(prop.params.PARTSTAT ?? 'NEEDS-ACTION').toUpperCase()] ?? 'needs-action';
    attendees.push({ id, partstat, person: cutype !== 'ROOM' && cutype !== 'RESOURCE' });
  }
  const organizerProp = first(comp, 'ORGANIZER');
  const organizer = organizerProp ? emailOf(organizerProp.value) || undefined : undefined;

  const statusText = (first(comp, 'STATUS')?.value ?? '').trim().toUpperCase();
  const status =
    statusText === 'CANCELLED' || statusText === 'CANCELED'
      ? 'cancelled'
      : statusText === 'TENTATIVE'
        ? 'tentative'
        : statusText === 'CONFIRMED'
          ? 'confirmed'
          : undefined;
  const transp = (first(comp, 'TRANSP')?.value ?? '').trim().toUpperCase();
  const busy = (first(comp, 'X-MICROSOFT-CDO-BUSYSTATUS')?.value ?? '').trim().toUpperCase();
  const transparent = transp === 'TRANSPARENT' || (transp === '' && busy === 'FREE');

  const descriptionProp = first(comp, 'DESCRIPTION');
  let description = descriptionProp ? unescapeText(descriptionProp.value) : undefined;
  if (!description?.trim()) {
    const alt = first(comp, 'X-ALT-DESC');
    if (alt && /html/i.test(alt.params.FMTTYPE ?? '')) description = htmlToText(unescapeText(alt.value)).trim();
  }
  const locationText = unescapeText(first(comp, 'LOCATION')?.value ?? '').trim();
  const url = first(comp, 'URL')?.value.trim() || undefined;
  let conference = false;
  for (const prop of comp.props) {
    if (CONFERENCE_PROPS.has(prop.name)) conference = true;
  }
  if (!conference) {
    conference =
      hasVideoCallLink(locationText) ||
      (url !== undefined && hasVideoCallLink(url)) ||
      (description !== undefined && hasVideoCallLink(description));
  }
  const sequence = Number.parseInt(first(comp, 'SEQUENCE')?.value ?? '0', 10);

  const event: RawEvent = {
    order,
    line: comp.line,
    uid: uid || `no-uid-${fnv1aHex(`${starts[0]!.value}|${title}|${order}`)}`,
    hasUid: uid !== '',
    sequence: Number.isFinite(sequence) ? sequence : 0,
    title,
    description: descriptionProp || description ? (description ?? '') : undefined,
    location: locationText || undefined,
    url,
    status,
    transparent,
    dtstart,
    dtend,
    duration,
    rrules: all(comp, 'RRULE'),
    rdates,
    exdates,
    recurrenceId,
    organizer,
    attendees,
    conference,
  };
  return { event };
}
