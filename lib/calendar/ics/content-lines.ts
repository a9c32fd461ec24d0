/**
 * Content lines (RFC 5545 §3.1): unfolding, NAME;PARAM=value:value, and the component tree
 * (BEGIN/END), read in one pass with work linear in the size of the file.
 */
import { IcsError } from './errors';
import { runToEnd, type Work } from './work';

/** Lines read between two chances to pause. */
const LINES_PER_STEP = 512;

export interface Prop {
  name: string;
  params: Record<string, string>;
  value: string;
  line: number;
}

export interface Comp {
  name: string;
  line: number;
  props: Prop[];
  children: Comp[];
  /** Lines of this component that could not be read. */
  problems: { line: number; text: string }[];
  /** Set when the component was never closed properly. */
  unclosed?: boolean;
}

export function checkLooksLikeCalendar(text: string): void {
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

export interface LogicalLine {
  text: string;
  line: number;
}

/**
 * Logical lines of the text (folded lines joined), pausing every LINES_PER_STEP × 8 lines. The
 * lines are joined by a plain function between pauses (see buildTreeWork).
 */
export function* unfoldWork(text: string): Work<LogicalLine[]> {
  // split('\n') is much faster than a regex on a large file; files with bare CRs need the regex.
  const bareCr = text.includes('\r') && /\r(?!\n)/.test(text);
  const raw = bareCr ? text.split(/\r\n|\n|\r/) : text.split('\n');
  const out: LogicalLine[] = [];
  const step = LINES_PER_STEP * 8;
  // Pauses before raw lines step - 1, 2 × step - 1, …
  for (let from = 0; from < raw.length; ) {
    const to = Math.min(raw.length, from === 0 ? step - 1 : from + step);
    unfoldLines(raw, from, to, out);
    from = to;
    if (from < raw.length) yield;
  }
  return out;
}

/** Raw lines [from, to) onto `out`, a line that starts with a space or tab joined to the last. */
function unfoldLines(raw: string[], from: number, to: number, out: LogicalLine[]): void {
  let current = out[out.length - 1];
  for (let index = from; index < to; index++) {
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
}

const NAME_RE = /^[A-Za-z0-9-]+$/;
const NO_NAMES = new Set<string>();

/** A-Z, a-z, 0-9 and '-': what NAME_RE accepts. */
function isNameChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45;
}

interface ParsedLine {
  prop?: Prop;
  error?: string;
  repaired?: string;
  /** A well-formed line whose property is not needed. */
  ignored?: boolean;
}

// Shared answers for the common no-property outcomes (most lines of a big feed are skipped):
// one object per line less to allocate and collect. Callers only read them.
const IGNORED: ParsedLine = Object.freeze({ ignored: true });
const NOT_A_LINE: ParsedLine = Object.freeze({ error: 'not a calendar line' });

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
/** Components read in full (time zones: their parts become rules, see vtimezone.ts). */
const FULL_COMPONENTS = new Set(['VTIMEZONE', 'STANDARD', 'DAYLIGHT']);

/**
 * One unfolded content line: NAME;PARAM=value;PARAM="quoted":value. With `wanted`, other
 * property names are only checked for shape, and only `wantedParams` are kept.
 */
export function parseContentLine(
  text: string,
  line: number,
  wanted?: Set<string>,
  wantedParams?: Set<string>,
): ParsedLine {
  const n = text.length;
  let i = 0;
  // Whether the name is all [A-Za-z0-9-] is known from the scan itself: no regex per line.
  let plainName = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 58 || c === 59) break; // ':' ';'
    if (plainName && !isNameChar(c)) plainName = false;
    i++;
  }
  const rawName = text.slice(0, i);
  const name = plainName && i > 0 ? rawName : rawName.trim();
  if (!(plainName && i > 0) && !NAME_RE.test(name)) return NOT_A_LINE;
  const upperName = name.toUpperCase();
  if (wanted && i < n && upperName !== 'BEGIN' && upperName !== 'END' && !wanted.has(upperName)) {
    return IGNORED;
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
export function buildTree(lines: LogicalLine[], warn: (message: string) => void): Tree {
  return runToEnd(buildTreeWork(lines, warn));
}

/** Where buildTreeWork is between two pauses. */
interface TreeState {
  lines: LogicalLine[];
  warn: (message: string) => void;
  onEvent: ((event: Comp) => void) | undefined;
  roots: Comp[];
  stack: Comp[];
  /**
   * How many components of each name are open: an END that matches none of them is known at
   * once, instead of scanning the whole stack for every END (quadratic on deep nesting).
   */
  open: Map<string, number>;
  lastLine: number;
  firstBadLine: Tree['firstBadLine'];
}

/**
 * buildTree as work that pauses every LINES_PER_STEP lines. The lines themselves are read by
 * a plain function between pauses: V8 optimizes a hot loop inside a generator late (no
 * on-stack replacement there), which made the first expansion of a big file slow.
 */
export function* buildTreeWork(
  lines: LogicalLine[],
  warn: (message: string) => void,
  onEvent?: (event: Comp) => void,
): Work<Tree> {
  const state: TreeState = {
    lines,
    warn,
    onEvent,
    roots: [],
    stack: [],
    open: new Map(),
    lastLine: 0,
    firstBadLine: undefined,
  };
  // Pauses before lines LINES_PER_STEP - 1, 2 × LINES_PER_STEP - 1, …
  for (let from = 0; from < lines.length; ) {
    const to = Math.min(lines.length, from === 0 ? LINES_PER_STEP - 1 : from + LINES_PER_STEP);
    readTreeLines(state, from, to);
    from = to;
    if (from < lines.length) yield;
  }
  const { roots, stack, lastLine, firstBadLine } = state;
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

/** Lines [from, to) into the tree of `state`. */
function readTreeLines(state: TreeState, from: number, to: number): void {
  const { lines, warn, onEvent, roots, stack, open } = state;
  for (let index = from; index < to; index++) {
    const { text, line } = lines[index]!;
    if (
      text.length === 0 ||
      ((text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32) && text.trim() === '')
    ) {
      continue;
    }
    state.lastLine = line;
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
      state.firstBadLine ??= { line, text };
      if (top) top.problems.push({ line, text });
      else warn(`Line ${line} is outside the calendar and was ignored.`);
      continue;
    }
    if (parsed.repaired) warn(parsed.repaired);
    const prop = parsed.prop;
    if (prop.name === 'BEGIN') {
      const comp: Comp = { name: prop.value.trim().toUpperCase(), line, props: [], children: [], problems: [] };
      stack.push(comp);
      open.set(comp.name, (open.get(comp.name) ?? 0) + 1);
      continue;
    }
    if (prop.name === 'END') {
      const name = prop.value.trim().toUpperCase();
      const at = open.get(name) ? findLastIndex(stack, (comp) => comp.name === name) : -1;
      if (at < 0) {
        if (top) top.problems.push({ line, text });
        else warn(`Line ${line} (END:${name}) has no matching BEGIN and was ignored.`);
        continue;
      }
      while (stack.length > at) {
        const done = stack.pop()!;
        open.set(done.name, (open.get(done.name) ?? 1) - 1);
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

export function first(comp: Comp, name: string): Prop | undefined {
  return indexOf(comp).get(name)?.[0];
}

export function all(comp: Comp, name: string): Prop[] {
  return indexOf(comp).get(name) ?? NO_PROPS;
}

/** RFC 5545 TEXT: \n \N → newline, \, \; \\ → the character. Other backslashes are kept. */
