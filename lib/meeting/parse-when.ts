/**
 * Turn the "when" text that calendar pages print into a start and an end:
 *
 *   Google popover    "Tuesday, November 24⋅10:00 – 11:30am", "mercredi 26 avril⋅14:00 – 15:00"
 *   Google editor     "Tuesday, November 24, 2026 10:00am – Tuesday, November 24, 2026 11:00am"
 *   Outlook peek      "Tue 11/24/2026 10:00 AM - 11:00 AM"
 *   Outlook compose   "11/24/2026 2:00 PM - 3:30 PM"
 *   others            "24.11.2026 14:00–15:30", "2026年11月24日 10:00～11:30", ISO "2026-11-24T10:00"
 *
 * Dates are found first (numeric, or a month name in English, German, French, Spanish,
 * Portuguese, Italian or Dutch, or CJK 年月日), then times (with a 12-hour marker, or with
 * minutes). Weekday names and other words are ignored. Text it cannot read gives null; it
 * never throws. Pure: no DOM, no browser API.
 */
import { TZDate } from '@date-fns/tz';

export interface ParsedWhen {
  start: Date;
  end: Date;
  /** True when the text carried dates but no times. */
  allDay: boolean;
}

export interface ParseWhenOptions {
  /** A year missing from the text is the one that puts the date nearest to this. Default: now. */
  reference?: Date | number;
  /** IANA zone the page prints its times in; '' or undefined = the runtime's zone. */
  timeZone?: string;
  /** Read "05/11/2026" as 5 November (most of the world) instead of May 11 (US). */
  dayFirst?: boolean;
}

interface DatePart {
  at: number;
  year?: number;
  month: number;
  day: number;
}

interface TimePart {
  at: number;
  hour: number;
  minute: number;
  /** 'am' | 'pm' when the text said so. */
  marker?: 'am' | 'pm';
}

const MONTHS: Record<string, number> = {};
function months(names: string, first = 1): void {
  names.split(' ').forEach((group, index) => {
    for (const name of group.split('|')) MONTHS[name] = first + index;
  });
}
// English, German, French, Spanish, Portuguese, Italian, Dutch: full names and abbreviations.
months(
  'january|jan february|feb march|mar april|apr may june|jun july|jul august|aug september|sep|sept october|oct november|nov december|dec',
);
months(
  'januar|jän|jänner februar|feb märz|mär|maerz april mai juni juli august september oktober|okt november dezember|dez',
);
months(
  'janvier|janv février|févr|fevrier mars avril|avr mai juin juillet|juil août|aout septembre octobre novembre décembre|déc|decembre',
);
months(
  'enero|ene febrero marzo abril|abr mayo junio julio agosto|ago septiembre|setiembre octubre noviembre diciembre|dic',
);
months(
  'janeiro fevereiro|fev março|marco abril maio junho julho agosto setembro|set outubro|out novembro dezembro|dez',
);
months(
  'gennaio|gen febbraio marzo aprile maggio|mag giugno|giu luglio|lug agosto settembre|set ottobre|ott novembre dicembre|dic',
);
months('januari februari maart|mrt april mei juni juli augustus september oktober november december');

const MAX_INPUT = 400;

