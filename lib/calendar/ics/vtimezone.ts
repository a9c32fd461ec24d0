/**
 * The file's own time zones (VTIMEZONE) and the calendar-wide headers read before any event:
 * X-WR-TIMEZONE and X-WR-CALNAME.
 */
import { type ResolvedZone, resolveTzid, type VtimezoneInfo, type ZoneRules } from '../timezones';
import { all, buildTree, type Comp, first, type LogicalLine, parseContentLine } from './content-lines';
import { readRule } from './expansion';
import { type RecurrenceRule, ruleStarts } from './recurrence';
import { clip, DAY, parseDateTimeText, unescapeText } from './values';
import type { Work } from './work';

/** Lines looked at between two chances to pause. */
const LINES_PER_PAUSE = 16_384;

interface Header {
  vtimezones: Map<string, VtimezoneInfo>;
  xWrTimezone?: string;
  calendarName?: string;
}

/**
 * What must be known before events are read: the VTIMEZONEs (wherever they are in the file)
 * and the calendar's X-WR-TIMEZONE and X-WR-CALNAME.
 */
export function* readHeaderWork(lines: LogicalLine[], warn: (message: string) => void): Work<Header> {
  const header: Header = { vtimezones: new Map() };
  const budget: VtimezoneBudget = { steps: VTZ_STEPS_PER_FILE };
  let nextPause = LINES_PER_PAUSE;
  let index = 0;
  for (;;) {
    // The lines are looked at by a plain function between pauses (see buildTreeWork).
    index = readHeaderLines(lines, index, Math.min(nextPause, lines.length), header, budget, warn);
    if (index >= lines.length) break;
    yield;
    nextPause = index + LINES_PER_PAUSE;
  }
  return header;
}

