/**
 * The calendar core: read an iCalendar feed (.ics text) and list the meeting occurrences in a
 * time range, recurring series expanded.
 *
 * Pure TS (our own recurrence engine, Intl for IANA zones): no DOM, no Node APIs, so it runs in
 * the background service worker and in plain Node alike. The files of this folder, in the order
 * a calendar goes through them: content-lines (unfolding, the component tree), values (TEXT,
 * dates, durations), vtimezone (the file's own time zones), events (one VEVENT), recurrence
 * (RRULEs), expansion (series, overrides, the range), work (running in slices).
 *
 * Decisions (see also the option and field comments):
 * - Floating times (no TZID, no Z) are read in `options.timeZone` if given ('' = the runtime's
 *   zone), else in the calendar's X-WR-TIMEZONE, else in UTC. A TZID nothing can resolve is
 *   read the same way, with a warning.
 * - All-day events keep `allDay: true`; their start and end are midnight UTC of their dates
 *   (end exclusive), so `start.toISOString().slice(0, 10)` is the date in every zone. A range
 *   is compared with those UTC midnights.
 * - TRANSP:TRANSPARENT events are kept and marked `transparent`; STATUS:CANCELLED removes the
 *   event (a cancelled master removes the whole series, a cancelled override its instance).
 * - Several VEVENTs with one UID and no RECURRENCE-ID: the highest SEQUENCE wins, the later
 *   one on a tie. The same for two overrides of one instance.
 * - An override (RECURRENCE-ID) is always a concrete event at its own time: it replaces the
 *   instance it names, and is shown even when that instance does not exist (its master is
 *   missing, or the rule does not produce it). It takes attendees (when it lists no ATTENDEE),
 *   organizer, description and location from its master when it has none of its own.
 * - EXDATE and RECURRENCE-ID match instances by instant. A date (VALUE=DATE) matches the
 *   instance on that local date. When one with a different TZID than DTSTART matches no
 *   instant, it is matched by local wall-clock time instead (producers that label EXDATEs with
 *   the wrong zone), with a warning.
 * - DTSTART is always the first instance (RFC 5545), even when it does not match the rule,
 *   unless UNTIL is before it (then the series has no instances).
 * - UNTIL with Z is converted to the event's zone; UNTIL without Z is local time. For all-day
 *   series a UTC UNTIL is read in the producer's zone (X-WR-TIMEZONE, else the only VTIMEZONE
 *   of the file, else as floating times): Exchange writes the local midnight of the last day.
 * - Work is bounded: instances are generated only up to `range.end`, open-ended rules of every
 *   frequency jump straight to the window, every rule has a step budget and a deadline, the
 *   file has both too (its deadline stops the file with a warning, keeping what was expanded),
 *   and the output is capped at `maxOccurrences`.
 * - Nothing foreign escapes: an event whose times cannot be worked out is skipped with the
 *   reason, and anything unforeseen becomes an IcsError.
 */
import { resolveTzid, UTC_ZONE, zoneFromSetting } from '../timezones';
import { buildTreeWork, type Comp, checkLooksLikeCalendar, first, unfoldWork } from './content-lines';
import { type Context, emailOf, warn } from './context';
import { describeFailure, IcsError } from './errors';
import { type RawEvent, type ReadEvent, readEvent } from './events';
import { expandGroup, expandLoneEvent, pickLatest, STEPS_PER_FILE } from './expansion';
import type { ExpandIcsOptions, ExpandIcsResult, MeetingOccurrence, TimeRange } from './types';
import { clip } from './values';
import { readHeaderWork, soleVtimezoneZone } from './vtimezone';
import { runInSlices, runToEnd, type SliceOptions, type Work, type WorkClock } from './work';

export { IcsError } from './errors';
export * from './types';
export { unescapeText } from './values';

export const DEFAULT_MAX_OCCURRENCES = 50_000;
export const DEFAULT_MAX_STEPS_PER_RULE = 100_000;
/** A file stops after this long (its occurrences so far are kept, with a warning). */
export const DEFAULT_DEADLINE_MS = 5_000;
/** One rule stops after this long (with a warning). */
export const DEFAULT_RULE_DEADLINE_MS = 250;

/** Occurrences of the feed's events that overlap `range`, sorted by start. */
export function expandIcs(ics: string, range: TimeRange, options?: ExpandIcsOptions): MeetingOccurrence[] {
  return expandIcsDetailed(ics, range, options).occurrences;
}

