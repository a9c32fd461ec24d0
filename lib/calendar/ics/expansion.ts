/**
 * Expansion: a series (DTSTART, RRULEs, RDATEs, EXDATEs) and its overrides into occurrences in
 * the range. Written as generators that yield now and then (`Work`), so the same code runs to
 * the end at once (expandIcs) or in slices that let other work through (expandIcsSliced).
 */
import { type ResolvedZone, UTC_ZONE, utcToWall, wallToUtc } from '../timezones';
import { type Context, warn } from './context';
import type { Attendee, RawEvent } from './events';
import { parseRecurrenceRule, type RecurrenceRule, ruleStarts } from './recurrence';
import type { MeetingOccurrence, PartStat } from './types';
import { clip, DAY, dayOf, HOUR, parseDateTimeText, sameZone, startOfDayWall, type TimeValue } from './values';
import type { Work } from './work';

/** Rule steps for a whole file (fifty rules' worth; a step costs 20–100 ns). */
export const STEPS_PER_FILE = 5_000_000;

/** Collects wall-clock starts of one rule inside the window, and stops when there is no room. */
class Collector {
  readonly walls: number[] = [];
  full = false;
  private counted = 0;
  constructor(
    /** Starts before this are not needed. */
    readonly lo: number,
    /** Starts after this are not needed (range end, or UNTIL if earlier). */
    readonly hi: number,
    /** Starts from here on can overlap the range: they count against `room`. */
    private readonly countFrom: number,
    private readonly room: number,
  ) {}

  /** Adds a start; false when the output is full. */
  add(wall: number): boolean {
    if (wall < this.lo || wall > this.hi) return true;
    this.walls.push(wall);
    if (wall >= this.countFrom && ++this.counted > this.room) {
      this.full = true;
      return false;
    }
    return true;
  }
}

interface RuleRun {
  walls: number[];
  /** The step budget or the deadline ran out. */
  stopped?: 'steps' | 'deadline';
  /** `maxOccurrences` was reached. */
  full?: boolean;
}

/** Wall-clock starts of one RRULE inside the window [lo, hi], in floating wall time. */
function* runRule(
  ctx: Context,
  parsed: { rule: RecurrenceRule; never?: boolean },
  startWall: number,
  allDay: boolean,
  zone: ResolvedZone,
  span: { lo: number; hi: number; countFrom: number },
): Work<RuleRun> {
  const rule = parsed.rule;
  if (rule.count === 0) return { walls: [] };
  let limit = span.hi;
  if (rule.until) {
    let untilWall = rule.until.utc ? utcToWall(allDay ? ctx.producerZone : zone, rule.until.wall) : rule.until.wall;
    if (allDay) untilWall = startOfDayWall(untilWall);
    else if (rule.until.isDate) untilWall = untilWall + DAY - 1000;
    if (untilWall < startWall) return { walls: [] }; // UNTIL before DTSTART: nothing
    limit = Math.min(limit, untilWall);
  }
  const out = new Collector(span.lo, limit, span.countFrom, ctx.maxOccurrences - ctx.occurrences.length);
  if (parsed.never) {
    out.add(startWall);
    return { walls: out.walls };
  }
  const limits = {
    maxSteps: Math.min(ctx.maxSteps, ctx.stepsLeft),
    used: 0,
    deadline: Math.min(ctx.now() + ctx.ruleMs, ctx.fileDeadline),
  };
  const starts = ruleStarts(rule, startWall, span.lo, limit, limits, ctx.now);
  let stopped: RuleRun['stopped'];
  for (;;) {
    const next = starts.next();
    if (next.done) {
      stopped = next.value;
      break;
    }
    if (Number.isNaN(next.value)) {
      yield;
      continue;
    }
    if (!out.add(next.value)) break;
  }
  ctx.stepsLeft -= limits.used;
  if (stopped === 'deadline' && ctx.now() > ctx.fileDeadline) ctx.timedOut = true;
  return { walls: out.walls, ...(stopped ? { stopped } : {}), ...(out.full ? { full: true } : {}) };
}

/** An RRULE value read with this reader's date parser and wording. */
export function readRule(value: string) {
  return parseRecurrenceRule(value, (text) => parseDateTimeText(text), clip);
}

interface Shape {
  allDay: boolean;
  zone: ResolvedZone;
  /** Exact duration (timed, from DTEND) or nominal days + exact ms (DURATION, all-day). */
  exactMs: number;
  days: number;
}

