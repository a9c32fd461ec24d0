/**
 * The calendar core: read an iCalendar feed (.ics text) and list the meeting occurrences in a
 * time range, recurring series expanded.
 *
 * Pure TS (ical.js for recurrence rules and VTIMEZONE maths, Intl for IANA zones): no DOM, no
 * Node APIs, so it runs in the background service worker and in plain Node alike.
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
 * - Work is bounded: instances are generated only up to `range.end`, open-ended rules that
 *   started long ago are fast-forwarded, every rule has a step budget (ical.js can otherwise
 *   spin on rules that never match, e.g. FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30) and the file
 *   one for all its rules together, and the output is capped at `maxOccurrences`.
 * - A VTIMEZONE reaches ical.js only as checked here (its parts' DTSTART, offsets, one yearly
 *   RRULE, RDATEs) and with its expansion bounded (see guardVtimezone). One that is broken is
 *   ignored with a warning: its TZID may still resolve by name, else its times are floating.
 * - Nothing foreign escapes: an event whose times cannot be worked out is skipped with the
 *   reason, and anything unforeseen becomes an IcsError.
 */
import ICAL from 'ical.js';
import {
  guardVtimezone,
  type ResolvedZone,
  resolveTzid,
  TimeZoneError,
  UTC_ZONE,
  utcToWall,
  type VtimezoneBudget,
  type VtimezoneInfo,
  vtimezoneBudget,
  vtimezoneProblem,
  wallMsOf,
  wallToUtc,
  zoneFromSetting,
} from './timezones';

// ---------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------

/** Input that is not a readable calendar. The message is meant for the user. */
export class IcsError extends Error {
  /** 1-based line of the problem, when there is one. */
  readonly line?: number;
  constructor(message: string, line?: number) {
    super(message);
    this.name = 'IcsError';
    if (line !== undefined) this.line = line;
  }
}

export type PartStat = 'accepted' | 'declined' | 'tentative' | 'needs-action' | 'delegated';

export interface MeetingOccurrence {
  /** UID; for events without one `no-uid-<hash>` (of DTSTART, SUMMARY and position). */
  uid: string;
  /** Unique per occurrence: UID + original start (RECURRENCE-ID or the generated start). */
  key: string;
  title: string;
  start: Date;
  /** Exclusive. Equal to start for events without DTEND/DURATION that have a time. */
  end: Date;
  /** Start and end are midnight UTC of the dates (end exclusive). */
  allDay: boolean;
  /**
   * People taking part: distinct addresses among ATTENDEEs and the ORGANIZER, without rooms
   * and resources (CUTYPE) and without attendees who declined.
   */
  attendeeCount: number;
  /** My PARTSTAT, when one of `myAddresses` is an attendee (organizer only: accepted). */
  myStatus?: PartStat;
  description: string;
  location?: string;
  /** Part of a series (RRULE/RDATE, or an override). */
  recurring: boolean;
  /** A changed instance of a series (a VEVENT with RECURRENCE-ID). */
  isException: boolean;
  /** The instance's original start, for occurrences of a series. */
  recurrenceId?: Date;
  /** E-mail address, lower-case, without mailto:. */
  organizer?: string;
  /** Zone the event was written in (IANA where known; "UTC", "Etc/GMT-1", a VTIMEZONE name). */
  timeZone?: string;
  status?: 'confirmed' | 'tentative';
  transparent: boolean;
  /** A video-call link or conference property was found. */
  hasConference: boolean;
  url?: string;
}

export interface ExpandIcsOptions {
  /** My e-mail addresses (case-insensitive, with or without mailto:), for `myStatus`. */
  myAddresses?: string[];
  /** Hard cap on occurrences returned (default 50,000). */
  maxOccurrences?: number;
  /**
   * Zone for floating times: an IANA name, or '' for the runtime's zone. When omitted, the
   * calendar's X-WR-TIMEZONE is used, else UTC.
   */
  timeZone?: string;
  /**
   * Steps each recurrence rule may take (default 100,000); all rules of the file together
   * may take ten times as many, at least 20 million.
   */
  maxStepsPerRule?: number;
  /**
   * 'auto' (default) expands plain DAILY/WEEKLY rules directly and everything else with
   * ical.js; 'ical.js' uses ical.js for every rule (for tests that compare the two).
   */
  recurrenceEngine?: 'auto' | 'ical.js';
}

export interface SkippedEvent {
  uid?: string;
  title?: string;
  /** Line where the VEVENT starts. */
  line?: number;
  reason: string;
}

export interface ExpandIcsResult {
  occurrences: MeetingOccurrence[];
  /** Events left out because they are broken on their own. */
  skipped: SkippedEvent[];
  /** Things worth knowing (unknown zones, repaired lines, caps reached), deduplicated. */
  warnings: string[];
  /** True when `maxOccurrences` cut the list short. */
  truncated: boolean;
  calendarName?: string;
  /** Zone floating times were read in. */
  floatingTimeZone: string;
}

export interface TimeRange {
  start: Date;
  end: Date;
}

export const DEFAULT_MAX_OCCURRENCES = 50_000;
export const DEFAULT_MAX_STEPS_PER_RULE = 100_000;

/** Occurrences of the feed's events that overlap `range`, sorted by start. */
export function expandIcs(ics: string, range: TimeRange, options?: ExpandIcsOptions): MeetingOccurrence[] {
  return expandIcsDetailed(ics, range, options).occurrences;
}

// ---------------------------------------------------------------------------------------
// Content lines and components
// ---------------------------------------------------------------------------------------

interface Prop {
  name: string;
  params: Record<string, string>;
  value: string;
  line: number;
}

interface Comp {
  name: string;
  line: number;
  props: Prop[];
  children: Comp[];
  /** Lines of this component that could not be read. */
  problems: { line: number; text: string }[];
  /** Set when the component was never closed properly. */
  unclosed?: boolean;
}

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const MAX_WARNINGS = 100;

