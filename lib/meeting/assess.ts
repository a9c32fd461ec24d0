/**
 * Is this meeting likely necessary? A pure judgement of one meeting, with the reasons in
 * short, kind sentences and the cost shown as a formula (duration × people × rate) and in
 * person-hours, never as a bare sum.
 *
 * Level rule (see `levelFor`, tested in test/unit/assess.test.ts):
 *  - a solo block (0–1 attendees) or an all-day event is 'fine', with no reasons;
 *  - 'consider-async' when the title sounds like a status update, or at least two of
 *    {large, long, recurring with no end} hold, or there is no agenda and it is large;
 *  - otherwise 'needs-agenda' when no agenda was found;
 *  - otherwise 'fine'. A 'fine' meeting may still carry gentle notes (e.g. one signal such
 *    as "long", or outside working hours), which never raise the level on their own.
 *
 * Attendees: people not declined, de-duplicated by e-mail (or name), rooms and resources
 * left out. The organizer counts once: flagged in the list, matched by e-mail or name, or
 * added from `organizer` when given and not listed. With no organizer information the list
 * is taken as complete (Google Calendar and Outlook list the organizer among the guests).
 * `attendeeCount` ("12 guests") wins when it is larger than the list.
 *
 * Input: `assessMeeting` and `safeAssessMeeting` (./assess-checked.ts, the public API)
 * validate it with zod; the page's own code, whose input comes from our adapters, uses
 * `assessMeetingInput` here, which loads no validator.
 */

import { TZDate } from '@date-fns/tz';
import type { Settings } from '../settings';
import { DEFAULT_SETTINGS, isValidTimeZone } from '../settings-defaults';
import { DAY_NAMES } from '../text/day-names';
import { formatMoney } from '../text/money';
import { detectAgenda } from './agenda';
import { matchStatusTitle } from './status-titles';

export { formatMoney };

export const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

// The meeting's types by hand, so the page's code needs no zod: ./assess-checked.ts holds the
// schema (the public assessMeeting validates with it) and fails to compile if the two differ.
export interface Attendee {
  email?: string | undefined;
  name?: string | undefined;
  organizer?: boolean | undefined;
  optional?: boolean | undefined;
  /** A room or other resource booked as a guest: not a person. */
  resource?: boolean | undefined;
  responseStatus?: 'accepted' | 'declined' | 'tentative' | 'needsAction' | undefined;
}

export interface Recurrence {
  frequency: 'daily' | 'weekly' | 'monthly' | 'yearly';
  interval: number;
  /** Has an end (COUNT or UNTIL). `count` or `until` imply it too. */
  hasEnd: boolean;
  count?: number | undefined;
  until?: Date | undefined;
  /** BYDAY weekdays, e.g. ['MO','WE'] for a weekly meeting on Monday and Wednesday. */
  byDay?: (typeof WEEKDAY_CODES)[number][] | undefined;
}

export interface Meeting {
  title: string;
  start: Date;
  end: Date;
  attendees: Attendee[];
  /** Known head count when the list is not ("12 guests"); wins when larger than the list. */
  attendeeCount?: number | undefined;
  organizer?: { email?: string | undefined; name?: string | undefined } | undefined;
  /** Plain text or HTML. */
  description: string;
  recurrence: Recurrence | null;
  conferencing: boolean;
  allDay: boolean;
}

/** A meeting as callers give it: times as dates, ISO strings or epoch ms; defaults left out. */
export interface MeetingInput {
  title: string;
  start: Date | string | number;
  end: Date | string | number;
  attendees?: Attendee[] | undefined;
  attendeeCount?: number | undefined;
  organizer?: Meeting['organizer'];
  description?: string | undefined;
  recurrence?:
    | (Omit<Recurrence, 'interval' | 'until'> & {
        interval?: number | undefined;
        until?: Date | string | number | undefined;
      })
    | null
    | undefined;
  conferencing?: boolean | undefined;
  allDay?: boolean | undefined;
}

/**
 * The meeting with its defaults, as `meetingSchema.parse` gives it, for input that is trusted
 * to have the right types (our own adapters'): only the times are checked. Null when a time is
 * not a date. (Hand-written so the page needs no zod; test/unit/assess.test.ts checks it
 * against the schema.)
 */
