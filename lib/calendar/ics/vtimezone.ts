/**
 * The file's own time zones (VTIMEZONE) and the calendar-wide headers read before any event:
 * X-WR-TIMEZONE and X-WR-CALNAME.
 */
import ICAL from 'ical.js';
import {
  guardVtimezone,
  type ResolvedZone,
  resolveTzid,
  type VtimezoneBudget,
  type VtimezoneInfo,
  vtimezoneBudget,
} from '../timezones';
import { all, buildTree, type Comp, first, type LogicalLine, parseContentLine } from './content-lines';
import { readRule } from './expansion';
import { clip, parseDateTimeText, unescapeText } from './values';
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
  const budget = vtimezoneBudget();
  let nextPause = LINES_PER_PAUSE;
  for (let index = 0; index < lines.length; index++) {
    if (index >= nextPause) {
      yield;
      nextPause = index + LINES_PER_PAUSE;
    }
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
export function soleVtimezoneZone(vtimezones: Map<string, VtimezoneInfo>): ResolvedZone | undefined {
  const zones = new Map<string, ResolvedZone>();
  for (const tzid of vtimezones.keys()) {
    const zone = resolveTzid(tzid, vtimezones)?.zone;
    if (zone && zone.kind !== 'utc') zones.set(zone.id, zone);
  }
  return zones.size === 1 ? [...zones.values()][0] : undefined;
}