function checkLooksLikeCalendar(text: string): void {
  const head = text.slice(0, 4000);
  const trimmed = head.trimStart();
  if (text.trim().length === 0) {
    throw new IcsError('The calendar file is empty.');
  }
  if (trimmed.startsWith('<')) {
    if (/^<\?xml/i.test(trimmed) && !/<html[\s>]/i.test(head)) {
      throw new IcsError('This is an XML document, not a calendar file (it does not start with BEGIN:VCALENDAR).');
    }
    throw new IcsError(
      'This looks like a web page, not a calendar (did you paste the page address instead of the iCal address?)',
    );
  }
  if (/^[{[]/.test(trimmed)) {
    throw new IcsError('This looks like JSON data, not a calendar file (it does not start with BEGIN:VCALENDAR).');
  }
  const firstLine = (trimmed.split(/\r\n|\n|\r/, 1)[0] ?? '').trim().toUpperCase();
  if (firstLine === 'BEGIN:VCARD') {
    throw new IcsError('This is a contact card (vCard), not a calendar (it does not start with BEGIN:VCALENDAR).');
  }
  if (firstLine !== 'BEGIN:VCALENDAR' || head.includes('\u0000')) {
    throw new IcsError('This is not a calendar file (it does not start with BEGIN:VCALENDAR).');
  }
}

interface LogicalLine {
  text: string;
  line: number;
}

function unfold(text: string): LogicalLine[] {
  // split('\n') is much faster than a regex on a large file; files with bare CRs need the regex.
  const bareCr = text.includes('\r') && /\r(?!\n)/.test(text);
  const raw = bareCr ? text.split(/\r\n|\n|\r/) : text.split('\n');
  const out: LogicalLine[] = [];
  let current: LogicalLine | undefined;
  for (let index = 0; index < raw.length; index++) {
    let line = raw[index] ?? '';
    if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
    const first = line.charCodeAt(0);
    if ((first === 32 || first === 9) && current) {
      current.text += line.slice(1);
      continue;
    }
    current = { text: line, line: index + 1 };
    out.push(current);
  }
  return out;
}

const NAME_RE = /^[A-Za-z0-9-]+$/;
const NO_NAMES = new Set<string>();

interface ParsedLine {
  prop?: Prop;
  error?: string;
  repaired?: string;
  /** A well-formed line whose property is not needed. */
  ignored?: boolean;
}

/** What each component needs (BEGIN and END are always read). Others are not stored. */
const EVENT_PROPS = new Set([
  'UID',
  'SUMMARY',
  'DESCRIPTION',
  'X-ALT-DESC',
  'LOCATION',
  'URL',
  'DTSTART',
  'DTEND',
  'DURATION',
  'RRULE',
  'RDATE',
  'EXDATE',
  'RECURRENCE-ID',
  'SEQUENCE',
  'STATUS',
  'TRANSP',
  'X-MICROSOFT-CDO-BUSYSTATUS',
  'ATTENDEE',
  'ORGANIZER',
  'CONFERENCE',
  'X-GOOGLE-CONFERENCE',
  'X-MICROSOFT-SKYPETEAMSMEETINGURL',
  'X-MICROSOFT-ONLINEMEETINGCONFLINK',
  'X-MICROSOFT-ONLINEMEETINGEXTERNALLINK',
]);
const CALENDAR_PROPS = new Set(['X-WR-TIMEZONE', 'X-WR-CALNAME']);
const EVENT_PARAMS = new Set(['TZID', 'VALUE', 'CN', 'PARTSTAT', 'CUTYPE', 'FMTTYPE']);
/** Components read in full (their text is handed to ical.js). */
const FULL_COMPONENTS = new Set(['VTIMEZONE', 'STANDARD', 'DAYLIGHT']);

/**
 * One unfolded content line: NAME;PARAM=value;PARAM="quoted":value. With `wanted`, other
 * property names are only checked for shape, and only `wantedParams` are kept.
 */
function parseContentLine(text: string, line: number, wanted?: Set<string>, wantedParams?: Set<string>): ParsedLine {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 58 || c === 59) break; // ':' ';'
    i++;
  }
  const rawName = text.slice(0, i);
  const name = NAME_RE.test(rawName) ? rawName : rawName.trim();
  if (!NAME_RE.test(name)) return { error: 'not a calendar line' };
  const upperName = name.toUpperCase();
  if (wanted && i < n && upperName !== 'BEGIN' && upperName !== 'END' && !wanted.has(upperName)) {
    return { ignored: true };
  }
  const params: Record<string, string> = {};
  let lastQuoted: { param: string; content: string } | undefined;
  while (i < n && text.charCodeAt(i) === 59) {
    i++;
    let j = i;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 61 || c === 59 || c === 58) break; // '=' ';' ':'
      j++;
    }
    const param = text.slice(i, j).trim().toUpperCase();
    if (text.charCodeAt(j) !== 61) {
      if (param) params[param] = '';
      i = j;
      continue;
    }
    i = j + 1;
    let value = '';
    lastQuoted = undefined;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        const close = text.indexOf('"', i + 1);
        if (close < 0) return { error: 'a quoted parameter is never closed' };
        const content = text.slice(i + 1, close);
        value += content;
        lastQuoted = { param, content };
        i = close + 1;
        continue;
      }
      if (c === 59 || c === 58) break;
      let k = i + 1;
      while (k < n) {
        const d = text.charCodeAt(k);
        if (d === 59 || d === 58 || d === 34) break;
        k++;
      }
      value += text.slice(i, k);
      i = k;
    }
    if (!wantedParams || wantedParams.has(param)) params[param] = value;
  }
  if (i < n && text.charCodeAt(i) === 58) {
    return { prop: { name: upperName, params, value: text.slice(i + 1), line } };
  }
  // No value. Exchange sometimes writes DTSTART;TZID="Zone:20200609T090000": the value
  // slipped inside the quotes. Take it back out.
  if (lastQuoted?.content.includes(':')) {
    const at = lastQuoted.content.lastIndexOf(':');
    params[lastQuoted.param] = lastQuoted.content.slice(0, at);
    return {
      prop: { name: upperName, params, value: lastQuoted.content.slice(at + 1), line },
      repaired: `Line ${line}: the value of ${upperName} was inside the quotes of ${lastQuoted.param}; read it from there.`,
    };
  }
  return { error: 'has no value (no colon)' };
}

interface Tree {
  roots: Comp[];
  lastLine: number;
  firstBadLine?: { line: number; text: string };
}

/**
 * Components from content lines. With `onEvent`, each VEVENT is handed over as soon as it
 * ends instead of being kept in the tree (less memory on big feeds), and VTIMEZONEs are
 * skipped (they are read beforehand, see readHeader).
 */