/**
 * Like `expandIcs`, with the events that were skipped and warnings. Throws `IcsError` when the
 * input is not a readable calendar at all.
 */
export function expandIcsDetailed(ics: string, range: TimeRange, options: ExpandIcsOptions = {}): ExpandIcsResult {
  return runToEnd(guarded(ics, range, options, { pausedMs: 0 }));
}

/**
 * expandIcsDetailed in slices of at most `sliceMs` (default 20 ms) of work, giving way in
 * between (a zero-delay timer by default), so a background that expands a big or hostile feed
 * still answers messages. Same result; rejects with an IcsError where that throws.
 */
export function expandIcsSliced(
  ics: string,
  range: TimeRange,
  options: ExpandIcsOptions & SliceOptions = {},
): Promise<ExpandIcsResult> {
  // The deadlines count the time spent reading, not the time other tasks ran in between.
  const clock: WorkClock = { pausedMs: 0 };
  try {
    return runInSlices(guarded(ics, range, options, clock), options, clock);
  } catch (error) {
    return Promise.reject(error);
  }
}

/** The checks of the input, then the expansion, with every foreign failure put into words. */
function guarded(ics: string, range: TimeRange, options: ExpandIcsOptions, clock: WorkClock): Work<ExpandIcsResult> {
  if (typeof ics !== 'string') throw new IcsError('The calendar file is empty.');
  const text = ics.charCodeAt(0) === 0xfeff ? ics.slice(1) : ics;
  checkLooksLikeCalendar(text);
  const rangeStart = range.start.getTime();
  const rangeEnd = range.end.getTime();
  if (!Number.isFinite(rangeStart) || !Number.isFinite(rangeEnd)) {
    throw new RangeError('expandIcs: the range needs valid start and end dates.');
  }
  return wordedFailures(expandWork(text, rangeStart, rangeEnd, options, clock));
}

/**
 * Whatever goes wrong inside (something throwing or recursing on input nobody foresaw), the
 * caller gets an IcsError in words, never a foreign error.
 */
function* wordedFailures<T>(work: Work<T>): Work<T> {
  try {
    return yield* work;
  } catch (error) {
    if (error instanceof IcsError) throw error;
    throw new IcsError(`This calendar could not be read: ${describeFailure(error)}.`);
  }
}