function monthOf(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

function normalise(text: string): string {
  let t = text.slice(0, MAX_INPUT);
  try {
    t = t.normalize('NFKC');
  } catch {
    // keep as is
  }
  return t
    .replace(/[\u00A0\u2007\u202F\u2009\u200A]/g, ' ')
    .replace(/[\u200B-\u200F\u2060\uFEFF]/g, '')
    .replace(/[⋅·•|]/g, ' , ')
    .replace(/[–—‐‑−～〜~]/g, ' - ');
}

/** Replace a match with spaces of the same length so later positions stay comparable. */
function blank(text: string, index: number, length: number): string {
  return text.slice(0, index) + ' '.repeat(length) + text.slice(index + length);
}

function findDates(input: string, dayFirst: boolean): { dates: DatePart[]; rest: string } {
  let text = input;
  const dates: DatePart[] = [];
  const take = (regex: RegExp, read: (m: RegExpExecArray) => Omit<DatePart, 'at'> | null) => {
    const found: { index: number; length: number; part: Omit<DatePart, 'at'> }[] = [];
    for (const m of text.matchAll(regex)) {
      const part = read(m);
      if (part) found.push({ index: m.index, length: m[0].length, part });
    }
    for (const f of found) {
      dates.push({ at: f.index, ...f.part });
      text = blank(text, f.index, f.length);
    }
  };
  // CJK: 2026年11月24日, 11月24日 (Korean: 2026년 11월 24일)
  take(/(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/g, (m) => ({
    year: m[1] ? Number(m[1]) : undefined,
    month: Number(m[2]),
    day: Number(m[3]),
  }));
  // ISO 2026-11-24 (also 2026/11/24)
  take(/(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g, (m) => ({
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
  }));
  // 11/24/2026, 24/11/2026, 24.11.2026, 24-11-2026, 11/24
  take(/(?<![\d/.:])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d/:])/g, (m) => {
    const sep = m[2];
    if (!m[4] && sep !== '/') {
      // "24.11." without a year is a date; "14.30" is a time, "10-11" a range.
      if (sep !== '.' || text[m.index + m[0].length] !== '.') return null;
    }
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = m[4] ? (m[4].length === 2 ? 2000 + Number(m[4]) : Number(m[4])) : undefined;
    const first = sep === '/' ? (dayFirst || a > 12 ? 'day' : 'month') : b > 12 && a <= 12 ? 'month' : 'day';
    return first === 'day' ? { year, day: a, month: b } : { year, month: a, day: b };
  });
  // 24 November 2026, 24. November, 24 de noviembre de 2026, 26 avril
  take(
    /(?<![\d\p{L}])(\d{1,2})(?:\.|º|er)?\s*(?:de\s+)?(\p{L}{3,12})\.?(?:,?\s*(?:de\s+)?(\d{4}))?(?![\d\p{L}])/giu,
    (m) => {
      const month = monthOf(m[2] ?? '');
      return month ? { year: m[3] ? Number(m[3]) : undefined, month, day: Number(m[1]) } : null;
    },
  );
  // November 24, 2026; Nov 24; November 24th
  take(/(?<![\p{L}])(\p{L}{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th|\.)?(?:,?\s*(\d{4}))?(?![\d\p{L}])/giu, (m) => {
    const month = monthOf(m[1] ?? '');
    return month ? { year: m[3] ? Number(m[3]) : undefined, month, day: Number(m[2]) } : null;
  });
  dates.sort((x, y) => x.at - y.at);
  return { dates, rest: text };
}

const PREFIX_MARKERS: Record<string, 'am' | 'pm'> = {
  오전: 'am',
  오후: 'pm',
  午前: 'am',
  午後: 'pm',
  上午: 'am',
  下午: 'pm',
};

function findTimes(text: string): TimePart[] {
  const times: TimePart[] = [];
  /** A bare hour ("9" in "9 – 10am") counts only right before a dash and a real time. */
  const bare: (TimePart & { end: number })[] = [];
  const regex =
    /(?<![\d:./])(?:(오전|오후|午前|午後|上午|下午)\s*)?(\d{1,2})(?:\s*([:h.])\s*(\d{2}))?(?!\d)\s*(a\.?\s?m\.?|p\.?\s?m\.?|uhr|h)?(?![\p{L}\d])/giu;
  for (const m of text.matchAll(regex)) {
    const prefix = m[1] ? PREFIX_MARKERS[m[1]] : undefined;
    const suffix = (m[5] ?? '').toLowerCase().replace(/[.\s]/g, '');
    const marker = prefix ?? (suffix === 'am' ? 'am' : suffix === 'pm' ? 'pm' : undefined);
    const hasMinutes = m[4] !== undefined;
    const hSuffix = suffix === 'h' || suffix === 'uhr' || m[3] === 'h';
    const hour = Number(m[2]);
    if (!hasMinutes && !marker && !hSuffix) {
      if (hour <= 24) bare.push({ at: m.index, hour, minute: 0, end: m.index + m[0].length });
      continue;
    }
    const minute = hasMinutes ? Number(m[4]) : 0;
    if (minute > 59) continue;
    if (marker ? hour < 1 || hour > 12 : hour > 24) continue;
    times.push({ at: m.index, hour, minute, marker });
  }
  for (const candidate of bare) {
    const next = times.find((t) => t.at >= candidate.end);
    if (next && /^\s*-\s*$/.test(text.slice(candidate.end, next.at)))
      times.push({ at: candidate.at, hour: candidate.hour, minute: 0 });
  }
  return times.sort((a, b) => a.at - b.at);
}

function to24(time: TimePart, marker: 'am' | 'pm' | undefined): number {
  const h = time.hour;
  if (marker === 'am') return h === 12 ? 0 : h;
  if (marker === 'pm') return h === 12 ? 12 : h + 12;
  return h === 24 ? 0 : h;
}

function referenceDate(options: ParseWhenOptions): Date {
  const ref = options.reference === undefined ? new Date() : new Date(options.reference);
  return Number.isNaN(ref.getTime()) ? new Date() : ref;
}

function makeDate(y: number, mo: number, d: number, h: number, mi: number, zone: string): Date | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  // Validate the calendar date in UTC (no zone or DST can shift it).
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  try {
    const date = zone ? new Date(new TZDate(y, mo - 1, d, h, mi, zone).getTime()) : new Date(y, mo - 1, d, h, mi);
    return Number.isNaN(date.getTime()) ? null : date;
  } catch {
    return null;
  }
}

function withYear(part: DatePart, ref: Date): { y: number; mo: number; d: number } {
  if (part.year !== undefined) return { y: part.year, mo: part.month, d: part.day };
  const refYear = ref.getFullYear();
  let best = refYear;
  let bestDistance = Infinity;
  for (const y of [refYear - 1, refYear, refYear + 1]) {
    const distance = Math.abs(Date.UTC(y, part.month - 1, part.day) - ref.getTime());
    if (distance < bestDistance) {
      bestDistance = distance;
      best = y;
    }
  }
  return { y: best, mo: part.month, d: part.day };
}

function validZone(zone: string | undefined): string {
  if (!zone) return '';
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return '';
  }
}