function buildTree(lines: LogicalLine[], warn: (message: string) => void, onEvent?: (event: Comp) => void): Tree {
  const roots: Comp[] = [];
  const stack: Comp[] = [];
  let lastLine = 0;
  let firstBadLine: Tree['firstBadLine'];
  for (const { text, line } of lines) {
    if (
      text.length === 0 ||
      ((text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32) && text.trim() === '')
    ) {
      continue;
    }
    lastLine = line;
    const top = stack[stack.length - 1];
    let parsed: ParsedLine;
    if (!top || top.name === 'VEVENT') {
      parsed = parseContentLine(text, line, top ? EVENT_PROPS : CALENDAR_PROPS, EVENT_PARAMS);
    } else if (top.name === 'VCALENDAR') {
      parsed = parseContentLine(text, line, CALENDAR_PROPS, EVENT_PARAMS);
    } else if (FULL_COMPONENTS.has(top.name) && !onEvent) {
      parsed = parseContentLine(text, line);
    } else {
      // Alarms, to-dos and the like: only nesting matters.
      const c = text.charCodeAt(0) | 32;
      if (c !== 98 && c !== 101) continue; // not b…/e…: not BEGIN or END
      parsed = parseContentLine(text, line, NO_NAMES, NO_NAMES);
      if (!parsed.prop) continue;
    }
    if (parsed.ignored) continue;
    if (!parsed.prop) {
      firstBadLine ??= { line, text };
      if (top) top.problems.push({ line, text });
      else warn(`Line ${line} is outside the calendar and was ignored.`);
      continue;
    }
    if (parsed.repaired) warn(parsed.repaired);
    const prop = parsed.prop;
    if (prop.name === 'BEGIN') {
      const comp: Comp = { name: prop.value.trim().toUpperCase(), line, props: [], children: [], problems: [] };
      stack.push(comp);
      continue;
    }
    if (prop.name === 'END') {
      const name = prop.value.trim().toUpperCase();
      const at = findLastIndex(stack, (comp) => comp.name === name);
      if (at < 0) {
        if (top) top.problems.push({ line, text });
        else warn(`Line ${line} (END:${name}) has no matching BEGIN and was ignored.`);
        continue;
      }
      while (stack.length > at) {
        const done = stack.pop()!;
        if (stack.length > at) done.unclosed = true;
        const parent = stack[stack.length - 1];
        if (onEvent && done.name === 'VEVENT') onEvent(done);
        else if (parent) parent.children.push(done);
        else roots.push(done);
      }
      continue;
    }
    if (top) top.props.push(prop);
    else warn(`Line ${line} is outside the calendar and was ignored.`);
  }
  const inner = stack[stack.length - 1];
  if (inner) {
    const what = inner.name === 'VCALENDAR' ? 'the calendar' : `a ${inner.name} that starts at line ${inner.line}`;
    throw new IcsError(
      `The calendar file is cut off or malformed at line ${lastLine}: it ends inside ${what} (END:${inner.name} is missing).`,
      lastLine,
    );
  }
  return { roots, lastLine, ...(firstBadLine ? { firstBadLine } : {}) };
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index--) if (test(items[index]!)) return index;
  return -1;
}

const NO_PROPS: Prop[] = [];
const propIndexes = new WeakMap<Comp, Map<string, Prop[]>>();

/** The component's properties by name (built once per component). */
function indexOf(comp: Comp): Map<string, Prop[]> {
  let index = propIndexes.get(comp);
  if (!index) {
    index = new Map();
    for (const prop of comp.props) {
      const list = index.get(prop.name);
      if (list) list.push(prop);
      else index.set(prop.name, [prop]);
    }
    propIndexes.set(comp, index);
  }
  return index;
}

function first(comp: Comp, name: string): Prop | undefined {
  return indexOf(comp).get(name)?.[0];
}

function all(comp: Comp, name: string): Prop[] {
  return indexOf(comp).get(name) ?? NO_PROPS;
}

/** RFC 5545 TEXT: \n \N → newline, \, \; \\ → the character. Other backslashes are kept. */
export function unescapeText(value: string): string {
  if (!value.includes('\\')) return value;
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

// ---------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------

/** A DATE or DATE-TIME as written: wall-clock fields plus the zone it was written in. */
interface TimeValue {
  /** Wall milliseconds (fields read as UTC). */
  wall: number;
  isDate: boolean;
  /** Undefined: floating. */
  zone?: ResolvedZone;
}

interface Duration {
  /** Nominal days (weeks × 7 + days): same wall time on a later day. */
  days: number;
  /** Exact part. */
  ms: number;
}

const DATE_TIME_RE = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?)?(Z)?$/i;

function parseDateTimeText(raw: string): { wall: number; isDate: boolean; utc: boolean } | undefined {
  let text = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) text = text.replace(/[-:]/g, '').replace(/\.\d+/, '');
  const match = DATE_TIME_RE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (match[4] === undefined) {
    // A date; "20131210Z" (Google birthdays) is still a date.
    return { wall: wallMsOf(year, month, day), isDate: true, utc: false };
  }
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  const second = Math.min(59, Number(match[6] ?? '0'));
  if (hour > 24 || minute > 59 || (hour === 24 && (minute > 0 || second > 0))) return undefined;
  return { wall: wallMsOf(year, month, day, hour, minute, second), isDate: false, utc: match[7] !== undefined };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] ?? 31);
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DURATION_RE = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i;

/** Longest DURATION read (about 2,700 years); longer ones are not real events. */
const MAX_DURATION_DAYS = 1_000_000;

function parseDuration(raw: string): Duration | undefined {
  const text = raw.trim();
  const match = DURATION_RE.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) return undefined;
  const sign = match[1] === '-' ? -1 : 1;
  const days = Number(match[2] ?? 0) * 7 + Number(match[3] ?? 0);
  const ms = (Number(match[4] ?? 0) * 3600 + Number(match[5] ?? 0) * 60 + Number(match[6] ?? 0)) * 1000;
  // Beyond this no date arithmetic makes sense (and Date's range is ±100 million days).
  if (days + ms / DAY > MAX_DURATION_DAYS) return undefined;
  return { days: sign * days, ms: sign * ms };
}

/** Day number of a wall time (days since 1970-01-01). */
function dayOf(wall: number): number {
  return Math.floor(wall / DAY);
}

function startOfDayWall(wall: number): number {
  return Math.floor(wall / DAY) * DAY;
}

function sameZone(a: ResolvedZone | undefined, b: ResolvedZone | undefined): boolean {
  if (!a || !b) return a === b;
  return a.kind === b.kind && a.id === b.id;
}

// ---------------------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------------------