function shapeOf(ctx: Context, event: RawEvent, fallback?: Shape): Shape {
  const allDay = event.dtstart.isDate;
  const zone = allDay ? UTC_ZONE : (event.dtstart.zone ?? fallback?.zone ?? ctx.floatingZone);
  if (allDay) {
    let days = 1;
    if (event.dtend) {
      days = Math.round((startOfDayWall(event.dtend.wall) - event.dtstart.wall) / DAY);
    } else if (event.duration) {
      days = event.duration.days + Math.ceil(event.duration.ms / DAY);
    } else if (fallback?.allDay) {
      days = fallback.days;
    }
    if (days < 1) days = 1;
    return { allDay, zone, exactMs: 0, days };
  }
  if (event.dtend) {
    const startUtc = wallToUtc(zone, event.dtstart.wall);
    const endUtc = wallToUtc(event.dtend.zone ?? zone, event.dtend.wall);
    const exactMs = endUtc - startUtc;
    if (exactMs < 0) {
      warn(ctx, `“${event.title || event.uid}” ends before it starts; it was read as having no length.`);
      return { allDay, zone, exactMs: 0, days: 0 };
    }
    return { allDay, zone, exactMs, days: 0 };
  }
  if (event.duration) {
    if (event.duration.days < 0 || event.duration.ms < 0) return { allDay, zone, exactMs: 0, days: 0 };
    return { allDay, zone, exactMs: event.duration.ms, days: event.duration.days };
  }
  if (fallback && !fallback.allDay) return { allDay, zone, exactMs: fallback.exactMs, days: fallback.days };
  return { allDay, zone, exactMs: 0, days: 0 };
}

/** Start and end instants of an instance starting at `wall`. */
function instantsOf(shape: Shape, wall: number): { start: number; end: number } {
  if (shape.allDay) return { start: wall, end: wall + shape.days * DAY };
  const start = wallToUtc(shape.zone, wall);
  const end = shape.days ? wallToUtc(shape.zone, wall + shape.days * DAY) + shape.exactMs : start + shape.exactMs;
  return { start, end };
}

function overlaps(ctx: Context, start: number, end: number): boolean {
  const { start: rangeStart, end: rangeEnd } = ctx.range;
  if (start >= rangeEnd) return false;
  return end > rangeStart || (end === start && start >= rangeStart);
}

/** An EXDATE or RECURRENCE-ID, as something that removes an instance. */
interface Removal {
  instant?: number;
  /** Day number (see dayOf). */
  date?: number;
  /** Wall time as written, tried when the instant matches nothing (mislabelled zone). */
  wall?: number;
}

function removalFor(value: TimeValue, shape: Shape): Removal {
  if (shape.allDay || value.isDate) return { date: dayOf(value.wall) };
  const zone = value.zone ?? shape.zone;
  const instant = wallToUtc(zone, value.wall);
  return sameZone(zone, shape.zone) ? { instant } : { instant, wall: value.wall };
}

function ridKey(value: TimeValue, shape: Shape | undefined, ctx: Context): string {
  if (shape?.allDay || value.isDate) return `D${dayOf(value.wall)}`;
  return `T${wallToUtc(value.zone ?? shape?.zone ?? ctx.floatingZone, value.wall)}`;
}

interface Candidate {
  wall: number;
  start: number;
  end: number;
  removed?: boolean;
}

function countPeople(attendees: Attendee[], organizer: string | undefined): number {
  const ids = new Set<string>();
  for (const attendee of attendees) {
    if (attendee.person && attendee.partstat !== 'declined') ids.add(attendee.id);
  }
  const organizerDeclined = attendees.some((attendee) => attendee.id === organizer && attendee.partstat === 'declined');
  if (organizer && !organizerDeclined) ids.add(organizer);
  return ids.size;
}

function myStatusOf(attendees: Attendee[], organizer: string | undefined, me: Set<string>): PartStat | undefined {
  if (me.size === 0) return undefined;
  let found: PartStat | undefined;
  for (const attendee of attendees) {
    if (!me.has(attendee.id)) continue;
    if (!found || found === 'needs-action') found = attendee.partstat;
  }
  if (found) return found;
  if (organizer && me.has(organizer)) return 'accepted';
  return undefined;
}