export function meetingFromInput(input: MeetingInput): Meeting | null {
  const start = new Date(input.start);
  const end = new Date(input.end);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return null;
  const { recurrence: rule, ...rest } = input;
  let recurrence: Recurrence | null = null;
  if (rule) {
    const { until: untilInput, interval, ...fields } = rule;
    const until = untilInput === undefined ? undefined : new Date(untilInput);
    if (until && Number.isNaN(until.getTime())) return null;
    recurrence = { ...fields, interval: interval ?? 1, ...(until ? { until } : {}) };
  }
  return {
    ...rest,
    start,
    end,
    attendees: input.attendees ?? [],
    description: input.description ?? '',
    recurrence,
    conferencing: input.conferencing ?? false,
    allDay: input.allDay ?? false,
  };
}

export type AssessmentLevel = 'fine' | 'needs-agenda' | 'consider-async';

export const LEVEL_LABELS: Record<AssessmentLevel, string> = {
  fine: 'Looks fine',
  'needs-agenda': 'Needs an agenda',
  'consider-async': 'Consider going async',
};

export type ReasonCode = 'no-agenda' | 'status-title' | 'large' | 'long' | 'recurring-no-end' | 'outside-working-hours';

export interface Reason {
  code: ReasonCode;
  /** One short, kind sentence, in English (the public API's shape). */
  text: string;
  /**
   * The figures of the sentence, so an interface can say it in another language from `code`
   * (components/calendar/reason-text.ts): see `ReasonParams`.
   */
  params: ReasonParams;
}

/**
 * Per code: `status-title` {title}; `large` {people, paths}; `long` {minutes, limitMinutes};
 * `recurring-no-end` {times, personHours}; `outside-working-hours` {variant: 'day' | 'before' |
 * 'after' | 'until', day (0 = Sunday), time ("HH:MM"), start, end (the working hours)}.
 */
export type ReasonParams = Record<string, string | number>;

export interface Cost {
  minutes: number;
  /** People counted for the cost (at least 1). */
  attendees: number;
  hourlyRate: number;
  currency: string;
  /** minutes / 60 × attendees. */
  personHours: number;
  /** personHours × hourlyRate, rounded to cents. */
  amount: number;
  /** The amount formatted in the currency, e.g. "$600". */
  amountText: string;
  /** How the amount comes about, e.g. "1 h × 6 people × $100/h". */
  formula: string;
  /** For recurring meetings: a year of it. */
  perYear?: { occurrences: number; personHours: number; amount: number; amountText: string };
}

export interface Assessment {
  hasAgenda: boolean;
  level: AssessmentLevel;
  label: string;
  reasons: Reason[];
  /** What detectAgenda found, or why nothing counts. */
  agendaReasons: string[];
  cost: Cost;
  /** n(n−1)/2 for the people counted. */
  communicationPaths: number;
  /** 0–1 attendees or all-day: not judged. */
  solo: boolean;
}

export interface AssessOptions {
  /** BCP 47 locale for money ("en-US"); the runtime's when omitted. */
  locale?: string;
}

// ---------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------

/** Brooks's law: n people have n(n−1)/2 communication paths. */
export function communicationPaths(n: number): number {
  if (!Number.isFinite(n) || n < 2) return 0;
  const k = Math.floor(n);
  return (k * (k - 1)) / 2;
}

/** "30 min", "1 h", "1 h 30 min". */
export function formatDuration(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return rest === 0 ? `${h} h` : `${h} h ${rest} min`;
}

function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function formatHours(value: number): string {
  return String(round(value, 1));
}

const knownZones = new Map<string, boolean>();

/** isValidTimeZone builds an Intl.DateTimeFormat each time; remember the answer. */
function knownZone(zone: string): boolean {
  let ok = knownZones.get(zone);
  if (ok === undefined) {
    ok = isValidTimeZone(zone);
    if (knownZones.size > 50) knownZones.clear();
    knownZones.set(zone, ok);
  }
  return ok;
}