interface Attendee {
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

interface RawEvent {
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

interface Context {
  range: { start: number; end: number };
  floatingZone: ResolvedZone;
  producerZone: ResolvedZone;
  vtimezones: Map<string, VtimezoneInfo>;
  zoneCache: Map<string, ResolvedZone | null>;
  me: Set<string>;
  maxOccurrences: number;
  maxSteps: number;
  /** Contracting-rule checks left for the whole file (guards ical.js's inner loops). */
  checkBudget: number;
  /** Rule steps left for the whole file (many events with wasteful rules add up). */
  stepsLeft: number;
  occurrences: MeetingOccurrence[];
  skipped: SkippedEvent[];
  warnings: Set<string>;
  truncated: boolean;
  engine: 'auto' | 'ical.js';
}

function warn(ctx: Pick<Context, 'warnings'>, message: string): void {
  if (ctx.warnings.size < MAX_WARNINGS) ctx.warnings.add(message);
}

function resolveZone(ctx: Context, tzid: string): ResolvedZone | undefined {
  const cached = ctx.zoneCache.get(tzid);
  if (cached !== undefined) return cached ?? undefined;
  const resolved = resolveTzid(tzid, ctx.vtimezones);
  if (!resolved) {
    const vtimezone = ctx.vtimezones.get(tzid) ?? ctx.vtimezones.get(tzid.trim().replace(/^"|"$/g, '').trim());
    const problem = vtimezone ? vtimezoneProblem(vtimezone) : undefined;
    if (problem) {
      warn(
        ctx,
        `The definition of time zone “${tzid}” (VTIMEZONE) was ignored: ${problem}. Its times were read as ${ctx.floatingZone.id}.`,
      );
    } else {
      warn(ctx, `Unknown time zone “${tzid}”: its times were read as ${ctx.floatingZone.id}.`);
    }
  }
  ctx.zoneCache.set(tzid, resolved?.zone ?? null);
  return resolved?.zone;
}

function timeValue(ctx: Context, prop: Prop, raw = prop.value): TimeValue | undefined {
  const parsed = parseDateTimeText(raw);
  if (!parsed) return undefined;
  const valueType = (prop.params.VALUE ?? '').toUpperCase();
  if (valueType === 'DATE' || parsed.isDate) {
    return { wall: startOfDayWall(parsed.wall), isDate: true };
  }
  if (parsed.utc) return { wall: parsed.wall, isDate: false, zone: UTC_ZONE };
  const tzid = prop.params.TZID;
  if (tzid !== undefined && tzid.trim() !== '') {
    const zone = resolveZone(ctx, tzid);
    return zone ? { wall: parsed.wall, isDate: false, zone } : { wall: parsed.wall, isDate: false };
  }
  return { wall: parsed.wall, isDate: false };
}

/** Every value of a multi-valued date property (EXDATE, RDATE). */
function timeValues(ctx: Context, prop: Prop): { values: TimeValue[]; bad: number } {
  const values: TimeValue[] = [];
  let bad = 0;
  for (const part of prop.value.split(',')) {
    if (!part.trim()) continue;
    const value = timeValue(ctx, prop, part);
    if (value) values.push(value);
    else bad++;
  }
  return { values, bad };
}

function emailOf(value: string): string {
  return value
    .trim()
    .replace(/^mailto:/i, '')
    .trim()
    .toLowerCase();
}

const PARTSTATS: Record<string, PartStat> = {
  ACCEPTED: 'accepted',
  DECLINED: 'declined',
  TENTATIVE: 'tentative',
  'NEEDS-ACTION': 'needs-action',
  DELEGATED: 'delegated',
};

const CONFERENCE_RE =
  /(?:zoom\.us\/|zoomgov\.com\/|meet\.google\.com\/|teams\.microsoft\.com\/|teams\.live\.com\/|\.webex\.com\/|gotomeeting\.com\/|gotomeet\.me\/|meet\.goto\.com\/|bluejeans\.com\/|whereby\.com\/|meet\.jit\.si\/|chime\.aws\/|join\.skype\.com\/|meet\.lync\.com\/|ringcentral\.com\/|hangouts\.google\.com\/)/i;

const CONFERENCE_PROPS = new Set([
  'CONFERENCE',
  'X-GOOGLE-CONFERENCE',
  'X-MICROSOFT-SKYPETEAMSMEETINGURL',
  'X-MICROSOFT-ONLINEMEETINGCONFLINK',
  'X-MICROSOFT-ONLINEMEETINGEXTERNALLINK',
]);

type ReadEvent = { event: RawEvent } | { skip: SkippedEvent };

function readEvent(ctx: Context, comp: Comp, order: number): ReadEvent {
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
    if (alt && /html/i.test(alt.params.FMTTYPE ?? '')) description = htmlToPlain(unescapeText(alt.value));
  }
  const locationText = unescapeText(first(comp, 'LOCATION')?.value ?? '').trim();
  const url = first(comp, 'URL')?.value.trim() || undefined;
  let conference = false;
  for (const prop of comp.props) {
    if (CONFERENCE_PROPS.has(prop.name)) conference = true;
  }
  if (!conference) {
    conference =
      CONFERENCE_RE.test(locationText) ||
      (url !== undefined && CONFERENCE_RE.test(url)) ||
      (description !== undefined && CONFERENCE_RE.test(description.slice(0, 20_000)));
  }
  const sequence = Number.parseInt(first(comp, 'SEQUENCE')?.value ?? '0', 10);

