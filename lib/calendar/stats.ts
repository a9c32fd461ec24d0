/**
 * Weekly meeting statistics from expanded occurrences (see ./ics.ts). Pure: no DOM, no Node.
 *
 * Decisions:
 * - A meeting is a timed (not all-day) event of non-zero length with at least one other
 *   person (attendeeCount ≥ 2) that I have not declined. With `countSoloEventsAsMeetings`,
 *   timed events with fewer people count too, unless they are marked free (TRANSP:TRANSPARENT:
 *   a solo "free" block is a reminder, not a meeting). A TRANSPARENT event with other people
 *   still counts: invitations shown as "free" (FYI meetings, optional sessions) are meetings.
 *   All-day events never count, whatever the setting: they are holidays, birthdays and days
 *   away, and 24 h each would swamp the figures. Cancelled events are already gone.
 * - A meeting that crosses the week boundary is clipped to the week; the same for days.
 * - Overlapping meetings: hours, person-hours and cost count every meeting in full (two
 *   parallel one-hour meetings are two meeting hours), while the share of working hours and
 *   focus time use the union of meeting time.
 * - The week starts where date-fns `startOfWeek` says in `timeZone` (@date-fns/tz); days and
 *   working hours are wall-clock times in that zone, converted to instants with the cached
 *   offsets of ./timezones. So a week with a DST change is 167 or 169 hours long, and 09:00 is
 *   09:00 local on every day.
 */

import { TZDate, tz } from '@date-fns/tz';
import { addWeeks, startOfWeek } from 'date-fns';
import { detectAgenda } from '../meeting/agenda';
import type { Settings } from '../settings';
import type { MeetingOccurrence } from './ics';
import {
  canonicalIanaZone,
  type ResolvedZone,
  runtimeTimeZone,
  utcToWall,
  wallToUtc,
  zoneFromSetting,
} from './timezones';

export interface RecordedCounts {
  flagged: number;
  turnedAsync: number;
  agendasAdded: number;
  promptsShown: number;
  messagesRewritten: number;
  sentAnyway: number;
}

export type WeekDayNumber = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface WeeklyStatsOptions {
  /** Any instant in the week. */
  weekOf: Date;
  /** 0 = Sunday … 6 = Saturday. */
  weekStartsOn: number;
  /** IANA zone; '' = the runtime's zone. */
  timeZone: string;
  workingHours: { start: string; end: string; days: number[] };
  hourlyRate: number;
  currency: string;
  /** My addresses; meetings whose organizer is one of them count as organized by me. */
  myAddresses: string[];
  countSoloEventsAsMeetings?: boolean;
  /** "Large" means more attendees than this (default 8). */
  largeThreshold?: number;
  /** "Long" means longer than this many minutes (default 60). */
  longThresholdMinutes?: number;
  recorded?: Partial<RecordedCounts>;
}

export interface FocusBlock {
  start: Date;
  end: Date;
  hours: number;
}

export interface DayHours {
  /** YYYY-MM-DD in the stats zone. */
  date: string;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  hours: number;
}

export interface CostlyMeeting {
  uid: string;
  title: string;
  start: Date;
  /** Hours within the week × attendees. */
  personHours: number;
  cost: number;
  attendees: number;
}

export interface BackToBackChain {
  meetings: number;
  start: Date;
  end: Date;
  minutes: number;
}

export interface WeeklyStats {
  week: { start: Date; end: Date; timeZone: string; weekStartsOn: number };
  meetingCount: number;
  /** Sum of meeting lengths within the week (overlaps counted per meeting). */
  meetingHours: number;
  /** Meeting time (union) inside working hours ÷ working hours of the week; 0–1. */
  shareOfWorkingHours: number;
  workingHours: number;
  withAgendaCount: number;
  /** 0–1; 0 when there are no meetings. */
  withAgendaShare: number;
  largeCount: number;
  longCount: number;
  recurringCount: number;
  /** Hours of recurring meetings ÷ meeting hours; 0–1. */
  recurringShareOfHours: number;
  organizedCount: number;
  personHours: number;
  cost: number;
  currency: string;
  hourlyRate: number;
  focusBlocks: FocusBlock[];
  focusHours: number;
  backToBack: { count: number; longest: BackToBackChain | null };
  busiestDay: DayHours | null;
  /** Seven entries in week order. */
  hoursPerDay: DayHours[];
  /** The five costliest meetings, costliest first. */
  topCostly: CostlyMeeting[];
  recorded: RecordedCounts;
}