function* expandWork(
  text: string,
  rangeStart: number,
  rangeEnd: number,
  options: ExpandIcsOptions,
  clock: WorkClock,
): Work<ExpandIcsResult> {
  const now = () => performance.now() - clock.pausedMs;
  const started = now();
  const warnings = new Set<string>();
  const lines = yield* unfoldWork(text);
  const header = yield* readHeaderWork(lines, (message) => warn({ warnings }, message));
  const vtimezones = header.vtimezones;
  const xWrTimezone = header.xWrTimezone;
  const calendarName = header.calendarName;

  const maxSteps = Math.max(1, Math.floor(options.maxStepsPerRule ?? DEFAULT_MAX_STEPS_PER_RULE));
  const ctx: Context = {
    range: { start: rangeStart, end: rangeEnd },
    floatingZone: UTC_ZONE,
    producerZone: UTC_ZONE,
    vtimezones,
    zoneCache: new Map(),
    me: new Set((options.myAddresses ?? []).map(emailOf).filter(Boolean)),
    maxOccurrences: Math.max(0, Math.floor(options.maxOccurrences ?? DEFAULT_MAX_OCCURRENCES)),
    maxSteps,
    stepsLeft: Math.max(STEPS_PER_FILE, maxSteps * 10),
    occurrences: [],
    skipped: [],
    warnings,
    truncated: false,
    fileDeadline: started + (options.deadlineMs ?? DEFAULT_DEADLINE_MS),
    ruleMs: options.ruleDeadlineMs ?? DEFAULT_RULE_DEADLINE_MS,
    timedOut: false,
    now,
  };

  // Zones for floating times and for the producer's own UNTILs.
  const calendarZone = xWrTimezone ? resolveTzid(xWrTimezone, vtimezones)?.zone : undefined;
  if (xWrTimezone && !calendarZone)
    warn(ctx, `Unknown calendar time zone “${xWrTimezone}” (X-WR-TIMEZONE) was ignored.`);
  let floatingZone = calendarZone ?? UTC_ZONE;
  if (options.timeZone !== undefined) {
    const chosen = zoneFromSetting(options.timeZone);
    if (chosen) floatingZone = chosen;
    else warn(ctx, `Unknown time zone “${options.timeZone}”; floating times were read as ${floatingZone.id}.`);
  }
  ctx.floatingZone = floatingZone;
  ctx.producerZone = calendarZone ?? soleVtimezoneZone(vtimezones) ?? floatingZone;

  // Read events as the tree is built; group them by UID.
  const groups = new Map<string, { masters: RawEvent[]; overrides: RawEvent[] }>();
  let order = 0;
  const onEvent = (comp: Comp): void => {
    let read: ReadEvent;
    try {
      read = readEvent(ctx, comp, order++);
    } catch (error) {
      if (error instanceof IcsError) throw error;
      const uid = first(comp, 'UID')?.value.trim();
      read = {
        skip: { ...(uid ? { uid } : {}), line: comp.line, reason: `it cannot be read: ${describeFailure(error)}` },
      };
    }
    if ('skip' in read) {
      ctx.skipped.push(read.skip);
      return;
    }
    const event = read.event;
    const key = event.hasUid ? event.uid : `#${event.order}`;
    let group = groups.get(key);
    if (!group) {
      group = { masters: [], overrides: [] };
      groups.set(key, group);
    }
    if (event.recurrenceId) group.overrides.push(event);
    else group.masters.push(event);
  };
  const tree = yield* buildTreeWork(lines, (message) => warn(ctx, message), onEvent);

  if (groups.size === 0 && tree.firstBadLine) {
    const bad = tree.firstBadLine;
    throw new IcsError(
      `The calendar file is cut off or malformed at line ${bad.line}: “${clip(bad.text)}” is not a calendar line.`,
      bad.line,
    );
  }

  let left = groups.size;
  for (const group of groups.values()) {
    if (ctx.truncated) break;
    if (ctx.timedOut || now() > ctx.fileDeadline) {
      ctx.timedOut = true;
      break;
    }
    left--;
    // One-off events never pause inside: give a chance to between every few of them.
    if (left % 8 === 0) yield;
    const kept = ctx.occurrences.length;
    try {
      if (!expandLoneEvent(ctx, group)) yield* expandGroup(ctx, group);
    } catch (error) {
      // One event's times cannot be worked out (e.g. its VTIMEZONE fails on a far date):
      // leave that series out, with the reason, and go on with the rest.
      if (error instanceof IcsError) throw error;
      ctx.occurrences.length = kept;
      const event = pickLatest(group.masters) ?? group.overrides[0]!;
      ctx.skipped.push({
        uid: event.uid,
        ...(event.title ? { title: event.title } : {}),
        line: event.line,
        reason: `its times cannot be worked out: ${describeFailure(error)}`,
      });
    }
  }

  if (ctx.timedOut) {
    const seconds = ((ctx.fileDeadline - started) / 1000).toLocaleString('en-US', { maximumFractionDigits: 1 });
    warn(
      ctx,
      `Reading this calendar took longer than ${seconds} s, so it was stopped: ${left.toLocaleString('en-US')} of its ${groups.size.toLocaleString('en-US')} events (or series) were left out, and some series may be incomplete.`,
    );
  }
  sortByStartThenEnd(ctx.occurrences);
  return {
    occurrences: ctx.occurrences,
    skipped: ctx.skipped,
    warnings: [...ctx.warnings],
    truncated: ctx.truncated,
    timedOut: ctx.timedOut,
    ...(calendarName ? { calendarName } : {}),
    floatingTimeZone: ctx.floatingZone.id,
  };
}

/**
 * Sorts by start, then end, in place; ties keep their order. The same order as sorting with
 * `a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime()` (sort is
 * stable), but the times are read once per occurrence instead of four times per comparison.
 */
function sortByStartThenEnd(occurrences: MeetingOccurrence[]): void {
  const count = occurrences.length;
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  const order = new Array<number>(count);
  for (let index = 0; index < count; index++) {
    const occurrence = occurrences[index]!;
    starts[index] = occurrence.start.getTime();
    ends[index] = occurrence.end.getTime();
    order[index] = index;
  }
  order.sort((a, b) => starts[a]! - starts[b]! || ends[a]! - ends[b]!);
  const sorted = order.map((index) => occurrences[index]!);
  for (let index = 0; index < count; index++) occurrences[index] = sorted[index]!;
}