/** Fields shared by every occurrence of one VEVENT (overrides inherit from their master). */
type Common = Omit<MeetingOccurrence, 'key' | 'start' | 'end' | 'recurrenceId' | 'isException'>;

function commonOf(ctx: Context, event: RawEvent, shape: Shape, recurring: boolean, master?: RawEvent): Common {
  // An override without ATTENDEE lines keeps its master's attendees (exports often omit them).
  const attendees = event.attendees.length === 0 && master ? master.attendees : event.attendees;
  const organizer = event.organizer ?? master?.organizer;
  const status = event.status === 'cancelled' ? undefined : event.status;
  return {
    uid: event.uid,
    title: event.title || master?.title || '',
    allDay: shape.allDay,
    attendeeCount: countPeople(attendees, organizer),
    myStatus: myStatusOf(attendees, organizer, ctx.me),
    description: event.description ?? master?.description ?? '',
    location: event.location ?? master?.location,
    recurring,
    organizer,
    timeZone: shape.allDay ? undefined : shape.zone.id,
    status,
    transparent: event.transparent,
    hasConference: event.conference || (master?.conference ?? false),
    url: event.url ?? master?.url,
  };
}

/**
 * One occurrence, always built with the same property order (a stable object shape is much
 * faster than spreading). Optional fields are left out rather than set to undefined.
 */
function occurrence(
  common: Common,
  start: number,
  end: number,
  isException: boolean,
  recurrenceId: number | undefined,
): MeetingOccurrence {
  const startDate = new Date(start);
  const result: MeetingOccurrence = {
    uid: common.uid,
    key: `${common.uid}@${recurrenceId ?? start}`,
    title: common.title,
    start: startDate,
    end: new Date(end),
    allDay: common.allDay,
    attendeeCount: common.attendeeCount,
    description: common.description,
    recurring: common.recurring,
    isException,
    transparent: common.transparent,
    hasConference: common.hasConference,
  };
  if (common.myStatus !== undefined) result.myStatus = common.myStatus;
  if (common.location !== undefined) result.location = common.location;
  if (recurrenceId !== undefined) result.recurrenceId = recurrenceId === start ? startDate : new Date(recurrenceId);
  if (common.organizer !== undefined) result.organizer = common.organizer;
  if (common.timeZone !== undefined) result.timeZone = common.timeZone;
  if (common.status !== undefined) result.status = common.status;
  if (common.url !== undefined) result.url = common.url;
  return result;
}

function markTruncated(ctx: Context): void {
  if (ctx.truncated) return;
  ctx.truncated = true;
  warn(ctx, `Stopped at ${ctx.maxOccurrences.toLocaleString('en-US')} occurrences; the rest are left out.`);
}

function push(ctx: Context, occurrence: MeetingOccurrence): boolean {
  if (ctx.occurrences.length >= ctx.maxOccurrences) {
    markTruncated(ctx);
    return false;
  }
  ctx.occurrences.push(occurrence);
  return true;
}

function label(event: RawEvent): string {
  return `“${event.title || event.uid}”`;
}