export interface TrendPoint {
  weekStart: Date;
  meetingHours: number;
  meetingCount: number;
  withAgendaShare: number;
  cost: number;
  focusHours: number;
}

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
/** A gap of at most this long between meetings makes them back-to-back. */
export const BACK_TO_BACK_GAP_MS = 5 * MINUTE;
/** Free time inside working hours of at least this long is a focus block. */
export const FOCUS_BLOCK_MS = 2 * HOUR;

export function emptyRecorded(): RecordedCounts {
  return { flagged: 0, turnedAsync: 0, agendasAdded: 0, promptsShown: 0, messagesRewritten: 0, sentAnyway: 0 };
}

/** Options from the user's settings. */
export function statsOptionsFromSettings(
  settings: Pick<
    Settings,
    | 'weekStartsOn'
    | 'timeZone'
    | 'workingHours'
    | 'hourlyRate'
    | 'currency'
    | 'myEmails'
    | 'countSoloEventsAsMeetings'
    | 'thresholds'
  >,
  weekOf: Date,
  recorded?: Partial<RecordedCounts>,
): WeeklyStatsOptions {
  return {
    weekOf,
    weekStartsOn: settings.weekStartsOn,
    timeZone: settings.timeZone,
    workingHours: settings.workingHours,
    hourlyRate: settings.hourlyRate,
    currency: settings.currency,
    myAddresses: settings.myEmails,
    countSoloEventsAsMeetings: settings.countSoloEventsAsMeetings,
    largeThreshold: settings.thresholds.maxAttendees,
    longThresholdMinutes: settings.thresholds.maxMinutes,
    ...(recorded ? { recorded } : {}),
  };
}

/** detectAgenda results by description, shared across calls (series repeat descriptions). */
const agendaCache = new Map<string, boolean>();
const AGENDA_CACHE_LIMIT = 5_000;

function hasAgenda(description: string): boolean {
  if (!description.trim()) return false;
  let found = agendaCache.get(description);
  if (found === undefined) {
    found = detectAgenda(description).hasAgenda;
    if (agendaCache.size >= AGENDA_CACHE_LIMIT) agendaCache.clear();
    agendaCache.set(description, found);
  }
  return found;
}

/** Is this occurrence a meeting (see the module comment)? */
export function isMeeting(occurrence: MeetingOccurrence, countSolo = false): boolean {
  if (occurrence.allDay) return false;
  if (occurrence.myStatus === 'declined') return false;
  if (occurrence.end.getTime() <= occurrence.start.getTime()) return false;
  if (occurrence.attendeeCount >= 2) return true;
  return countSolo && !occurrence.transparent;
}

function statsZone(timeZone: string): string {
  return canonicalIanaZone(timeZone || runtimeTimeZone()) ?? 'UTC';
}

function weekStartsOnOf(value: number): WeekDayNumber {
  return (Number.isInteger(value) && value >= 0 && value <= 6 ? value : 1) as WeekDayNumber;
}

function minutesOf(hhmm: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 24 * 60 ? minutes : undefined;
}

/** YYYY-MM-DD of a wall time. */
function wallDateText(wall: number): string {
  return new Date(wall).toISOString().slice(0, 10);
}

