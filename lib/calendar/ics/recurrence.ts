/**
 * The one recurrence engine: RFC 5545 RRULEs in floating wall time (milliseconds whose UTC
 * fields are the local clock), so a 10:00 meeting stays at 10:00 across DST changes.
 *
 * Our own rather than ical.js's iterator: ical.js walks monthly and yearly rules one period at
 * a time from DTSTART (a rule from 1900 costs a century of steps before the window) and can
 * only be bounded by overriding its private methods. This one jumps straight to the window for
 * every frequency (unless COUNT needs the instances before it), and its work is bounded by a
 * step budget and a wall-clock deadline it checks itself.
 *
 * Covered: FREQ (SECONDLY…YEARLY), INTERVAL, COUNT, UNTIL, BYSECOND, BYMINUTE, BYHOUR, BYDAY
 * (with ordinals for MONTHLY and YEARLY), BYMONTHDAY (negatives too), BYYEARDAY, BYWEEKNO,
 * BYMONTH, BYSETPOS, WKST. DTSTART is always the first instance and counts towards COUNT.
 */
import { DAY, dayNumberOf, daysInMonth, HOUR, MINUTE, SECOND, weekdayOfDay, ymdOfDay } from './values';

type Frequency = 'SECONDLY' | 'MINUTELY' | 'HOURLY' | 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';

interface WeekdayRule {
  /** 0 = every such weekday of the period; ±n = the n-th from the start or the end. */
  nth: number;
  /** 0 = Sunday. */
  weekday: number;
}

export interface RecurrenceRule {
  freq: Frequency;
  interval: number;
  count?: number;
  until?: { wall: number; isDate: boolean; utc: boolean };
  bySecond?: number[];
  byMinute?: number[];
  byHour?: number[];
  byDay?: WeekdayRule[];
  byMonthDay?: number[];
  byYearDay?: number[];
  byWeekNo?: number[];
  byMonth?: number[];
  bySetPos?: number[];
  /** Week start, 0 = Sunday (default Monday). */
  wkst: number;
}