function* expandSeries(ctx: Context, master: RawEvent, removals: Removal[]): Work {
  const shape = shapeOf(ctx, master);
  const recurring = master.rrules.length > 0 || master.rdates.length > 0;
  const zone = shape.zone;
  // Instances that start this long before the range can still reach into it (plus slack for
  // a DST shift between the wall-clock and the UTC view).
  const spanMs = shape.exactMs + shape.days * DAY + 3 * HOUR;
  const wallLo = utcToWall(zone, ctx.range.start) - spanMs;
  const wallHi = utcToWall(zone, ctx.range.end) + DAY;
  const startWall = master.dtstart.wall;
  const walls = new Set<number>();
  const periodEnds = new Map<number, number>();

  if (master.rrules.length === 0) {
    if (startWall >= wallLo && startWall <= wallHi) walls.add(startWall);
  } else {
    let usable = 0;
    let lastError = '';
    for (const prop of master.rrules) {
      const rule = readRule(prop.value);
      if ('error' in rule) {
        lastError = rule.error;
        continue;
      }
      for (const note of rule.notes) warn(ctx, `${label(master)}, line ${prop.line}: ${note}.`);
      const run = yield* runRule(ctx, rule, startWall, shape.allDay, zone, {
        lo: wallLo,
        hi: wallHi,
        countFrom: wallLo + 3 * HOUR,
      });
      usable++;
      if (run.stopped === 'steps') {
        warn(
          ctx,
          `${label(master)}: its repeat rule was stopped after too many steps; some occurrences may be missing.`,
        );
      } else if (run.stopped === 'deadline') {
        warn(ctx, `${label(master)}: its repeat rule took too long and was stopped; some occurrences may be missing.`);
      }
      if (run.full) markTruncated(ctx);
      for (const wall of run.walls) walls.add(wall);
    }
    if (usable === 0) {
      ctx.skipped.push({
        uid: master.uid,
        ...(master.title ? { title: master.title } : {}),
        line: master.line,
        reason: lastError || 'its repeat rule cannot be read',
      });
      return;
    }
  }

  const timeOfDay = startWall - startOfDayWall(startWall);
  for (const rdate of master.rdates) {
    let wall: number;
    if (shape.allDay) wall = startOfDayWall(rdate.start.wall);
    else if (rdate.start.isDate) wall = rdate.start.wall + timeOfDay;
    else if (rdate.start.zone && !sameZone(rdate.start.zone, zone)) {
      wall = utcToWall(zone, wallToUtc(rdate.start.zone, rdate.start.wall));
    } else wall = rdate.start.wall;
    if (wall < wallLo || wall > wallHi) continue;
    walls.add(wall);
    if (!shape.allDay && (rdate.end || rdate.duration)) {
      const start = wallToUtc(zone, wall);
      const end = rdate.end
        ? wallToUtc(rdate.end.zone ?? rdate.start.zone ?? zone, rdate.end.wall)
        : start + (rdate.duration!.days * DAY + rdate.duration!.ms);
      if (end >= start) periodEnds.set(wall, end);
    }
  }
  if (walls.size === 0) return;

  const candidates = candidatesOf(shape, walls, periodEnds);
  // Most events have no EXDATE: then the overrides' removals are the list (no copies per event).
  const allRemovals =
    master.exdates.length === 0 ? removals : [...master.exdates.map((value) => removalFor(value, shape)), ...removals];
  if (allRemovals.length) markRemoved(ctx, master, candidates, allRemovals);

  const common = commonOf(ctx, master, shape, recurring);
  // In slices of 1024, with a chance to pause between them.
  for (let from = 0; from < candidates.length; from += 1024) {
    if (from > 0) yield;
    if (!emitCandidates(ctx, common, candidates, from, Math.min(candidates.length, from + 1024), recurring)) return;
  }
}

// The loops over a series' instances are plain functions, not part of the generator above: V8
// optimizes a loop inside a generator only once the whole generator is (no on-stack
// replacement there), so on a calendar's first expansion they ran unoptimized.

/** The instances at these wall-clock starts, sorted, with their instants. */
function candidatesOf(shape: Shape, walls: Set<number>, periodEnds: Map<number, number>): Candidate[] {
  const candidates: Candidate[] = [];
  for (const wall of [...walls].sort((a, b) => a - b)) {
    const { start, end } = instantsOf(shape, wall);
    candidates.push({ wall, start, end: periodEnds.get(wall) ?? end });
  }
  return candidates;
}

/** Marks the instances that EXDATEs and overrides remove. */
function markRemoved(ctx: Context, master: RawEvent, candidates: Candidate[], allRemovals: Removal[]): void {
  const byInstant = new Map<number, Candidate>();
  const byWall = new Map<number, Candidate>();
  const byDate = new Map<number, Candidate[]>();
  const needDates = allRemovals.some((removal) => removal.date !== undefined);
  for (const candidate of candidates) {
    byInstant.set(candidate.start, candidate);
    byWall.set(candidate.wall, candidate);
    if (!needDates) continue;
    const key = dayOf(candidate.wall);
    const list = byDate.get(key);
    if (list) list.push(candidate);
    else byDate.set(key, [candidate]);
  }
  for (const removal of allRemovals) {
    if (removal.date !== undefined) {
      for (const candidate of byDate.get(removal.date) ?? []) candidate.removed = true;
      continue;
    }
    const hit = removal.instant !== undefined ? byInstant.get(removal.instant) : undefined;
    if (hit) {
      hit.removed = true;
      continue;
    }
    const byLocal = removal.wall !== undefined ? byWall.get(removal.wall) : undefined;
    if (byLocal) {
      byLocal.removed = true;
      warn(ctx, `${label(master)}: an exception written in another time zone was matched by its local time.`);
    }
  }
}