function resolveSettings(partial: Partial<Settings> | undefined): Settings {
  const p = partial ?? {};
  const s: Settings = {
    ...DEFAULT_SETTINGS,
    ...p,
    thresholds: { ...DEFAULT_SETTINGS.thresholds, ...(p.thresholds ?? {}) },
    workingHours: { ...DEFAULT_SETTINGS.workingHours, ...(p.workingHours ?? {}) },
  };
  const positive = (value: unknown, fallback: number) =>
    typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
  s.hourlyRate = positive(s.hourlyRate, DEFAULT_SETTINGS.hourlyRate);
  s.thresholds.maxAttendees = positive(s.thresholds.maxAttendees, DEFAULT_SETTINGS.thresholds.maxAttendees);
  s.thresholds.maxMinutes = positive(s.thresholds.maxMinutes, DEFAULT_SETTINGS.thresholds.maxMinutes);
  if (typeof s.currency !== 'string' || !/^[A-Z]{3}$/.test(s.currency)) s.currency = DEFAULT_SETTINGS.currency;
  if (typeof s.timeZone !== 'string' || !knownZone(s.timeZone)) s.timeZone = '';
  const time = /^([01]\d|2[0-3]):[0-5]\d$/;
  if (
    !time.test(s.workingHours.start) ||
    !time.test(s.workingHours.end) ||
    s.workingHours.start >= s.workingHours.end
  ) {
    s.workingHours = { ...DEFAULT_SETTINGS.workingHours };
  }
  if (!Array.isArray(s.workingHours.days)) s.workingHours.days = [...DEFAULT_SETTINGS.workingHours.days];
  return s;
}

/** People in the meeting; see the file comment for the rule. */
export function countAttendees(meeting: Meeting): number {
  const seen = new Set<string>();
  let count = 0;
  let organizerListed = false;
  for (const a of meeting.attendees) {
    if (a.resource) continue;
    const key = (a.email ?? '').trim().toLowerCase() || (a.name ?? '').trim().toLowerCase();
    if (key) {
      if (seen.has(key)) continue;
      seen.add(key);
    }
    if (a.organizer) organizerListed = true;
    if (a.responseStatus === 'declined') continue;
    count++;
  }
  if (meeting.organizer && !organizerListed) {
    const key =
      (meeting.organizer.email ?? '').trim().toLowerCase() || (meeting.organizer.name ?? '').trim().toLowerCase();
    if (!key || !seen.has(key)) count++;
  }
  if (meeting.attendeeCount !== undefined && meeting.attendeeCount > count) count = meeting.attendeeCount;
  return count;
}

/**
 * How often a recurring meeting happens in a year: daily → working days per week × 52
 * (or BYDAY days × 52) / interval, i.e. about 260 on weekdays; weekly → BYDAY days (at
 * least 1) × 52 / interval; monthly → 12 / interval; yearly → 1 / interval. A COUNT caps
 * it; an UNTIL within the year scales it down. At least 1.
 */
export function occurrencesPerYear(recurrence: Recurrence, start: Date, workingDays: readonly number[]): number {
  const interval = Math.max(1, recurrence.interval);
  const days = recurrence.byDay && recurrence.byDay.length > 0 ? new Set(recurrence.byDay).size : 0;
  let perYear: number;
  switch (recurrence.frequency) {
    case 'daily':
      perYear = ((days || new Set(workingDays).size || 5) * 52) / interval;
      break;
    case 'weekly':
      perYear = ((days || 1) * 52) / interval;
      break;
    case 'monthly':
      perYear = 12 / interval;
      break;
    case 'yearly':
      perYear = 1 / interval;
      break;
  }
  if (recurrence.until && Number.isFinite(recurrence.until.getTime()) && Number.isFinite(start.getTime())) {
    const span = recurrence.until.getTime() - start.getTime();
    const year = 365.25 * 24 * 3600 * 1000;
    if (span < year) perYear = perYear * Math.max(0, span / year);
  }
  if (recurrence.count !== undefined) perYear = Math.min(perYear, recurrence.count);
  return Math.max(1, Math.round(perYear));
}