const FREQUENCIES = new Set<Frequency>(['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);
const WEEKDAYS: Readonly<Record<string, number>> = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 };
const KNOWN_PARTS = new Set([
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

export type ParsedRule = { rule: RecurrenceRule; notes: string[]; never?: boolean } | { error: string };

/** Integers of a BY… list within [min, max], zero excluded unless `min` is 0; undefined if any is not. */
function integerList(value: string, min: number, max: number): number[] | undefined {
  const out: number[] = [];
  for (const item of value.split(',')) {
    const text = item.trim();
    if (!/^[+-]?\d{1,4}$/.test(text)) return undefined;
    const number = Number(text);
    if (number < min || number > max || (number === 0 && min !== 0)) return undefined;
    if (!out.includes(number)) out.push(number);
  }
  return out;
}

/**
 * An RRULE value, read leniently: unknown parts are dropped (with a note), INTERVAL=0 is read
 * as 1, a doubled "RRULE:" prefix is removed. `parseUntil` reads the UNTIL date-time.
 */
export function parseRecurrenceRule(
  value: string,
  parseUntil: (text: string) => RecurrenceRule['until'] | undefined,
  clip: (text: string, max?: number) => string,
): ParsedRule {
  let text = value.trim();
  const notes: string[] = [];
  while (/^RRULE:/i.test(text)) {
    text = text.slice(6).trim();
    notes.push('a doubled “RRULE:” prefix was removed');
  }
  const rule: Partial<RecurrenceRule> & { wkst: number; interval: number } = { wkst: 1, interval: 1 };
  const dropped: string[] = [];
  const unreadable = (key: string, val: string) => ({ error: `its repeat rule cannot be read (${key}=${clip(val)})` });
  for (const part of text.split(';')) {
    if (!part.trim()) continue;
    const eq = part.indexOf('=');
    const key = eq > 0 ? part.slice(0, eq).trim().toUpperCase() : '';
    const val = eq > 0 ? part.slice(eq + 1).trim() : '';
    if (!key || !KNOWN_PARTS.has(key) || !val) {
      dropped.push(part.trim());
      continue;
    }
    switch (key) {
      case 'FREQ': {
        const freq = val.toUpperCase() as Frequency;
        if (!FREQUENCIES.has(freq)) return { error: `its repeat frequency “${clip(val)}” is unknown` };
        rule.freq = freq;
        break;
      }
      case 'UNTIL': {
        const until = parseUntil(val);
        if (!until) return { error: `its UNTIL “${clip(val)}” cannot be read` };
        rule.until = until;
        break;
      }
      case 'COUNT': {
        const count = Number.parseInt(val, 10);
        if (!Number.isFinite(count) || count < 0) return { error: `its COUNT “${clip(val)}” cannot be read` };
        rule.count = count;
        break;
      }
      case 'INTERVAL': {
        const interval = Number.parseInt(val, 10);
        rule.interval = Number.isFinite(interval) && interval >= 1 ? interval : 1;
        break;
      }
      case 'WKST': {
        const day = WEEKDAYS[val.toUpperCase()];
        if (day === undefined) return unreadable(key, val);
        rule.wkst = day;
        break;
      }
      case 'BYDAY': {
        const days: WeekdayRule[] = [];
        for (const item of val.split(',')) {
          const match = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/i.exec(item.trim());
          if (!match) return unreadable(key, val);
          const nth = match[1] ? Number(match[1]) : 0;
          if (Math.abs(nth) > 53) return unreadable(key, val);
          days.push({ nth, weekday: WEEKDAYS[match[2]!.toUpperCase()]! });
        }
        rule.byDay = days;
        break;
      }
      default: {
        const [min, max, field] = LIST_PARTS[key]!;
        const list = integerList(val, min, max);
        if (!list) return unreadable(key, val);
        rule[field] = list;
      }
    }
  }
  if (!rule.freq) return { error: 'its repeat rule has no FREQ' };
  if (dropped.length) notes.push(`unknown parts ignored: ${clip(dropped.join(';'), 40)}`);
  const never = neverMatches(rule as RecurrenceRule);
  if (never) notes.push('its repeat rule can never match (no such day), so only DTSTART is an occurrence');
  return { rule: rule as RecurrenceRule, notes, ...(never ? { never } : {}) };
}

type ListField = 'bySecond' | 'byMinute' | 'byHour' | 'byMonthDay' | 'byYearDay' | 'byWeekNo' | 'byMonth' | 'bySetPos';
const LIST_PARTS: Record<string, [number, number, ListField]> = {
  BYSECOND: [0, 60, 'bySecond'],
  BYMINUTE: [0, 59, 'byMinute'],
  BYHOUR: [0, 23, 'byHour'],
  BYMONTHDAY: [-31, 31, 'byMonthDay'],
  BYYEARDAY: [-366, 366, 'byYearDay'],
  BYWEEKNO: [-53, 53, 'byWeekNo'],
  BYMONTH: [1, 12, 'byMonth'],
  BYSETPOS: [-366, 366, 'bySetPos'],
};

/** BYMONTHDAY values that no BYMONTH month has (e.g. 30 in February): nothing but DTSTART. */
function neverMatches(rule: RecurrenceRule): boolean {
  if (!rule.byMonthDay) return false;
  const months = rule.byMonth ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  return !months.some((month) => {
    const length = month === 2 ? 29 : daysInMonth(2001, month);
    return rule.byMonthDay!.some((day) => Math.abs(day) <= length);
  });
}

// ---------------------------------------------------------------------------------------
// Expansion
// ---------------------------------------------------------------------------------------

export interface RuleLimits {
  /** Periods (and skipped days) the rule may look at. */
  maxSteps: number;
  /** Steps taken so far (updated as the rule runs). */
  used: number;
  /** performance.now() after which the rule stops. */
  deadline: number;
}

/** Why a rule stopped before its end. */
export type RuleStop = 'steps' | 'deadline';

/** Yielded between instances every so often so a sliced caller can pause; never an instance. */
const MAY_PAUSE = Number.NaN;
const PAUSE_EVERY = 256;
/** Steps a rule may always take, whatever the clock says. */
const STEPS_BEFORE_DEADLINE = 4_096;

/** Year facts, built once per year a rule looks at. */
interface YearFacts {
  year: number;
  firstDay: number;
  length: number;
  /** Day-of-year index (0-based) of each month's first day; [12] = length. */
  monthStarts: number[];
  /** Day-of-year indexes in the rule's BYWEEKNO weeks (undefined without BYWEEKNO). */
  weekNoDays?: Set<number>;
}

/** The rule with RFC 5545's defaults filled in from DTSTART, ready to expand. */
interface Plan {
  rule: RecurrenceRule;
  startWall: number;
  /** Plain weekdays (BYDAY without ordinal, or any BYDAY below MONTHLY). */
  weekdays?: Set<number>;
  /** BYDAY with ordinals (MONTHLY, YEARLY). */
  nthDays?: WeekdayRule[];
  byMonthDay?: number[];
  byMonth?: Set<number>;
  /** Times of day (ms) for DAILY and coarser. */
  times: number[];
  years: Map<number, YearFacts>;
}

function planOf(rule: RecurrenceRule, startWall: number): Plan {
  const startDay = Math.floor(startWall / DAY);
  const [, startMonth, startDate] = ymdOfDay(startDay);
  const timeOfDay = startWall - startDay * DAY;
  const plan: Plan = { rule, startWall, times: [], years: new Map() };
  let byMonth = rule.byMonth;
  let byMonthDay = rule.byMonthDay;
  let byDay = rule.byDay;
  if (!rule.byWeekNo && !rule.byYearDay && !byMonthDay && !byDay) {
    if (rule.freq === 'YEARLY') {
      byMonth ??= [startMonth];
      byMonthDay = [startDate];
    } else if (rule.freq === 'MONTHLY') byMonthDay = [startDate];
    else if (rule.freq === 'WEEKLY') byDay = [{ nth: 0, weekday: weekdayOfDay(startDay) }];
  }
  if (byMonth) plan.byMonth = new Set(byMonth);
  if (byMonthDay) plan.byMonthDay = byMonthDay;
  const ordinalsApply = (rule.freq === 'MONTHLY' || rule.freq === 'YEARLY') && !rule.byWeekNo;
  for (const day of byDay ?? []) {
    if (day.nth !== 0 && ordinalsApply) {
      plan.nthDays ??= [];
      plan.nthDays.push(day);
    } else {
      plan.weekdays ??= new Set();
      plan.weekdays.add(day.weekday);
    }
  }
  const hours = rule.byHour ?? [Math.floor(timeOfDay / HOUR)];
  const minutes = rule.byMinute ?? [Math.floor((timeOfDay % HOUR) / MINUTE)];
  const seconds = rule.bySecond ?? [Math.floor((timeOfDay % MINUTE) / SECOND)];
  for (const hour of hours)
    for (const minute of minutes)
      for (const second of seconds) plan.times.push(hour * HOUR + minute * MINUTE + Math.min(59, second) * SECOND);
  plan.times.sort((a, b) => a - b);
  return plan;
}

function yearFacts(plan: Plan, year: number): YearFacts {
  let facts = plan.years.get(year);
  if (facts) return facts;
  const firstDay = dayNumberOf(year, 1, 1);
  const length = dayNumberOf(year + 1, 1, 1) - firstDay;
  const monthStarts: number[] = [];
  for (let month = 1; month <= 13; month++) {
    monthStarts.push(month === 13 ? length : dayNumberOf(year, month, 1) - firstDay);
  }
  facts = { year, firstDay, length, monthStarts };
  if (plan.rule.byWeekNo) facts.weekNoDays = weekNoDays(plan.rule.byWeekNo, plan.rule.wkst, firstDay, length);
  if (plan.years.size > 8) plan.years.clear();
  plan.years.set(year, facts);
  return facts;
}

/**
 * Day-of-year indexes of the given week numbers (RFC 5545: week 1 is the first week, starting
 * on WKST, with at least four days of the year; negative numbers count from the last week).
 * Days of those weeks that fall in the neighbouring years are left out (they belong to them).
 */
function weekNoDays(weeks: number[], wkst: number, firstDay: number, length: number): Set<number> {
  const firstWeekday = weekdayOfDay(firstDay);
  // Offset of week 1's first day from 1 January (negative: it starts in December).
  const shift = (firstWeekday - wkst + 7) % 7;
  const week1 = shift >= 4 ? 7 - shift : -shift;
  const lastDayWeekStart = (() => {
    const nextFirstWeekday = weekdayOfDay(firstDay + length);
    const nextShift = (nextFirstWeekday - wkst + 7) % 7;
    return length + (nextShift >= 4 ? 7 - nextShift : -nextShift);
  })();
  const weekCount = Math.round((lastDayWeekStart - week1) / 7);
  const days = new Set<number>();
  for (const week of weeks) {
    const number = week > 0 ? week : weekCount + week + 1;
    if (number < 1 || number > weekCount) continue;
    const start = week1 + (number - 1) * 7;
    for (let index = start; index < start + 7; index++) if (index >= 0 && index < length) days.add(index);
  }
  return days;
}

/** The n-th given weekday in days [first, last] (day numbers), or undefined. */
function nthWeekday(first: number, last: number, nth: number, weekday: number): number | undefined {
  const day =
    nth > 0
      ? first + ((weekday - weekdayOfDay(first) + 7) % 7) + (nth - 1) * 7
      : last - ((weekdayOfDay(last) - weekday + 7) % 7) + (nth + 1) * 7;
  return day >= first && day <= last ? day : undefined;
}

/** Whether day (a day number) passes the rule's day filters. */
function dayMatches(plan: Plan, day: number, nthMatches: Set<number> | undefined): boolean {
  const rule = plan.rule;
  const needsDate = plan.byMonth || plan.byMonthDay || rule.byYearDay || plan.rule.byWeekNo;
  if (needsDate) {
    const [year, month, date] = ymdOfDay(day);
    if (plan.byMonth && !plan.byMonth.has(month)) return false;
    if (plan.byMonthDay) {
      const length = daysInMonth(year, month);
      if (!plan.byMonthDay.some((wanted) => wanted === date || wanted === date - length - 1)) return false;
    }
    if (rule.byYearDay || rule.byWeekNo) {
      const facts = yearFacts(plan, year);
      const index = day - facts.firstDay;
      if (rule.byYearDay && !rule.byYearDay.some((wanted) => wanted === index + 1 || wanted === index - facts.length))
        return false;
      if (facts.weekNoDays && !facts.weekNoDays.has(index)) return false;
    }
  }
  if (plan.weekdays || plan.nthDays) {
    const plain = plan.weekdays?.has(weekdayOfDay(day)) ?? false;
    if (!plain && !(nthMatches?.has(day) ?? false)) return false;
  }
  return true;
}

/** Days matching BYDAY ordinals in a MONTHLY or YEARLY period [first, last]. */
function nthMatchesIn(plan: Plan, first: number, last: number): Set<number> | undefined {
  if (!plan.nthDays) return undefined;
  const matches = new Set<number>();
  const ranges: [number, number][] = [];
  if (plan.rule.freq === 'YEARLY' && plan.byMonth) {
    // With BYMONTH, ordinals count within each month (RFC 5545, BYDAY note).
    const [year] = ymdOfDay(first);
    for (const month of plan.byMonth) {
      const start = dayNumberOf(year, month, 1);
      ranges.push([start, start + daysInMonth(year, month) - 1]);
    }
  } else ranges.push([first, last]);
  for (const [start, end] of ranges) {
    for (const { nth, weekday } of plan.nthDays) {
      const day = nthWeekday(start, end, nth, weekday);
      if (day !== undefined) matches.add(day);
    }
  }
  return matches;
}

/** Candidate starts of one DAILY/WEEKLY/MONTHLY/YEARLY period, ascending, BYSETPOS applied. */
function periodCandidates(plan: Plan, first: number, last: number): number[] {
  const nth = nthMatchesIn(plan, first, last);
  const out: number[] = [];
  for (let day = first; day <= last; day++) {
    if (!dayMatches(plan, day, nth)) continue;
    for (const time of plan.times) out.push(day * DAY + time);
  }
  return applySetPos(plan.rule.bySetPos, out);
}

function applySetPos(positions: number[] | undefined, sorted: number[]): number[] {
  if (!positions || sorted.length === 0) return sorted;
  const picked = new Set<number>();
  for (const position of positions) {
    const index = position > 0 ? position - 1 : sorted.length + position;
    const value = sorted[index];
    if (value !== undefined) picked.add(value);
  }
  return [...picked].sort((a, b) => a - b);
}

/** First and last day of period `index` (DAILY…YEARLY). */
function periodDays(plan: Plan, index: number): [number, number] {
  const rule = plan.rule;
  const startDay = Math.floor(plan.startWall / DAY);
  const step = index * rule.interval;
  switch (rule.freq) {
    case 'DAILY':
      return [startDay + step, startDay + step];
    case 'WEEKLY': {
      const weekStart = startDay - ((weekdayOfDay(startDay) - rule.wkst + 7) % 7) + step * 7;
      return [weekStart, weekStart + 6];
    }
    case 'MONTHLY': {
      const [year, month] = ymdOfDay(startDay);
      const monthIndex = year * 12 + (month - 1) + step;
      const y = Math.floor(monthIndex / 12);
      const m = (monthIndex % 12) + 1;
      const first = dayNumberOf(y, m, 1);
      return [first, first + daysInMonth(y, m) - 1];
    }
    default: {
      const [year] = ymdOfDay(startDay);
      return [dayNumberOf(year + step, 1, 1), dayNumberOf(year + step + 1, 1, 1) - 1];
    }
  }
}

/** The first period index whose days can reach `wall` (a little early is fine). */
function periodIndexNear(plan: Plan, wall: number): number {
  const rule = plan.rule;
  const startDay = Math.floor(plan.startWall / DAY);
  const day = Math.floor(wall / DAY);
  let periods: number;
  switch (rule.freq) {
    case 'DAILY':
      periods = day - startDay;
      break;
    case 'WEEKLY':
      periods = Math.floor((day - startDay) / 7);
      break;
    case 'MONTHLY': {
      const [y1, m1] = ymdOfDay(startDay);
      const [y2, m2] = ymdOfDay(day);
      periods = (y2 - y1) * 12 + (m2 - m1);
      break;
    }
    default:
      periods = ymdOfDay(day)[0] - ymdOfDay(startDay)[0];
  }
  return Math.max(0, Math.floor(periods / rule.interval) - 1);
}

const SUB_DAILY_MS: Partial<Record<Frequency, number>> = { SECONDLY: SECOND, MINUTELY: MINUTE, HOURLY: HOUR };

/**
 * Wall-clock starts of the rule from DTSTART (`startWall`) up to `limit` (inclusive), in
 * ascending order: DTSTART first, then the rule's instances after it, COUNT counting both.
 * Starts before `from` are not yielded (DTSTART excepted), only counted for COUNT. Yields
 * MAY_PAUSE now and then; returns why it stopped early, if it did.
 */
export function* ruleStarts(
  rule: RecurrenceRule,
  startWall: number,
  from: number,
  limit: number,
  limits: RuleLimits,
  now: () => number,
): Generator<number, RuleStop | undefined, void> {
  if (rule.count === 0 || startWall > limit) return undefined;
  yield startWall;
  let produced = 1;
  const count = rule.count ?? Number.POSITIVE_INFINITY;
  const plan = planOf(rule, startWall);
  /** Counts a step; a reason to stop when the budget or the deadline is spent. */
  const spend = (): RuleStop | undefined => {
    if (++limits.used > limits.maxSteps) return 'steps';
    // Real rules need a few thousand steps at most: only longer ones are held to the deadline,
    // so a busy machine (the clock runs on while this process waits) never cuts a real one.
    if (limits.used % PAUSE_EVERY === 0 && limits.used >= STEPS_BEFORE_DEADLINE && now() > limits.deadline)
      return 'deadline';
    return undefined;
  };
  const subDaily = SUB_DAILY_MS[rule.freq] ?? (isPlain(rule) && rule.freq === 'DAILY' ? DAY : undefined);
  if (subDaily !== undefined) {
    const step = subDaily * rule.interval;
    let index = 1;
    let end = limit;
    if (isPlain(rule)) {
      // Instance k is at DTSTART + k steps: COUNT only moves the end, and nothing before the
      // window needs to be walked through, COUNT or not.
      if (rule.count !== undefined) end = Math.min(end, startWall + (rule.count - 1) * step);
      if (from - startWall > 2 * step) {
        index = Math.floor((from - startWall) / step) - 1;
        produced = index;
      }
    } else if (rule.count === undefined && from - startWall > 2 * step) {
      index = Math.floor((from - startWall) / step) - 1;
    }
    let checkedDay = Number.NaN;
    let dayOk = false;
    const candidates: number[] = [];
    const single = holdsOneStart(rule);
    for (;;) {
      const stop = spend();
      if (stop) return stop;
      if (limits.used % PAUSE_EVERY === 0) yield MAY_PAUSE;
      const base = startWall + index * step;
      if (base > end) return undefined;
      const day = Math.floor(base / DAY);
      if (day !== checkedDay) {
        checkedDay = day;
        dayOk = dayMatches(plan, day, undefined);
      }
      if (!dayOk) {
        // Nothing this day: jump to the first period of the next one.
        index = Math.max(index + 1, Math.ceil(((day + 1) * DAY - startWall) / step));
        continue;
      }
      index++;
      if (single) {
        // The common case, without building a list: the period's own start, if it passes.
        if (!passesTimeFilters(rule, base) || base <= startWall) continue;
        if (base > end || produced >= count) return undefined;
        produced++;
        if (base >= from) yield base;
        continue;
      }
      subDailyCandidates(plan, base, candidates);
      for (let k = 0; k < candidates.length; k++) {
        const wall = candidates[k]!;
        if (wall <= startWall) continue;
        if (wall > end || produced >= count) return undefined;
        produced++;
        // Before the window an instance only counts (for COUNT); handing it over costs more.
        if (wall >= from) yield wall;
      }
    }
  }
  let index = rule.count === undefined ? periodIndexNear(plan, from) : 0;
  for (; ; index++) {
    const stop = spend();
    if (stop) return stop;
    if (limits.used % PAUSE_EVERY === 0) yield MAY_PAUSE;
    const [first, last] = periodDays(plan, index);
    if (first * DAY > limit) return undefined;
    const candidates = periodCandidates(plan, first, last);
    for (let k = 0; k < candidates.length; k++) {
      const wall = candidates[k]!;
      if (wall <= startWall) continue;
      if (wall > limit || produced >= count) return undefined;
      produced++;
      if (wall >= from) yield wall;
    }
  }
}

/** A rule without BY parts: every period holds exactly one instance, DTSTART's time. */
function isPlain(rule: RecurrenceRule): boolean {
  return (
    !rule.bySecond &&
    !rule.byMinute &&
    !rule.byHour &&
    !rule.byDay &&
    !rule.byMonthDay &&
    !rule.byYearDay &&
    !rule.byWeekNo &&
    !rule.byMonth &&
    !rule.bySetPos
  );
}

/** Whether each HOURLY/MINUTELY/SECONDLY (or plain DAILY) period holds at most its own start. */
function holdsOneStart(rule: RecurrenceRule): boolean {
  if (rule.bySetPos) return false;
  if (rule.freq === 'DAILY') return true;
  if (rule.freq === 'HOURLY' && rule.byMinute) return false;
  return rule.freq === 'SECONDLY' || !rule.bySecond;
}

/** Whether a period start passes BYHOUR, BYMINUTE and BYSECOND (those that filter at its frequency). */
function passesTimeFilters(rule: RecurrenceRule, base: number): boolean {
  if (!rule.byHour && !rule.byMinute && !rule.bySecond) return true;
  const timeOfDay = base - Math.floor(base / DAY) * DAY;
  if (rule.byHour && !rule.byHour.includes(Math.floor(timeOfDay / HOUR))) return false;
  if (rule.freq !== 'HOURLY' && rule.byMinute && !rule.byMinute.includes(Math.floor((timeOfDay % HOUR) / MINUTE)))
    return false;
  if (rule.freq === 'SECONDLY' && rule.bySecond && !rule.bySecond.includes(Math.floor((timeOfDay % MINUTE) / SECOND)))
    return false;
  return true;
}

/**
 * Starts within one HOURLY/MINUTELY/SECONDLY (or plain DAILY) period beginning at `base`, whose
 * day matched, into `out` (reused: this runs for every period of rules that can take millions).
 */
function subDailyCandidates(plan: Plan, base: number, out: number[]): void {
  out.length = 0;
  const rule = plan.rule;
  if (rule.freq === 'DAILY') {
    out.push(base);
    return;
  }
  const dayStart = Math.floor(base / DAY) * DAY;
  const timeOfDay = base - dayStart;
  const hour = Math.floor(timeOfDay / HOUR);
  if (rule.byHour && !rule.byHour.includes(hour)) return;
  const minute = Math.floor((timeOfDay % HOUR) / MINUTE);
  const second = Math.floor((timeOfDay % MINUTE) / SECOND);
  if (rule.freq !== 'HOURLY' && rule.byMinute && !rule.byMinute.includes(minute)) return;
  if (rule.freq === 'SECONDLY' && rule.bySecond && !rule.bySecond.includes(second)) return;
  const minutes = rule.freq === 'HOURLY' && rule.byMinute ? rule.byMinute : undefined;
  const seconds = rule.freq !== 'SECONDLY' && rule.bySecond ? rule.bySecond : undefined;
  if (!minutes && !seconds) {
    out.push(base);
  } else {
    for (const m of minutes ?? [minute])
      for (const s of seconds ?? [second]) out.push(dayStart + hour * HOUR + m * MINUTE + Math.min(59, s) * SECOND);
    out.sort((a, b) => a - b);
  }
  if (rule.bySetPos) {
    const picked = applySetPos(rule.bySetPos, out);
    out.length = 0;
    out.push(...picked);
  }
}