/** Candidates [from, to) that are kept and in the range, as occurrences; false when the output is full. */
function emitCandidates(
  ctx: Context,
  common: Common,
  candidates: Candidate[],
  from: number,
  to: number,
  recurring: boolean,
): boolean {
  for (let index = from; index < to; index++) {
    const candidate = candidates[index]!;
    if (candidate.removed || !overlaps(ctx, candidate.start, candidate.end)) continue;
    const ok = push(
      ctx,
      occurrence(common, candidate.start, candidate.end, false, recurring ? candidate.start : undefined),
    );
    if (!ok) return false;
  }
  return true;
}

/** Adds the override if it is in the range; false when the output is full. */
function emitOverride(ctx: Context, override: RawEvent, master: RawEvent | undefined): boolean {
  const masterShape = master ? shapeOf(ctx, master) : undefined;
  const shape = shapeOf(ctx, override, masterShape);
  const { start, end } = instantsOf(shape, override.dtstart.wall);
  if (!overlaps(ctx, start, end)) return true;
  const rid = override.recurrenceId!;
  const ridInstant =
    rid.isDate || masterShape?.allDay
      ? startOfDayWall(rid.wall)
      : wallToUtc(rid.zone ?? masterShape?.zone ?? ctx.floatingZone, rid.wall);
  return push(ctx, occurrence(commonOf(ctx, override, shape, true, master), start, end, true, ridInstant));
}

/**
 * A lone event (no repeat rule, no RDATE, no overrides: most of a calendar) in a plain function:
 * the same result as expandGroup, without the two generators each event would cost. False
 * when the group is not one; then expandGroup does it.
 */
export function expandLoneEvent(ctx: Context, group: { masters: RawEvent[]; overrides: RawEvent[] }): boolean {
  if (group.overrides.length > 0) return false;
  const master = pickLatest(group.masters);
  if (!master || master.rrules.length > 0 || master.rdates.length > 0) return false;
  if (master.status === 'cancelled') return true;
  const shape = shapeOf(ctx, master);
  const spanMs = shape.exactMs + shape.days * DAY + 3 * HOUR;
  const wall = master.dtstart.wall;
  if (wall < utcToWall(shape.zone, ctx.range.start) - spanMs || wall > utcToWall(shape.zone, ctx.range.end) + DAY) {
    return true;
  }
  const { start, end } = instantsOf(shape, wall);
  // Its own EXDATEs, matched as expandSeries matches them (every one looked at, in order, so
  // the same warnings come out): by day, by instant, else by local time.
  let removed = false;
  for (const value of master.exdates) {
    const removal = removalFor(value, shape);
    if (removal.date !== undefined) {
      if (removal.date === dayOf(wall)) removed = true;
    } else if (removal.instant === start) {
      removed = true;
    } else if (removal.wall === wall) {
      removed = true;
      warn(ctx, `${label(master)}: an exception written in another time zone was matched by its local time.`);
    }
  }
  if (removed) return true;
  if (overlaps(ctx, start, end))
    push(ctx, occurrence(commonOf(ctx, master, shape, false), start, end, false, undefined));
  return true;
}

/** A series (or lone event) with its overrides. */
export function* expandGroup(ctx: Context, group: { masters: RawEvent[]; overrides: RawEvent[] }): Work {
  const master = pickLatest(group.masters);
  if (master && master.status === 'cancelled') return;
  const masterShape = master ? shapeOf(ctx, master) : undefined;
  // One override per instance: highest SEQUENCE, the later one on a tie.
  const overrides = new Map<string, RawEvent>();
  for (const override of group.overrides) {
    const key = ridKey(override.recurrenceId!, masterShape, ctx);
    const current = overrides.get(key);
    if (!current || override.sequence >= current.sequence) overrides.set(key, override);
  }
  if (master) {
    const removals = [...overrides.values()].map((override) => removalFor(override.recurrenceId!, masterShape!));
    yield* expandSeries(ctx, master, removals);
  }
  for (const override of overrides.values()) {
    if (override.status === 'cancelled') continue;
    if (!emitOverride(ctx, override, master)) return;
  }
}

export function pickLatest(events: RawEvent[]): RawEvent | undefined {
  let best: RawEvent | undefined;
  for (const event of events) {
    if (!best || event.sequence >= best.sequence) best = event;
  }
  return best;
}