  const event: RawEvent = {
    order,
    line: comp.line,
    uid: uid || `no-uid-${hash(`${starts[0]!.value}|${title}|${order}`)}`,
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

function htmlToPlain(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>|<\/(p|div|li|h\d)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();
}

function clip(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** FNV-1a, hex: stable ids for events without UID. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    h ^= text.charCodeAt(index);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

// ---------------------------------------------------------------------------------------
// Recurrence
// ---------------------------------------------------------------------------------------

type IcalTime = InstanceType<typeof ICAL.Time>;
type IcalRecur = InstanceType<typeof ICAL.Recur>;

const RRULE_PARTS = new Set([
  'FREQ',
  'UNTIL',
  'COUNT',
  'INTERVAL',
  'BYSECOND',
  'BYMINUTE',
  'BYHOUR',
  'BYDAY',
  'BYMONTHDAY',
  'BYYEARDAY',
  'BYWEEKNO',
  'BYMONTH',
  'BYSETPOS',
  'WKST',
]);
const FREQS = new Set(['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);
/** Fixed-length periods (in wall time) that allow skipping ahead without changing the set. */
const PERIOD_MS: Record<string, number> = {
  SECONDLY: 1000,
  MINUTELY: MINUTE,
  HOURLY: HOUR,
  DAILY: DAY,
  WEEKLY: 7 * DAY,
};

interface ParsedRule {
  recur: IcalRecur;
  until?: { wall: number; isDate: boolean; utc: boolean };
  count?: number;
  notes: string[];
  /** The rule can produce nothing but DTSTART (e.g. BYMONTH=2;BYMONTHDAY=30). */
  never?: boolean;
  /** Set for common DAILY/WEEKLY/MONTHLY rules (see runSimpleRule): expanded without ical.js. */
  simple?: SimpleRule;
}

interface SimpleRule {
  freq: 'SECONDLY' | 'MINUTELY' | 'HOURLY' | 'DAILY' | 'WEEKLY' | 'MONTHLY';
  interval: number;
  /** Weekdays, 0 = Sunday; undefined = no BYDAY. */
  byday?: number[];
  /** MONTHLY only: BYDAY with ordinals ([n, weekday], n = 0 for every such weekday). */
  byNthDay?: [number, number][];
  /** MONTHLY only: BYMONTHDAY (negative counts from the month's end). */
  byMonthDay?: number[];
  /** Week start, 0 = Sunday. */
  wkst: number;
}

const WEEKDAYS: Record<string, number> = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 };

function parseRule(value: string): ParsedRule | { error: string } {
  let text = value.trim();
  const notes: string[] = [];
  while (/^RRULE:/i.test(text)) {
    text = text.slice(6).trim();
    notes.push('a doubled “RRULE:” prefix was removed');
  }
  const kept: string[] = [];
  const dropped: string[] = [];
  let until: ParsedRule['until'];
  let count: number | undefined;
  let freq = '';
  for (const part of text.split(';')) {
    if (!part.trim()) continue;
    const eq = part.indexOf('=');
    const key = eq > 0 ? part.slice(0, eq).trim().toUpperCase() : '';
    const val = eq > 0 ? part.slice(eq + 1).trim() : '';
    if (!key || !RRULE_PARTS.has(key) || !val) {
      dropped.push(part.trim());
      continue;
    }
    if (key === 'UNTIL') {
      const parsed = parseDateTimeText(val);
      if (!parsed) return { error: `its UNTIL “${clip(val)}” cannot be read` };
      until = parsed;
      continue;
    }
    if (key === 'FREQ') {
      freq = val.toUpperCase();
      if (!FREQS.has(freq)) return { error: `its repeat frequency “${clip(val)}” is unknown` };
    }
    if (key === 'COUNT') {
      count = Number.parseInt(val, 10);
      if (!Number.isFinite(count) || count < 0) return { error: `its COUNT “${clip(val)}” cannot be read` };
    }
    if (key === 'INTERVAL') {
      const interval = Number.parseInt(val, 10);
      kept.push(`INTERVAL=${Number.isFinite(interval) && interval >= 1 ? interval : 1}`);
      continue;
    }
    kept.push(`${key}=${val}`);
  }
  if (!freq) return { error: 'its repeat rule has no FREQ' };
  const never = neverMatches(kept);
  if (never) notes.push('its repeat rule can never match (no such day), so only DTSTART is an occurrence');
  if (dropped.length) notes.push(`unknown parts ignored: ${clip(dropped.join(';'), 40)}`);
  try {
    const recur = ICAL.Recur.fromString(kept.join(';'));
    const simple = simpleRule(freq, kept);
    return {
      recur,
      ...(until ? { until } : {}),
      ...(count !== undefined ? { count } : {}),
      notes,
      ...(simple ? { simple } : {}),
      ...(never ? { never } : {}),
    };
  } catch (error) {
    return { error: `its repeat rule cannot be read (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** BYMONTHDAY values that no BYMONTH month has (e.g. 30 in February): nothing but DTSTART. */
function neverMatches(parts: string[]): boolean {
  const get = (name: string): number[] | undefined => {
    const part = parts.find((item) => item.startsWith(`${name}=`));
    return part
      ?.slice(name.length + 1)
      .split(',')
      .map(Number);
  };
  const monthDays = get('BYMONTHDAY');
  if (!monthDays || monthDays.some((day) => !Number.isInteger(day))) return false;
  const months = get('BYMONTH') ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  return !months.some((month) => {
    const length = month === 2 ? 29 : (MONTH_DAYS[month - 1] ?? 31);
    return monthDays.some((day) => day !== 0 && Math.abs(day) <= length);
  });
}

function simpleRule(freq: string, parts: string[]): SimpleRule | undefined {
  const subDaily = freq === 'SECONDLY' || freq === 'MINUTELY' || freq === 'HOURLY';
  if (!subDaily && freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY') return undefined;
  let interval = 1;
  let byday: number[] | undefined;
  let byNthDay: [number, number][] | undefined;
  let byMonthDay: number[] | undefined;
  let wkst = 1;
  for (const part of parts) {
    const [key = '', value = ''] = part.split('=');
    if (key === 'FREQ' || key === 'COUNT') continue;
    if (key === 'INTERVAL') interval = Number(value);
    else if (key === 'WKST') {
      const day = WEEKDAYS[value.toUpperCase()];
      if (day === undefined) return undefined;
      wkst = day;
    } else if (key === 'BYDAY' && !subDaily) {
      byday = [];
      byNthDay = [];
      for (const item of value.split(',')) {
        const match = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/i.exec(item.trim());
        if (!match) return undefined;
        const day = WEEKDAYS[match[2]!.toUpperCase()]!;
        const nth = match[1] ? Number(match[1]) : 0;
        if (nth !== 0 && (freq !== 'MONTHLY' || Math.abs(nth) > 5)) return undefined;
        if (nth === 0 && !byday.includes(day)) byday.push(day);
        byNthDay.push([nth, day]);
      }
    } else if (key === 'BYMONTHDAY' && freq === 'MONTHLY') {
      byMonthDay = [];
      for (const item of value.split(',')) {
        const day = Number(item.trim());
        if (!Number.isInteger(day) || day === 0 || Math.abs(day) > 31) return undefined;
        byMonthDay.push(day);
      }
    } else return undefined;
  }
  if (freq === 'MONTHLY') {
    return { freq, interval, ...(byNthDay ? { byNthDay } : {}), ...(byMonthDay ? { byMonthDay } : {}), wkst };
  }
  return { freq: freq as SimpleRule['freq'], interval, ...(byday ? { byday } : {}), wkst };
}

/** Days of one month (1-based) a MONTHLY simple rule picks, ascending. */
function monthDays(rule: SimpleRule, year: number, month: number, startDay: number): number[] {
  const length = daysInMonth(year, month);
  const firstWeekday = weekdayOf(wallMsOf(year, month, 1));
  let days: number[];
  if (rule.byMonthDay) {
    days = rule.byMonthDay.map((day) => (day > 0 ? day : length + day + 1)).filter((day) => day >= 1 && day <= length);
  } else if (rule.byNthDay) {
    days = [];
    for (let day = 1; day <= length; day++) days.push(day);
  } else {
    days = startDay <= length ? [startDay] : [];
  }
  if (rule.byNthDay) {
    const nth = rule.byNthDay;
    days = days.filter((day) => {
      const weekday = (firstWeekday + day - 1) % 7;
      const fromStart = Math.floor((day - 1) / 7) + 1;
      const fromEnd = -(Math.floor((length - day) / 7) + 1);
      return nth.some(([n, d]) => d === weekday && (n === 0 || n === fromStart || n === fromEnd));
    });
  }
  return [...new Set(days)].sort((a, b) => a - b);
}

/** Day of the week of a wall time, 0 = Sunday (1970-01-01 was a Thursday). */
function weekdayOf(wall: number): number {
  return (((Math.floor(wall / DAY) + 4) % 7) + 7) % 7;
}

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

/**
 * Common rules in wall-clock arithmetic, without ical.js: SECONDLY/MINUTELY/HOURLY without
 * BY parts, DAILY and WEEKLY with plain BYDAY, MONTHLY with BYDAY (ordinals too) and/or
 * BYMONTHDAY. DTSTART is the first instance and counts towards COUNT (RFC 5545); the rest
 * come from the rule. Open-ended rules skip ahead to the window.
 */
function runSimpleRule(
  ctx: Context,
  rule: SimpleRule,
  count: number | undefined,
  startWall: number,
  out: Collector,
): RuleRun {
  const limit = out.hi;
  const wallLo = out.lo;
  let produced = 1; // DTSTART
  if (!out.add(startWall)) return { walls: out.walls, full: true };
  let steps = 0;
  const maxSteps = Math.min(ctx.maxSteps, ctx.stepsLeft);
  const startDay = startOfDayWall(startWall);
  const timeOfDay = startWall - startDay;
  const done = (): RuleRun => {
    ctx.stepsLeft -= steps;
    return out.full ? { walls: out.walls, full: true } : { walls: out.walls };
  };
  const capped = (): RuleRun => {
    ctx.stepsLeft -= steps;
    return { walls: out.walls, capped: true };
  };
  /** Offers one rule instance; false to stop. */
  const offer = (wall: number): boolean => {
    if (wall > limit) return false;
    if (count !== undefined && ++produced > count) return false;
    return out.add(wall);
  };
  if (rule.freq !== 'WEEKLY' && rule.freq !== 'MONTHLY') {
    const step = rule.interval * (PERIOD_MS[rule.freq] ?? DAY);
    let k = 1;
    if (count === undefined && wallLo - startWall > 2 * step) k = Math.floor((wallLo - startWall) / step) - 1;
    for (; ; k++) {
      if (++steps > maxSteps) return capped();
      const wall = startWall + k * step;
      if (rule.byday && wall <= limit && !rule.byday.includes(weekdayOf(wall))) continue;
      if (!offer(wall)) return done();
    }
  }
  if (rule.freq === 'MONTHLY') {
    const start = new Date(startDay);
    const startYear = start.getUTCFullYear();
    const startMonth = start.getUTCMonth(); // 0-based
    const startDate = start.getUTCDate();
    let m = 0;
    if (count === undefined && wallLo - startWall > 62 * DAY * rule.interval) {
      const lo = new Date(wallLo);
      const months = (lo.getUTCFullYear() - startYear) * 12 + lo.getUTCMonth() - startMonth;
      m = Math.max(0, Math.floor(months / rule.interval) - 1);
    }
    for (; ; m++) {
      const monthIndex = startMonth + m * rule.interval;
      const year = startYear + Math.floor(monthIndex / 12);
      const month = (monthIndex % 12) + 1;
      if (wallMsOf(year, month, 1) > limit) return done();
      if (++steps > maxSteps) return capped();
      for (const day of monthDays(rule, year, month, startDate)) {
        const wall = wallMsOf(year, month, day) + timeOfDay;
        if (wall <= startWall) continue;
        if (!offer(wall)) return done();
      }
    }
  }
  const offsets = (rule.byday ?? [weekdayOf(startWall)]).map((day) => (day - rule.wkst + 7) % 7).sort((a, b) => a - b);
  const firstWeek = startDay - ((weekdayOf(startDay) - rule.wkst + 7) % 7) * DAY;
  const step = rule.interval * 7 * DAY;
  let w = 0;
  if (count === undefined && wallLo - firstWeek > 2 * step) w = Math.floor((wallLo - firstWeek) / step) - 1;
  for (; ; w++) {
    const base = firstWeek + w * step;
    if (base > limit) return done();
    for (const offset of offsets) {
      if (++steps > maxSteps) return capped();
      const wall = base + offset * DAY + timeOfDay;
      if (wall <= startWall) continue;
      if (!offer(wall)) return done();
    }
  }
}

function icalTimeFromWall(wall: number, isDate: boolean): IcalTime {
  const d = new Date(wall);
  return ICAL.Time.fromData({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: isDate ? 0 : d.getUTCHours(),
    minute: isDate ? 0 : d.getUTCMinutes(),
    second: isDate ? 0 : d.getUTCSeconds(),
    isDate,
  });
}

class StepBudgetExceeded extends Error {}

/** Filter checks ical.js may make to find one instance (5,000 days is 13 years). */
const CHECKS_PER_STEP = 5_000;
/** Filter checks for a whole file. */
const CHECKS_PER_FILE = 500_000;
/** Rule steps for a whole file (at least ten rules' worth; a step is a few ns to a µs). */
const STEPS_PER_FILE = 20_000_000;

interface RuleRun {
  walls: number[];
  error?: string;
  /** The step budget ran out. */
  capped?: boolean;
  /** `maxOccurrences` was reached. */
  full?: boolean;
}

/**
 * Wall-clock starts of one RRULE inside the window [lo, hi], iterating in floating wall time
 * (so a 10:00 weekly meeting stays at 10:00 across DST).
 */
function runRule(
  ctx: Context,
  rule: ParsedRule,
  startWall: number,
  allDay: boolean,
  zone: ResolvedZone,
  span: { lo: number; hi: number; countFrom: number },
): RuleRun {
  if (rule.count === 0) return { walls: [] };
  let limit = span.hi;
  if (rule.until) {
    let untilWall: number;
    if (rule.until.utc) {
      untilWall = utcToWall(allDay ? ctx.producerZone : zone, rule.until.wall);
    } else {
      untilWall = rule.until.wall;
    }
    if (allDay) untilWall = startOfDayWall(untilWall);
    else if (rule.until.isDate) untilWall = untilWall + DAY - 1000;
    if (untilWall < startWall) return { walls: [] }; // UNTIL before DTSTART: nothing
    limit = Math.min(limit, untilWall);
  }
  const out = new Collector(span.lo, limit, span.countFrom, ctx.maxOccurrences - ctx.occurrences.length);
  if (rule.never) {
    out.add(startWall);
    return { walls: out.walls };
  }
  if (rule.simple && ctx.engine !== 'ical.js') return runSimpleRule(ctx, rule.simple, rule.count, startWall, out);

  const recur = rule.recur;
  recur.until = icalTimeFromWall(limit, allDay);
  let iterStart = startWall;
  const unit = PERIOD_MS[recur.freq];
  if (unit !== undefined && rule.count === undefined) {
    const period = unit * Math.max(1, recur.interval || 1);
    if (startWall < span.lo - 2 * period) {
      iterStart = startWall + Math.floor((span.lo - period - startWall) / period) * period;
    }
  }
  let iterator: ReturnType<IcalRecur['iterator']>;
  try {
    iterator = recur.iterator(icalTimeFromWall(iterStart, allDay));
  } catch (error) {
    return {
      walls: [],
      error: `its repeat rule cannot be used (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  // ical.js loops inside next() until a candidate passes the rule's filters, which never
  // happens for rules like BYMONTH=4;BYMONTHDAY=31: count those checks too, per call (a
  // DAILY rule needs at most a few thousand to find the next match) and in total.
  let checks = 0;
  let checksThisCall = 0;
  const checkLimit = Math.min(ctx.checkBudget, ctx.maxSteps * 2);
  const patched = iterator as unknown as { check_contracting_rules: () => boolean };
  const original = patched.check_contracting_rules;
  patched.check_contracting_rules = function guarded(this: unknown) {
    if (++checks > checkLimit || ++checksThisCall > CHECKS_PER_STEP) throw new StepBudgetExceeded();
    return original.call(this);
  };
  // DTSTART is the first instance (RFC 5545) even when it does not match the rule; ical.js
  // leaves it out for some rules (WEEKLY with BYDAY), so add it here (duplicates merge later).
  out.add(startWall);
  let steps = 0;
  let capped = false;
  const maxSteps = Math.min(ctx.maxSteps, ctx.stepsLeft);
  try {
    for (;;) {
      if (++steps > maxSteps) {
        capped = true;
        break;
      }
      checksThisCall = 0;
      const next = iterator.next();
      if (!next) break;
      const wall = wallMsOf(next.year, next.month, next.day, next.hour, next.minute, next.second);
      if (wall > limit) break;
      if (!out.add(wall)) break;
    }
  } catch (error) {
    if (!(error instanceof StepBudgetExceeded) && out.walls.length === 0 && steps <= 1) {
      return {
        walls: [],
        error: `its repeat rule cannot be used (${error instanceof Error ? error.message : String(error)})`,
      };
    }
    capped = true;
  }
  ctx.checkBudget -= checks;
  ctx.stepsLeft -= steps;
  return { walls: out.walls, ...(capped ? { capped } : {}), ...(out.full ? { full: true } : {}) };
}

// ---------------------------------------------------------------------------------------
// Expansion
// ---------------------------------------------------------------------------------------

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

function expandSeries(ctx: Context, master: RawEvent, removals: Removal[]): void {
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
      const rule = parseRule(prop.value);
      if ('error' in rule) {
        lastError = rule.error;
        continue;
      }
      for (const note of rule.notes) warn(ctx, `${label(master)}, line ${prop.line}: ${note}.`);
      const run = runRule(ctx, rule, startWall, shape.allDay, zone, {
        lo: wallLo,
        hi: wallHi,
        countFrom: wallLo + 3 * HOUR,
      });
      if (run.error) {
        lastError = run.error;
        continue;
      }
      usable++;
      if (run.capped) {
        warn(
          ctx,
          `${label(master)}: its repeat rule was stopped after too many steps; some occurrences may be missing.`,
        );
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

  const candidates: Candidate[] = [];
  for (const wall of [...walls].sort((a, b) => a - b)) {
    const { start, end } = instantsOf(shape, wall);
    candidates.push({ wall, start, end: periodEnds.get(wall) ?? end });
  }

  const allRemovals = [...master.exdates.map((value) => removalFor(value, shape)), ...removals];
  if (allRemovals.length) {
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

  const common = commonOf(ctx, master, shape, recurring);
  for (const candidate of candidates) {
    if (candidate.removed || !overlaps(ctx, candidate.start, candidate.end)) continue;
    const ok = push(
      ctx,
      occurrence(common, candidate.start, candidate.end, false, recurring ? candidate.start : undefined),
    );
    if (!ok) return;
  }
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

/** A series (or lone event) with its overrides. */
function expandGroup(ctx: Context, group: { masters: RawEvent[]; overrides: RawEvent[] }): void {
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
    expandSeries(ctx, master, removals);
  }
  for (const override of overrides.values()) {
    if (override.status === 'cancelled') continue;
    if (!emitOverride(ctx, override, master)) return;
  }
}

function pickLatest(events: RawEvent[]): RawEvent | undefined {
  let best: RawEvent | undefined;
  for (const event of events) {
    if (!best || event.sequence >= best.sequence) best = event;
  }
  return best;
}

// ---------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------

/**
 * Like `expandIcs`, with the events that were skipped and warnings. Throws `IcsError` when the
 * input is not a readable calendar at all.
 */
export function expandIcsDetailed(ics: string, range: TimeRange, options: ExpandIcsOptions = {}): ExpandIcsResult {
  if (typeof ics !== 'string') throw new IcsError('The calendar file is empty.');
  const text = ics.charCodeAt(0) === 0xfeff ? ics.slice(1) : ics;
  checkLooksLikeCalendar(text);
  const rangeStart = range.start.getTime();
  const rangeEnd = range.end.getTime();
  if (!Number.isFinite(rangeStart) || !Number.isFinite(rangeEnd)) {
    throw new RangeError('expandIcs: the range needs valid start and end dates.');
  }
  // Whatever goes wrong below (ical.js throwing or recursing on something nobody foresaw),
  // the caller gets an IcsError in words, never a foreign error.
  try {
    return expandText(text, rangeStart, rangeEnd, options);
  } catch (error) {
    if (error instanceof IcsError) throw error;
    throw new IcsError(`This calendar could not be read: ${describeFailure(error)}.`);
  }
}

/** A failure inside the expansion, in words (for IcsError messages and skip reasons). */
function describeFailure(error: unknown): string {
  if (error instanceof TimeZoneError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof RangeError) {
    if (/call stack/i.test(message)) return 'it is nested too deeply or refers to itself';
    if (/invalid (time|date)/i.test(message)) return 'it contains a date out of the range a calendar can show';
  }
  return `something in it is not as expected (${clip(message, 80)})`;
}

function expandText(text: string, rangeStart: number, rangeEnd: number, options: ExpandIcsOptions): ExpandIcsResult {
  const warnings = new Set<string>();
  const lines = unfold(text);
  const header = readHeader(lines, (message) => warn({ warnings }, message));
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
    checkBudget: CHECKS_PER_FILE,
    stepsLeft: Math.max(STEPS_PER_FILE, maxSteps * 10),
    occurrences: [],
    skipped: [],
    warnings,
    truncated: false,
    engine: options.recurrenceEngine ?? 'auto',
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
  const tree = buildTree(lines, (message) => warn(ctx, message), onEvent);

  if (groups.size === 0 && tree.firstBadLine) {
    const bad = tree.firstBadLine;
    throw new IcsError(
      `The calendar file is cut off or malformed at line ${bad.line}: “${clip(bad.text)}” is not a calendar line.`,
      bad.line,
    );
  }

  for (const group of groups.values()) {
    if (ctx.truncated) break;
    const kept = ctx.occurrences.length;
    try {
      expandGroup(ctx, group);
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

  ctx.occurrences.sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime());
  return {
    occurrences: ctx.occurrences,
    skipped: ctx.skipped,
    warnings: [...ctx.warnings],
    truncated: ctx.truncated,
    ...(calendarName ? { calendarName } : {}),
    floatingTimeZone: ctx.floatingZone.id,
  };
}

interface Header {
  vtimezones: Map<string, VtimezoneInfo>;
  xWrTimezone?: string;
  calendarName?: string;
}

/**
 * What must be known before events are read: the VTIMEZONEs (wherever they are in the file)
 * and the calendar's X-WR-TIMEZONE and X-WR-CALNAME.
 */
function readHeader(lines: LogicalLine[], warn: (message: string) => void): Header {
  const header: Header = { vtimezones: new Map() };
  const budget = vtimezoneBudget();
  for (let index = 0; index < lines.length; index++) {
    const { text, line } = lines[index]!;
    const c = text.charCodeAt(0) | 32;
    if (c === 98 && /^BEGIN:VTIMEZONE\s*$/i.test(text)) {
      let end = index + 1;
      while (end < lines.length && !/^END:VTIMEZONE\s*$/i.test(lines[end]!.text)) end++;
      try {
        for (const comp of buildTree(lines.slice(index, end + 1), warn).roots)
          addVtimezone(header.vtimezones, comp, budget);
      } catch {
        // Cut off: reading the whole file reports it.
      }
      index = end;
    } else if (c === 120 && /^X-WR-(TIMEZONE|CALNAME)[;:]/i.test(text)) {
      const prop = parseContentLine(text, line).prop;
      if (!prop) continue;
      if (prop.name === 'X-WR-TIMEZONE') header.xWrTimezone ??= prop.value.trim() || undefined;
      else header.calendarName ??= unescapeText(prop.value).trim() || undefined;
    }
  }
  return header;
}

function addVtimezone(into: Map<string, VtimezoneInfo>, comp: Comp, budget: VtimezoneBudget): void {
  if (comp.name !== 'VTIMEZONE') return;
  const tzid = first(comp, 'TZID')?.value.trim();
  if (!tzid) return;
  const location = first(comp, 'X-LIC-LOCATION')?.value.trim();
  const info: VtimezoneInfo = location ? { location } : {};
  // ical.js trusts a VTIMEZONE completely (a malformed DTSTART throws deep inside it, a
  // SECONDLY rule fills the heap, a nested TZID reference recurses): hand it only what was
  // checked here, and bound its work (guardVtimezone). A broken one is ignored; the TZID may
  // still resolve by name.
  const checked = vtimezoneText(comp);
  if ('problem' in checked) {
    info.problem = checked.problem;
  } else {
    try {
      const jcal = ICAL.parse(checked.text);
      const calendar = new ICAL.Component(jcal as unknown as unknown[]);
      const vtimezone = calendar.getFirstSubcomponent('vtimezone');
      if (vtimezone) {
        const tz = new ICAL.Timezone(vtimezone);
        guardVtimezone(tz, budget);
        info.tz = tz;
      }
    } catch (error) {
      info.problem = `it cannot be read (${error instanceof Error ? error.message : String(error)})`;
    }
  }
  into.set(tzid, info);
  const unquoted = tzid.replace(/^"|"$/g, '');
  if (unquoted !== tzid) into.set(unquoted, info);
}

const VTZ_DATE_TIME_RE = /^\d{8}T\d{6}$/;
const VTZ_RDATE_RE = /^\d{8}(?:T\d{6}Z?)?$/;
const VTZ_OFFSET_RE = /^[+-](\d{2})(\d{2})(\d{2})?$/;
const VTZ_UNTIL_RE = /^\d{8}(?:T\d{6}Z?)?$/;

/**
 * The VTIMEZONE as a calendar for ical.js, with only what ical.js reads from it (DTSTART,
 * TZOFFSETFROM, TZOFFSETTO, one yearly RRULE, RDATE of each STANDARD and DAYLIGHT part), each
 * checked; or why it cannot be used.
 */
function vtimezoneText(comp: Comp): { text: string } | { problem: string } {
  let out = 'BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nTZID:vtimezone\r\n';
  let parts = 0;
  for (const child of comp.children) {
    if (child.name !== 'STANDARD' && child.name !== 'DAYLIGHT') continue;
    const where = `its ${child.name} part (line ${child.line})`;
    if (child.unclosed) return { problem: `${where} is not closed` };
    if (child.children.length) return { problem: `${where} contains a ${child.children[0]!.name}` };
    const bad = child.problems[0];
    if (bad) return { problem: `line ${bad.line} cannot be read (“${clip(bad.text)}”)` };
    const starts = all(child, 'DTSTART');
    const start = starts[0]?.value.trim() ?? '';
    if (starts.length !== 1) return { problem: `${where} needs exactly one DTSTART` };
    if (!VTZ_DATE_TIME_RE.test(start) || !parseDateTimeText(start)) {
      return { problem: `${where} has a DTSTART “${clip(start)}” that cannot be read` };
    }
    out += `BEGIN:${child.name}\r\nDTSTART:${start}\r\n`;
    for (const name of ['TZOFFSETFROM', 'TZOFFSETTO']) {
      const props = all(child, name);
      const value = props[0]?.value.trim() ?? '';
      const match = VTZ_OFFSET_RE.exec(value);
      if (
        props.length !== 1 ||
        !match ||
        Number(match[1]) > 23 ||
        Number(match[2]) > 59 ||
        Number(match[3] ?? 0) > 59
      ) {
        return { problem: `${where} needs one readable ${name}` };
      }
      out += `${name}:${value}\r\n`;
    }
    const rules = all(child, 'RRULE');
    if (rules.length > 1) return { problem: `${where} has more than one RRULE` };
    if (rules[0]) {
      const value = rules[0].value.trim();
      const rule = parseRule(value);
      if ('error' in rule) return { problem: `the RRULE of ${where} cannot be used (${rule.error})` };
      if (rule.notes.length) return { problem: `the RRULE of ${where} cannot be used (${rule.notes[0]})` };
      if (rule.recur.freq !== 'YEARLY') return { problem: `${where} does not repeat yearly` };
      for (const part of value.split(';')) {
        const [key = '', val = ''] = part.split('=');
        const name = key.trim().toUpperCase();
        if (name === 'UNTIL' && !VTZ_UNTIL_RE.test(val.trim()))
          return { problem: `${where} has an UNTIL that cannot be read` };
        if ((name === 'INTERVAL' || name === 'COUNT') && !/^\d{1,4}$/.test(val.trim())) {
          return { problem: `${where} has a ${name} that cannot be read` };
        }
        if (name === 'INTERVAL' && Number(val) < 1) return { problem: `${where} has an INTERVAL of 0` };
      }
      out += `RRULE:${value}\r\n`;
    }
    for (const prop of all(child, 'RDATE')) {
      const type = (prop.params.VALUE ?? '').toUpperCase();
      if (type !== '' && type !== 'DATE-TIME' && type !== 'DATE')
        return { problem: `${where} has an RDATE of type ${clip(type)}` };
      for (const value of prop.value.split(',')) {
        const text = value.trim();
        if (!VTZ_RDATE_RE.test(text) || (type === 'DATE') !== (text.length === 8) || !parseDateTimeText(text)) {
          return { problem: `${where} has an RDATE “${clip(text)}” that cannot be read` };
        }
      }
      out += `RDATE${type === 'DATE' ? ';VALUE=DATE' : ''}:${prop.value.trim()}\r\n`;
    }
    out += `END:${child.name}\r\n`;
    parts++;
  }
  if (parts === 0) return { problem: 'it has no STANDARD or DAYLIGHT part' };
  return { text: `${out}END:VTIMEZONE\r\nEND:VCALENDAR\r\n` };
}

/** The zone of the file's only non-UTC VTIMEZONE, if there is exactly one. */
function soleVtimezoneZone(vtimezones: Map<string, VtimezoneInfo>): ResolvedZone | undefined {
  const zones = new Map<string, ResolvedZone>();
  for (const tzid of vtimezones.keys()) {
    const zone = resolveTzid(tzid, vtimezones)?.zone;
    if (zone && zone.kind !== 'utc') zones.set(zone.id, zone);
  }
  return zones.size === 1 ? [...zones.values()][0] : undefined;
}