/** Looks at lines from `from` until one at `until` or later is next; returns that one. */
function readHeaderLines(
  lines: LogicalLine[],
  from: number,
  until: number,
  header: Header,
  budget: VtimezoneBudget,
  warn: (message: string) => void,
): number {
  let index = from;
  for (; index < until; index++) {
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
  return index;
}

function addVtimezone(into: Map<string, VtimezoneInfo>, comp: Comp, budget: VtimezoneBudget): void {
  if (comp.name !== 'VTIMEZONE') return;
  const tzid = first(comp, 'TZID')?.value.trim();
  if (!tzid) return;
  const location = first(comp, 'X-LIC-LOCATION')?.value.trim();
  const info: VtimezoneInfo = location ? { location } : {};
  // Read once, checked, into rules our own engine runs with bounded work. A broken one is
  // ignored; its TZID may still resolve by name.
  const read = readObservances(comp);
  if ('problem' in read) info.problem = read.problem;
  else info.tz = new VtimezoneRules(read.observances, budget);
  into.set(tzid, info);
  const unquoted = tzid.replace(/^"|"$/g, '');
  if (unquoted !== tzid) into.set(unquoted, info);
}

/** Rule steps for all the VTIMEZONEs of one file together. */
const VTZ_STEPS_PER_FILE = 200_000;
/** Rule steps for one offset (a yearly rule needs two or three). */
const VTZ_STEPS_PER_LOOKUP = 10_000;

/** Rule steps left for the VTIMEZONEs of one file, shared by them. */
interface VtimezoneBudget {
  steps: number;
}

/** One STANDARD or DAYLIGHT part: from its onsets on, the offset is `offsetTo`. */
interface Observance {
  /** DTSTART, wall time in the offset before the onset (`offsetFrom`). */
  startWall: number;
  offsetFrom: number;
  offsetTo: number;
  rule?: RecurrenceRule;
  /** RDATE onsets, wall times like `startWall`. */
  rdates: number[];
}

/** Thrown by VtimezoneRules when its rules cannot give an offset; the message is the problem. */
class ZoneRulesProblem extends Error {}

/** A file's VTIMEZONE as rules: the offset at an instant is the one of the latest onset before it. */
class VtimezoneRules implements ZoneRules {
  constructor(
    private readonly observances: Observance[],
    private readonly budget: VtimezoneBudget,
  ) {}

  offsetAt(utcMs: number): number {
    let latest = Number.NEGATIVE_INFINITY;
    let offset: number | undefined;
    let earliest: Observance | undefined;
    const consider = (observance: Observance, wall: number): boolean => {
      const onset = wall - observance.offsetFrom;
      if (onset > utcMs) return false;
      if (onset >= latest) {
        latest = onset;
        offset = observance.offsetTo;
      }
      return true;
    };
    for (const observance of this.observances) {
      if (!earliest || observance.startWall - observance.offsetFrom < earliest.startWall - earliest.offsetFrom) {
        earliest = observance;
      }
      consider(observance, observance.startWall);
      for (const wall of observance.rdates) consider(observance, wall);
      if (observance.rule) this.ruleOnsets(observance, observance.rule, utcMs, consider);
    }
    // Before the first onset: the offset in effect before it.
    return offset ?? earliest?.offsetFrom ?? 0;
  }

  /** Offers the rule's onsets of the two years before `utcMs` (a yearly rule has one a year). */
  private ruleOnsets(
    observance: Observance,
    rule: RecurrenceRule,
    utcMs: number,
    consider: (observance: Observance, wall: number) => boolean,
  ): void {
    const target = utcMs + observance.offsetFrom;
    let limit = target + DAY;
    if (rule.until) limit = Math.min(limit, rule.until.wall + (rule.until.utc ? observance.offsetFrom : 0));
    const limits = { maxSteps: Math.min(VTZ_STEPS_PER_LOOKUP, this.budget.steps), used: 0, deadline: Infinity };
    const starts = ruleStarts(rule, observance.startWall, target - 2 * 366 * DAY, limit, limits, () => 0);
    for (;;) {
      const next = starts.next();
      if (next.done) {
        this.budget.steps -= limits.used;
        if (next.value) throw new ZoneRulesProblem('its rules need too much work');
        return;
      }
      if (!Number.isNaN(next.value) && !consider(observance, next.value)) {
        this.budget.steps -= limits.used;
        return;
      }
    }
  }
}

const VTZ_DATE_TIME_RE = /^\d{8}T\d{6}$/;
const VTZ_RDATE_RE = /^\d{8}(?:T\d{6}Z?)?$/;
const VTZ_OFFSET_RE = /^[+-](\d{2})(\d{2})(\d{2})?$/;
const VTZ_UNTIL_RE = /^\d{8}(?:T\d{6}Z?)?$/;

/**
 * The parts of a VTIMEZONE (DTSTART, TZOFFSETFROM, TZOFFSETTO, one yearly RRULE, RDATEs of
 * each STANDARD and DAYLIGHT part), each checked; or why it cannot be used.
 */
function readObservances(comp: Comp): { observances: Observance[] } | { problem: string } {
  const observances: Observance[] = [];
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
    const offsets: number[] = [];
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
      const sign = value.startsWith('-') ? -1 : 1;
      offsets.push(sign * ((Number(match[1]) * 60 + Number(match[2])) * 60 + Number(match[3] ?? 0)) * 1000);
    }
    let recurrence: RecurrenceRule | undefined;
    const rules = all(child, 'RRULE');
    if (rules.length > 1) return { problem: `${where} has more than one RRULE` };
    if (rules[0]) {
      const value = rules[0].value.trim();
      const rule = readRule(value);
      if ('error' in rule) return { problem: `the RRULE of ${where} cannot be used (${rule.error})` };
      if (rule.notes.length) return { problem: `the RRULE of ${where} cannot be used (${rule.notes[0]})` };
      if (rule.rule.freq !== 'YEARLY') return { problem: `${where} does not repeat yearly` };
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
      recurrence = rule.rule;
    }
    const rdates: number[] = [];
    for (const prop of all(child, 'RDATE')) {
      const type = (prop.params.VALUE ?? '').toUpperCase();
      if (type !== '' && type !== 'DATE-TIME' && type !== 'DATE')
        return { problem: `${where} has an RDATE of type ${clip(type)}` };
      for (const value of prop.value.split(',')) {
        const text = value.trim();
        if (!VTZ_RDATE_RE.test(text) || (type === 'DATE') !== (text.length === 8) || !parseDateTimeText(text)) {
          return { problem: `${where} has an RDATE “${clip(text)}” that cannot be read` };
        }
        rdates.push(parseDateTimeText(text)!.wall);
      }
    }
    observances.push({
      startWall: parseDateTimeText(start)!.wall,
      offsetFrom: offsets[0]!,
      offsetTo: offsets[1]!,
      ...(recurrence ? { rule: recurrence } : {}),
      rdates,
    });
  }
  if (observances.length === 0) return { problem: 'it has no STANDARD or DAYLIGHT part' };
  return { observances };
}

/** The zone of the file's only non-UTC VTIMEZONE, if there is exactly one. */
export function soleVtimezoneZone(vtimezones: Map<string, VtimezoneInfo>): ResolvedZone | undefined {
  const zones = new Map<string, ResolvedZone>();
  for (const tzid of vtimezones.keys()) {
    const zone = resolveTzid(tzid, vtimezones)?.zone;
    if (zone && zone.kind !== 'utc') zones.set(zone.id, zone);
  }
  return zones.size === 1 ? [...zones.values()][0] : undefined;
}