function hhmm(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

function toMinutes(time: string): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}

interface LocalParts {
  day: number;
  minutes: number;
  dayKey: number;
}

function localParts(date: Date, timeZone: string): LocalParts {
  const d = timeZone ? new TZDate(date.getTime(), timeZone) : date;
  return {
    day: d.getDay(),
    minutes: d.getHours() * 60 + d.getMinutes(),
    dayKey: d.getFullYear() * 10000 + (d.getMonth() + 1) * 100 + d.getDate(),
  };
}

/**
 * The sentence saying how the meeting falls outside working hours, or null when inside.
 * In `settings.timeZone` ('' = the runtime's zone); a non-working day is outside too.
 */
export function outsideWorkingHours(start: Date, end: Date, settings: Settings): string | null {
  return outsideWorkingHoursReason(start, end, settings)?.text ?? null;
}

/** The same, with its figures (see `ReasonParams`). */
export function outsideWorkingHoursReason(
  start: Date,
  end: Date,
  settings: Settings,
): { text: string; params: ReasonParams } | null {
  if (!Number.isFinite(start.getTime()) || !Number.isFinite(end.getTime())) return null;
  const { timeZone, workingHours } = settings;
  const s = localParts(start, timeZone);
  const range = `${workingHours.start}–${workingHours.end}`;
  const hours = { start: workingHours.start, end: workingHours.end };
  if (!workingHours.days.includes(s.day)) {
    return {
      text: `It’s on a ${DAY_NAMES[s.day] ?? 'day'}, outside your working days.`,
      params: { variant: 'day', day: s.day, ...hours },
    };
  }
  const open = toMinutes(workingHours.start);
  const close = toMinutes(workingHours.end);
  const time = hhmm(s.minutes);
  if (s.minutes < open)
    return {
      text: `It starts at ${time}, before your working hours (${range}).`,
      params: { variant: 'before', time, ...hours },
    };
  if (s.minutes >= close)
    return {
      text: `It starts at ${time}, after your working hours (${range}).`,
      params: { variant: 'after', time, ...hours },
    };
  if (end.getTime() > start.getTime()) {
    const e = localParts(end, timeZone);
    let endMinutes = e.minutes;
    if (e.dayKey !== s.dayKey) {
      // Ending at midnight is 24:00 of the same day; any later is past the end of it.
      const nextDay = localParts(new Date(start.getTime() + 24 * 3600 * 1000), timeZone).dayKey;
      endMinutes = e.minutes === 0 && e.dayKey === nextDay ? 1440 : Number.POSITIVE_INFINITY;
    }
    if (endMinutes > close) {
      const until = hhmm(e.minutes);
      return {
        text: `It runs until ${until}, past your working hours (${range}).`,
        params: { variant: 'until', time: until, ...hours },
      };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// The level rule
// ---------------------------------------------------------------------------------------

export interface Signals {
  solo: boolean;
  noAgenda: boolean;
  statusTitle: boolean;
  large: boolean;
  long: boolean;
  recurringNoEnd: boolean;
}

/** The level from the signals; the rule is spelled out in the file comment. */
export function levelFor(signals: Signals): AssessmentLevel {
  if (signals.solo) return 'fine';
  const heavy = [signals.large, signals.long, signals.recurringNoEnd].filter(Boolean).length;
  if (signals.statusTitle || heavy >= 2 || (signals.noAgenda && signals.large)) return 'consider-async';
  if (signals.noAgenda) return 'needs-agenda';
  return 'fine';
}

// ---------------------------------------------------------------------------------------
// assessMeeting
// ---------------------------------------------------------------------------------------

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Judge one meeting from our own adapters (trusted types; no zod, for the page). Null when its
 * times are not dates. `assessMeeting` (./assess-checked.ts) validates any input first.
 */
export function assessMeetingInput(
  input: MeetingInput,
  settings?: Partial<Settings>,
  options: AssessOptions = {},
): Assessment | null {
  const meeting = meetingFromInput(input);
  return meeting ? judgeMeeting(meeting, settings, options) : null;
}

/** Judge one meeting, with its defaults filled in. */
export function judgeMeeting(meeting: Meeting, settings?: Partial<Settings>, options: AssessOptions = {}): Assessment {
  const s = resolveSettings(settings);
  const locale = options.locale;

  const agenda = detectAgenda(meeting.description);
  const counted = countAttendees(meeting);
  const startMs = meeting.start.getTime();
  const endMs = meeting.end.getTime();
  const minutes =
    Number.isFinite(startMs) && Number.isFinite(endMs) ? Math.max(0, Math.round((endMs - startMs) / 60000)) : 0;
  const solo = counted <= 1 || meeting.allDay;

  // Cost: duration × people × rate.
  const people = Math.max(1, counted);
  const personHours = round((minutes / 60) * people);
  const amount = round(personHours * s.hourlyRate);
  const money = (value: number) => formatMoney(value, s.currency, locale);
  const cost: Cost = {
    minutes,
    attendees: people,
    hourlyRate: s.hourlyRate,
    currency: s.currency,
    personHours,
    amount,
    amountText: money(amount),
    formula: `${formatDuration(minutes)} × ${people} ${people === 1 ? 'person' : 'people'} × ${money(s.hourlyRate)}/h`,
  };
  const recurrence = meeting.recurrence;
  const hasEnd = recurrence
    ? recurrence.hasEnd || recurrence.count !== undefined || recurrence.until !== undefined
    : true;
  if (recurrence) {
    const occurrences = occurrencesPerYear(recurrence, meeting.start, s.workingHours.days);
    const yearHours = round(personHours * occurrences);
    const yearAmount = round(amount * occurrences);
    cost.perYear = { occurrences, personHours: yearHours, amount: yearAmount, amountText: money(yearAmount) };
  }

  const statusWord = matchStatusTitle(meeting.title);
  const signals: Signals = {
    solo,
    noAgenda: !agenda.hasAgenda,
    statusTitle: statusWord !== null,
    large: counted > s.thresholds.maxAttendees,
    long: minutes > s.thresholds.maxMinutes,
    recurringNoEnd: recurrence !== null && !hasEnd,
  };
  const level = levelFor(signals);

  const reasons: Reason[] = [];
  if (!solo) {
    if (signals.noAgenda) {
      reasons.push({
        code: 'no-agenda',
        text: 'There’s no agenda yet; a few lines on the goal help everyone prepare.',
        params: {},
      });
    }
    if (statusWord !== null) {
      const title = meeting.title.trim().replace(/\s+/g, ' ');
      const quoted = title.length <= 40 ? title : capitalize(statusWord);
      reasons.push({
        code: 'status-title',
        text: `‘${quoted}’ sounds like a status update; a written one could save everyone the time.`,
        params: { title: quoted },
      });
    }
    if (signals.large) {
      reasons.push({
        code: 'large',
        text: `${counted} people means ${communicationPaths(counted)} conversations to keep in sync; could a smaller group decide and write it up?`,
        params: { people: counted, paths: communicationPaths(counted) },
      });
    }
    if (signals.long) {
      reasons.push({
        code: 'long',
        text: `At ${formatDuration(minutes)} it runs long; could it fit in ${formatDuration(s.thresholds.maxMinutes)}?`,
        params: { minutes, limitMinutes: s.thresholds.maxMinutes },
      });
    }
    if (signals.recurringNoEnd && cost.perYear) {
      reasons.push({
        code: 'recurring-no-end',
        text: `It repeats with no end date, about ${cost.perYear.occurrences} times and ${formatHours(cost.perYear.personHours)} person-hours a year; an end date makes it easy to revisit.`,
        params: { times: cost.perYear.occurrences, personHours: round(cost.perYear.personHours, 1) },
      });
    }
    const outside = outsideWorkingHoursReason(meeting.start, meeting.end, s);
    if (outside) reasons.push({ code: 'outside-working-hours', ...outside });
  }

  return {
    hasAgenda: agenda.hasAgenda,
    level,
    label: LEVEL_LABELS[level],
    reasons,
    agendaReasons: agenda.reasons,
    cost,
    communicationPaths: communicationPaths(counted),
    solo,
  };
}