/** Read a start and an end from a calendar page's "when" text; null when it cannot. */
export function parseWhen(text: unknown, options: ParseWhenOptions = {}): ParsedWhen | null {
  try {
    if (typeof text !== 'string' || text.trim() === '') return null;
    const zone = validZone(options.timeZone);
    const ref = referenceDate(options);
    const { dates, rest } = findDates(normalise(text), options.dayFirst ?? false);
    const times = findTimes(rest);
    const first = dates[0];
    if (!first) return null;
    const startDay = withYear(first, ref);
    const last = dates.length > 1 ? dates[dates.length - 1]! : first;
    // An end date without a year takes the start's year (or the next, for Dec → Jan).
    let endDay =
      last.year !== undefined || last === first ? withYear(last, ref) : { y: startDay.y, mo: last.month, d: last.day };
    if (
      last !== first &&
      last.year === undefined &&
      Date.UTC(endDay.y, endDay.mo - 1, endDay.d) < Date.UTC(startDay.y, startDay.mo - 1, startDay.d)
    ) {
      endDay = { ...endDay, y: endDay.y + 1 };
    }

    if (times.length === 0) {
      // All day: from the first date's midnight to the midnight after the last date (counted
      // on the calendar, so a DST change does not shift it).
      const start = makeDate(startDay.y, startDay.mo, startDay.d, 0, 0, zone);
      if (!start || !makeDate(endDay.y, endDay.mo, endDay.d, 0, 0, zone)) return null;
      const next = new Date(Date.UTC(endDay.y, endDay.mo - 1, endDay.d + 1));
      const end = makeDate(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), 0, 0, zone);
      if (!end || end <= start) return null;
      return { start, end, allDay: true };
    }
    if (times.length < 2) return null;
    const startTime = times[0]!;
    const endTime = times[times.length - 1]!;
    let startMarker = startTime.marker;
    let endMarker = endTime.marker;
    let startInherited = false;
    if (!startMarker && endMarker) {
      startMarker = endMarker;
      startInherited = true;
    } else if (startMarker && !endMarker) {
      endMarker = startMarker;
    }
    let sh = to24(startTime, startMarker);
    const eh = to24(endTime, endMarker);
    const sameDay =
      dates.length < 2 || (startDay.y === endDay.y && startDay.mo === endDay.mo && startDay.d === endDay.d);
    if (sameDay && startInherited && startMarker === 'pm' && sh * 60 + startTime.minute > eh * 60 + endTime.minute) {
      sh = to24(startTime, 'am'); // "11 – 1pm" read as 11am – 1pm
    }
    const start = makeDate(startDay.y, startDay.mo, startDay.d, sh, startTime.minute, zone);
    let end = makeDate(endDay.y, endDay.mo, endDay.d, eh, endTime.minute, zone);
    if (!start || !end) return null;
    if (sameDay && end <= start) {
      // Past midnight: "11pm – 1am" on one date.
      const next = new Date(Date.UTC(endDay.y, endDay.mo - 1, endDay.d + 1));
      end = makeDate(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), eh, endTime.minute, zone);
      if (!end) return null;
    }
    if (end <= start) return null;
    return { start, end, allDay: false };
  } catch {
    return null;
  }
}