function dateText(date: TZDate): string {
  return `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

interface Item {
  occurrence: MeetingOccurrence;
  start: number;
  end: number;
  hours: number;
  people: number;
  personHours: number;
  cost: number;
}

type Interval = [number, number];

/** The union of the items' times; `items` are sorted by start. */
function mergeIntervals(items: Item[]): Interval[] {
  const merged: Interval[] = [];
  for (const { start, end } of items) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Costliest first; on a tie more person-hours, then the earlier start (then list order). */
function costlier(a: Item, b: Item): number {
  return b.cost - a.cost || b.personHours - a.personHours || a.start - b.start;
}

/**
 * The `count` first items in `costlier` order, as a stable sort of all of them would give,
 * without sorting the whole week (52 weeks are summarised at a time: the sorts showed in the
 * busy year's first run).
 */
function costliest(items: Item[], count: number): Item[] {
  const top: Item[] = [];
  for (const item of items) {
    if (top.length === count && costlier(item, top[count - 1]!) >= 0) continue;
    // After every item it does not beat, so ties keep the list order.
    let at = top.length;
    while (at > 0 && costlier(item, top[at - 1]!) < 0) at--;
    top.splice(at, 0, item);
    if (top.length > count) top.pop();
  }
  return top;
}

function overlapMs(union: Interval[], start: number, end: number): number {
  let total = 0;
  for (const [a, b] of union) {
    if (b <= start) continue;
    if (a >= end) break;
    total += Math.min(b, end) - Math.max(a, start);
  }
  return total;
}

/**
 * The meetings in [weekStartMs, weekEndMs), clipped to it, sorted by start then end. Its own
 * small function: it scans the whole list for each week (a year's worth when the popup
 * summarises 52 weeks), and V8 optimizes a small hot loop soon, while inside weeklyStats the
 * loop ran unoptimized for as long as that big function took to compile (most of the busy
 * year's first summaries).
 */
function meetingsIn(
  occurrences: readonly MeetingOccurrence[],
  weekStartMs: number,
  weekEndMs: number,
  countSolo: boolean,
  rate: number,
): Item[] {
  const items: Item[] = [];
  for (let index = 0; index < occurrences.length; index++) {
    const occurrence = occurrences[index]!;
    const start = occurrence.start.getTime();
    const end = occurrence.end.getTime();
    if (end <= weekStartMs || start >= weekEndMs) continue;
    if (!isMeeting(occurrence, countSolo)) continue;
    const clippedStart = Math.max(start, weekStartMs);
    const clippedEnd = Math.min(end, weekEndMs);
    const hours = (clippedEnd - clippedStart) / HOUR;
    const people = Math.max(1, occurrence.attendeeCount);
    const personHours = hours * people;
    items.push({
      occurrence,
      start: clippedStart,
      end: clippedEnd,
      hours,
      people,
      personHours,
      cost: personHours * rate,
    });
  }
  return items.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Statistics for the week containing `options.weekOf`. */
export function weeklyStats(occurrences: readonly MeetingOccurrence[], options: WeeklyStatsOptions): WeeklyStats {
  const zone = statsZone(options.timeZone);
  const zoneInfo: ResolvedZone = zoneFromSetting(zone) ?? { kind: 'utc', id: 'UTC' };
  const weekStartsOn = weekStartsOnOf(options.weekStartsOn);
  const weekStart = startOfWeek(options.weekOf, { weekStartsOn, in: tz(zone) });
  // Days as wall-clock midnights (so a DST week has a 23- or 25-hour day), then instants.
  const firstWall = utcToWall(zoneInfo, weekStart.getTime());
  const dayWalls: number[] = [];
  const days: number[] = [];
  for (let index = 0; index <= 7; index++) {
    dayWalls.push(firstWall + index * DAY);
    days.push(index === 0 ? weekStart.getTime() : wallToUtc(zoneInfo, firstWall + index * DAY));
  }
  const weekStartMs = days[0]!;
  const weekEndMs = days[7]!;
  const countSolo = options.countSoloEventsAsMeetings ?? false;
  const largeThreshold = options.largeThreshold ?? 8;
  const longMs = (options.longThresholdMinutes ?? 60) * MINUTE;
  const rate = Number.isFinite(options.hourlyRate) ? options.hourlyRate : 0;
  const me = new Set(
    options.myAddresses.map((address) =>
      address
        .trim()
        .toLowerCase()
        .replace(/^mailto:/, ''),
    ),
  );

  const items = meetingsIn(occurrences, weekStartMs, weekEndMs, countSolo, rate);

  let meetingHours = 0;
  let recurringHours = 0;
  let recurringCount = 0;
  let personHours = 0;
  let withAgendaCount = 0;
  let largeCount = 0;
  let longCount = 0;
  let organizedCount = 0;
  for (const item of items) {
    const occurrence = item.occurrence;
    meetingHours += item.hours;
    personHours += item.personHours;
    if (occurrence.recurring) {
      recurringHours += item.hours;
      recurringCount++;
    }
    if (hasAgenda(occurrence.description)) withAgendaCount++;
    if (occurrence.attendeeCount > largeThreshold) largeCount++;
    if (occurrence.end.getTime() - occurrence.start.getTime() > longMs) longCount++;
    if (occurrence.organizer && me.has(occurrence.organizer)) organizedCount++;
  }

  // Working hours, meeting share and focus blocks.
  const union = mergeIntervals(items);
  const workStart = minutesOf(options.workingHours.start);
  const workEnd = minutesOf(options.workingHours.end);
  const workDays = new Set(options.workingHours.days);
  let workingMs = 0;
  let meetingInWorkMs = 0;
  const focusBlocks: FocusBlock[] = [];
  const hoursPerDay: DayHours[] = [];
  for (let index = 0; index < 7; index++) {
    const dayWall = dayWalls[index]!;
    const weekday = new Date(dayWall).getUTCDay();
    const dayStart = days[index]!;
    const dayEnd = days[index + 1]!;
    let dayMs = 0;
    for (const item of items) {
      if (item.start >= dayEnd) break;
      if (item.end <= dayStart) continue;
      dayMs += Math.min(item.end, dayEnd) - Math.max(item.start, dayStart);
    }
    hoursPerDay.push({ date: wallDateText(dayWall), weekday, hours: dayMs / HOUR });
    if (workStart === undefined || workEnd === undefined || workEnd <= workStart || !workDays.has(weekday)) continue;
    const from = wallToUtc(zoneInfo, dayWall + workStart * MINUTE);
    const to = workEnd >= 24 * 60 ? dayEnd : wallToUtc(zoneInfo, dayWall + workEnd * MINUTE);
    if (to <= from) continue;
    workingMs += to - from;
    meetingInWorkMs += overlapMs(union, from, to);
    let cursor = from;
    for (const [a, b] of union) {
      if (b <= cursor) continue;
      if (a >= to) break;
      if (a - cursor >= FOCUS_BLOCK_MS) focusBlocks.push(focusBlock(cursor, a));
      cursor = Math.max(cursor, b);
    }
    if (to - cursor >= FOCUS_BLOCK_MS) focusBlocks.push(focusBlock(cursor, to));
  }

  // Back-to-back chains.
  let chainCount = 0;
  let longest: BackToBackChain | null = null;
  let chain: { meetings: number; start: number; end: number } | undefined;
  const closeChain = (): void => {
    if (!chain || chain.meetings < 2) return;
    chainCount++;
    const minutes = (chain.end - chain.start) / MINUTE;
    if (!longest || minutes > longest.minutes || (minutes === longest.minutes && chain.meetings > longest.meetings)) {
      longest = { meetings: chain.meetings, start: new Date(chain.start), end: new Date(chain.end), minutes };
    }
  };
  for (const item of items) {
    if (chain && item.start - chain.end <= BACK_TO_BACK_GAP_MS) {
      chain.meetings++;
      chain.end = Math.max(chain.end, item.end);
    } else {
      closeChain();
      chain = { meetings: 1, start: item.start, end: item.end };
    }
  }
  closeChain();

  let busiestDay: DayHours | null = null;
  for (const day of hoursPerDay) if (day.hours > 0 && (!busiestDay || day.hours > busiestDay.hours)) busiestDay = day;

  const topCostly = costliest(items, 5).map((item) => ({
    uid: item.occurrence.uid,
    title: item.occurrence.title,
    start: item.occurrence.start,
    personHours: item.personHours,
    cost: item.cost,
    attendees: item.people,
  }));

  const meetingCount = items.length;
  const focusHours = focusBlocks.reduce((sum, block) => sum + block.hours, 0);
  return {
    week: { start: new Date(weekStartMs), end: new Date(weekEndMs), timeZone: zone, weekStartsOn },
    meetingCount,
    meetingHours,
    shareOfWorkingHours: workingMs > 0 ? meetingInWorkMs / workingMs : 0,
    workingHours: workingMs / HOUR,
    withAgendaCount,
    withAgendaShare: meetingCount > 0 ? withAgendaCount / meetingCount : 0,
    largeCount,
    longCount,
    recurringCount,
    recurringShareOfHours: meetingHours > 0 ? recurringHours / meetingHours : 0,
    organizedCount,
    personHours,
    cost: personHours * rate,
    currency: options.currency,
    hourlyRate: rate,
    focusBlocks,
    focusHours,
    backToBack: { count: chainCount, longest },
    busiestDay,
    hoursPerDay,
    topCostly,
    recorded: { ...emptyRecorded(), ...definedCounts(options.recorded) },
  };
}

function focusBlock(start: number, end: number): FocusBlock {
  return { start: new Date(start), end: new Date(end), hours: (end - start) / HOUR };
}

function definedCounts(recorded: Partial<RecordedCounts> | undefined): Partial<RecordedCounts> {
  const out: Partial<RecordedCounts> = {};
  if (!recorded) return out;
  for (const key of Object.keys(emptyRecorded()) as (keyof RecordedCounts)[]) {
    const value = recorded[key];
    if (typeof value === 'number' && Number.isFinite(value)) out[key] = value;
  }
  return out;
}

/**
 * The last `weeks` weeks up to and including the week of `options.weekOf`, oldest first.
 * `recorded` counts are not spread over past weeks (they belong to one week); pass them to
 * `weeklyStats` for the week they describe.
 */
export function trend(occurrences: readonly MeetingOccurrence[], options: WeeklyStatsOptions, weeks = 8): TrendPoint[] {
  const zone = statsZone(options.timeZone);
  const context = tz(zone);
  const countSolo = options.countSoloEventsAsMeetings ?? false;
  // Sort the meetings once; each week then looks only at those that can touch it.
  const meetings = occurrences.filter((occurrence) => isMeeting(occurrence, countSolo));
  meetings.sort((a, b) => a.start.getTime() - b.start.getTime());
  const starts = meetings.map((occurrence) => occurrence.start.getTime());
  let longest = 0;
  for (const occurrence of meetings) longest = Math.max(longest, occurrence.end.getTime() - occurrence.start.getTime());
  const current = startOfWeek(options.weekOf, { weekStartsOn: weekStartsOnOf(options.weekStartsOn), in: context });
  const points: TrendPoint[] = [];
  for (let back = Math.max(1, Math.floor(weeks)) - 1; back >= 0; back--) {
    const weekOf = addWeeks(current, -back, { in: context });
    const weekEnd = addWeeks(weekOf, 1, { in: context }).getTime();
    const from = lowerBound(starts, weekOf.getTime() - longest);
    const to = lowerBound(starts, weekEnd);
    const stats = weeklyStats(meetings.slice(from, to), { ...options, weekOf, recorded: {} });
    points.push({
      weekStart: stats.week.start,
      meetingHours: stats.meetingHours,
      meetingCount: stats.meetingCount,
      withAgendaShare: stats.withAgendaShare,
      cost: stats.cost,
      focusHours: stats.focusHours,
    });
  }
  return points;
}

/** First index whose value is ≥ target (values sorted ascending). */
function lowerBound(values: number[], target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Same as `trend`: the last n weeks. */
export function weeksBack(
  n: number,
  occurrences: readonly MeetingOccurrence[],
  options: WeeklyStatsOptions,
): TrendPoint[] {
  return trend(occurrences, options, n);
}

const CSV_COLUMNS: readonly [string, (stats: WeeklyStats) => string | number][] = [
  ['week_start', (s) => dateText(new TZDate(s.week.start.getTime(), s.week.timeZone))],
  ['week_end', (s) => dateText(new TZDate(s.week.end.getTime() - 1, s.week.timeZone))],
  ['time_zone', (s) => s.week.timeZone],
  ['meetings', (s) => s.meetingCount],
  ['meeting_hours', (s) => round(s.meetingHours, 2)],
  ['share_of_working_hours', (s) => round(s.shareOfWorkingHours, 4)],
  ['working_hours', (s) => round(s.workingHours, 2)],
  ['with_agenda', (s) => s.withAgendaCount],
  ['with_agenda_share', (s) => round(s.withAgendaShare, 4)],
  ['large_meetings', (s) => s.largeCount],
  ['long_meetings', (s) => s.longCount],
  ['recurring_meetings', (s) => s.recurringCount],
  ['recurring_share_of_hours', (s) => round(s.recurringShareOfHours, 4)],
  ['organized_by_me', (s) => s.organizedCount],
  ['person_hours', (s) => round(s.personHours, 2)],
  ['cost', (s) => round(s.cost, 2)],
  ['currency', (s) => s.currency],
  ['focus_hours', (s) => round(s.focusHours, 2)],
  ['focus_blocks', (s) => s.focusBlocks.length],
  ['back_to_back_chains', (s) => s.backToBack.count],
  ['longest_back_to_back_minutes', (s) => round(s.backToBack.longest?.minutes ?? 0, 0)],
  ['busiest_day', (s) => s.busiestDay?.date ?? ''],
  ['busiest_day_hours', (s) => round(s.busiestDay?.hours ?? 0, 2)],
  ['flagged', (s) => s.recorded.flagged],
  ['turned_async', (s) => s.recorded.turnedAsync],
  ['agendas_added', (s) => s.recorded.agendasAdded],
  ['prompts_shown', (s) => s.recorded.promptsShown],
  ['messages_rewritten', (s) => s.recorded.messagesRewritten],
  ['sent_anyway', (s) => s.recorded.sentAnyway],
];

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per week, with a header row; CRLF line ends (RFC 4180). */
export function statsToCsv(stats: readonly WeeklyStats[]): string {
  const rows = [CSV_COLUMNS.map(([name]) => csvField(name)).join(',')];
  for (const week of stats) rows.push(CSV_COLUMNS.map(([, get]) => csvField(get(week))).join(','));
  return `${rows.join('\r\n')}\r\n`;
}