/** Minutes between start and end (0 when either is missing). */
export function durationMinutes(when: Pick<ParsedWhen, 'start' | 'end'> | null | undefined): number {
  if (!when) return 0;
  return Math.max(0, Math.round((when.end.getTime() - when.start.getTime()) / 60000));
}

// ---------------------------------------------------------------------------------------
// Recurrence text ("Weekly on Tuesday", "Occurs every weekday", "Monatlich")
// ---------------------------------------------------------------------------------------

export type WeekdayCode = 'SU' | 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA';

export interface ParsedRecurrence {
  frequency: 'daily' | 'weekly' | 'monthly' | 'yearly';
  interval: number;
  hasEnd: boolean;
  byDay?: WeekdayCode[];
}

const WORKWEEK: WeekdayCode[] = ['MO', 'TU', 'WE', 'TH', 'FR'];
const WEEKDAY_WORDS: [RegExp, WeekdayCode][] = [
  [/\b(?:sunday|sonntag|dimanche|domingo|domenica|zondag)s?\b/, 'SU'],
  [/\b(?:monday|montag|lundi|lunes|segunda|lunedì|maandag)s?\b/, 'MO'],
  [/\b(?:tuesday|dienstag|mardi|martes|terça|martedì|dinsdag)s?\b/, 'TU'],
  [/\b(?:wednesday|mittwoch|mercredi|miércoles|quarta|mercoledì|woensdag)s?\b/, 'WE'],
  [/\b(?:thursday|donnerstag|jeudi|jueves|quinta|giovedì|donderdag)s?\b/, 'TH'],
  [/\b(?:friday|freitag|vendredi|viernes|sexta|venerdì|vrijdag)s?\b/, 'FR'],
  [/\b(?:saturday|samstag|samedi|sábado|sabato|zaterdag)s?\b/, 'SA'],
];

const NO_REPEAT =
  /does ?n[o']t repeat|does not recur|^never$|no repeat|^none$|wiederholt sich nicht|keine wiederholung|ne se répète pas|aucune répétition|no se repite|não se repete|non si ripete|wordt niet herhaald|herhaalt niet/;
const HAS_END =
  /\buntil\b|\bthrough\b|\bends?\b|\bending\b|\d+\s*(?:times|occurrences|mal|fois|veces|vezes|volte|keer)\b|\bbis\b|jusqu|hasta|\baté\b|fino al?|tot en met/;
const EVERY_N =
  /(?:every|alle|toutes les|tous les|cada|a cada|ogni|elke|iedere)\s+(\d{1,3})\s*(?:\.\s*)?(day|days|tage?n?|jours?|días?|dias?|giorni|dagen|week|weeks|wochen?|semaines?|semanas?|settimane|weken|month|months|monate?n?|mois|meses|mesi|maanden|year|years|jahre?n?|ans?|años|anos|anni|jaar|jaren)/;
const YEARLY =
  /annual|yearly|every year|jährlich|jedes jahr|tous les ans|chaque année|anual|cada año|todos los años|anualmente|annuale|ogni anno|jaarlijks|elk jaar/;
const MONTHLY =
  /monthly|every month|of each month|of every month|monatlich|jeden monat|mensuel|tous les mois|chaque mois|mensual|cada mes|todos los meses|mensalmente|todos os meses|mensile|ogni mese|maandelijks|elke maand/;
const WORKDAYS =
  /weekday|every working day|werktag|jours? ouvr|días laborables|dias úteis|giorni feriali|werkdag|monday (?:to|through|-) friday/;
const DAILY =
  /daily|every day|each day|täglich|jeden tag|tous les jours|chaque jour|quotidien|diario|todos los días|diariamente|todos os dias|ogni giorno|giornaliero|dagelijks|elke dag/;
const WEEKLY =
  /weekly|every week|each week|wöchentlich|jede woche|hebdomadaire|toutes les semaines|chaque semaine|semanal|cada semana|todas las semanas|semanalmente|todas as semanas|settimanale|ogni settimana|wekelijks|elke week|\bevery (?:other )?(?:sun|mon|tue|wed|thu|fri|sat)/;

function unitFrequency(unit: string): ParsedRecurrence['frequency'] {
  if (/^(day|tag|jour|día|dia|giorn|dag)/.test(unit)) return 'daily';
  if (/^(week|woche|semaine|semana|settiman|weken)/.test(unit)) return 'weekly';
  if (/^(month|monat|mois|mes|maand)/.test(unit)) return 'monthly';
  return 'yearly';
}

/**
 * Read a recurrence as calendar pages print it. Null for "Does not repeat" and for text
 * that is not a recurrence; never throws.
 */
export function parseRecurrence(text: unknown): ParsedRecurrence | null {
  try {
    if (typeof text !== 'string') return null;
    const t = text.slice(0, 300).toLowerCase().normalize('NFC').replace(/\s+/g, ' ').trim();
    if (!t || NO_REPEAT.test(t)) return null;
    const hasEnd = HAS_END.test(t);
    const days = WEEKDAY_WORDS.filter(([word]) => word.test(t)).map(([, code]) => code);
    const every = EVERY_N.exec(t);
    if (every) {
      const frequency = unitFrequency(every[2] ?? '');
      return {
        frequency,
        interval: Math.max(1, Number(every[1])),
        hasEnd,
        ...(frequency === 'weekly' && days.length ? { byDay: days } : {}),
      };
    }
    if (
      /every other week|alle zwei wochen|toutes les deux semaines|cada dos semanas|a cada duas semanas|ogni due settimane|om de week/.test(
        t,
      )
    ) {
      return { frequency: 'weekly', interval: 2, hasEnd, ...(days.length ? { byDay: days } : {}) };
    }
    if (YEARLY.test(t)) return { frequency: 'yearly', interval: 1, hasEnd };
    if (MONTHLY.test(t)) return { frequency: 'monthly', interval: 1, hasEnd };
    if (WORKDAYS.test(t)) return { frequency: 'weekly', interval: 1, hasEnd, byDay: [...WORKWEEK] };
    if (DAILY.test(t)) return { frequency: 'daily', interval: 1, hasEnd };
    if (WEEKLY.test(t) || (/^(?:occurs )?every /.test(t) && days.length)) {
      return { frequency: 'weekly', interval: 1, hasEnd, ...(days.length ? { byDay: days } : {}) };
    }
    return null;
  } catch {
    return null;
  }
}
