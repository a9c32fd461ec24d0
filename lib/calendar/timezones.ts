/**
 * Time zones for calendar feeds: turning whatever a producer wrote into TZID into something
 * that gives correct UTC instants, and converting between wall-clock time and UTC.
 *
 * A TZID is resolved in this order:
 *   1. an IANA name the runtime knows (checked with Intl; aliases such as US/Central are fine,
 *      and Mozilla-style prefixes such as /mozilla.org/20070129_1/Europe/Berlin are stripped);
 *   2. a Windows time zone ID ("W. Europe Standard Time"), from the CLDR windowsZones table;
 *   3. an Exchange/Outlook display name ("(UTC-05:00) Eastern Time (US & Canada)"), with or
 *      without the "(UTC±hh:mm)" prefix, "&" or "and", or a list of cities that matches one;
 *   4. the VTIMEZONE of that name in the file (its X-LIC-LOCATION if that is IANA, else its
 *      own rules (read in ics/vtimezone.ts) — e.g. Exchange's "Customized Time Zone");
 *   5. a bare offset ("GMT+01:00", "UTC-5", or the prefix of an unknown display name);
 *   6. otherwise unresolved: the caller reads such times as floating and adds a note.
 *
 * Wall-clock times are handled as "wall milliseconds": the wall time's fields read as if they
 * were UTC (Date.UTC(y, m - 1, d, h, mi, s)). That keeps arithmetic on local dates trivial.
 *
 * Pure TS: Intl only, no DOM, no Node APIs.
 */
/**
 * A file's own time-zone rules (a VTIMEZONE, read in lib/calendar/ics/vtimezone.ts): the
 * offset (wall − UTC, ms) at an instant. Throws an Error whose message says what is wrong.
 */
export interface ZoneRules {
  offsetAt(utcMs: number): number;
}

export type ResolvedZone =
  | { kind: 'utc'; id: 'UTC' }
  | { kind: 'fixed'; id: string; offsetMs: number }
  | { kind: 'iana'; id: string }
  | { kind: 'vtimezone'; id: string; tz: ZoneRules };

export type ResolvedBy = 'utc' | 'iana' | 'windows' | 'display-name' | 'vtimezone' | 'offset';

export interface TzidResolution {
  zone: ResolvedZone;
  by: ResolvedBy;
}

export const UTC_ZONE: ResolvedZone = Object.freeze({ kind: 'utc', id: 'UTC' }) as ResolvedZone;

import { DISPLAY_NAMES, WINDOWS_TO_IANA } from './zone-names.data';

const HOUR = 3_600_000;
const DAY = 86_400_000;

// The name tables (Windows IDs and display names → IANA) are data: ./zone-names.data.ts.
export { DISPLAY_NAMES, WINDOWS_TO_IANA } from './zone-names.data';

// ---------------------------------------------------------------------------------------
// Lookup helpers
// ---------------------------------------------------------------------------------------

/** Lower-case, "&" → "and", no dots, single spaces; keeps commas (they separate cities). */
function normalizeName(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.'’]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*,\s*/g, ',')
    .trim();
}

const WINDOWS_INDEX = new Map<string, string>(
  Object.entries(WINDOWS_TO_IANA).map(([id, iana]) => [normalizeName(id), iana]),
);
const DISPLAY_INDEX = new Map<string, string>();
/** Each row's cities (split on commas, parentheses dropped), for city-list matching. */
const DISPLAY_CITIES: { cities: Set<string>; iana: string }[] = [];
for (const [name, iana] of DISPLAY_NAMES) {
  const key = normalizeName(name);
  if (!DISPLAY_INDEX.has(key)) DISPLAY_INDEX.set(key, iana);
  const cities = new Set(
    dropParenthesized(key)
      .split(/[,;]/)
      .map((city) => city.trim())
      .filter(Boolean),
  );
  DISPLAY_CITIES.push({ cities, iana });
}

const OFFSET_PREFIX = /^\(\s*(?:utc|gmt)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?\s*\)\s*/i;

const ianaCache = new Map<string, string | null>();

/**
 * The runtime's canonical name for an IANA zone (e.g. "US/Central" → "America/Chicago"),
 * or undefined if the runtime does not know it.
 */
export function canonicalIanaZone(name: string): string | undefined {
  const cached = ianaCache.get(name);
  if (cached !== undefined) return cached ?? undefined;
  let result: string | null = null;
  // Intl also accepts offsets such as "+01:00" in newer engines; those are handled as fixed
  // offsets elsewhere so that every runtime gives the same answer.
  if (name && !/^[+-]/.test(name) && name.length <= 64) {
    try {
      result = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    } catch {
      result = null;
    }
  }
  if (ianaCache.size >= 2_000) ianaCache.clear(); // TZIDs come from files: keep this bounded
  ianaCache.set(name, result);
  return result ?? undefined;
}

/** TZIDs longer than this are no zone's name (and are not looked up). */
const MAX_TZID_CHARS = 512;

/** "W. Europe Standard Time" → "Europe/Berlin"; undefined if it is not a Windows ID. */
export function windowsZoneToIana(id: string): string | undefined {
  return WINDOWS_INDEX.get(normalizeName(stripQuotes(id)));
}

/**
 * An Exchange/Outlook display name or a list of cities → IANA:
 * "(UTC-05:00) Eastern Time (US & Canada)" → "America/New_York",
 * "Amsterdam, Belgrade, Berlin, Brussels, Budapest, Madrid, Paris, Prague, Stockholm" →
 * "Europe/Berlin" (the row sharing most cities; ties go to the earlier row).
 */
export function displayNameToIana(name: string): string | undefined {
  let rest = stripQuotes(name).trim();
  const prefix = OFFSET_PREFIX.exec(rest);
  if (prefix) rest = rest.slice(prefix[0].length);
  const key = normalizeName(rest);
  if (!key) return undefined;
  const exact = DISPLAY_INDEX.get(key) ?? WINDOWS_INDEX.get(key);
  if (exact) return exact;
  const withoutGmtLabel = key.replace(/^greenwich mean time ?: ?/, '');
  const again = DISPLAY_INDEX.get(withoutGmtLabel);
  if (again) return again;
  const cities = dropParenthesized(withoutGmtLabel)
    .split(/[,;]/)
    .map((city) => city.trim())
    .filter(Boolean);
  if (cities.length === 0) return undefined;
  let best: string | undefined;
  let bestScore = 0;
  for (const row of DISPLAY_CITIES) {
    let score = 0;
    for (const city of cities) if (row.cities.has(city)) score++;
    if (score > bestScore) {
      bestScore = score;
      best = row.iana;
    }
  }
  return best;
}

/**
 * The text without its "(…)" parts. Linear: /\([^)]*\)/g rescans the rest of the text from
 * every '(' that is never closed (a 40 KB TZID of '(' took 1.5 s).
 */
function dropParenthesized(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('(', from);
    if (open < 0) return out + text.slice(from);
    const close = text.indexOf(')', open + 1);
    if (close < 0) return out + text.slice(from);
    out += text.slice(from, open);
    from = close + 1;
  }
}

function stripQuotes(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
    return trimmed.slice(1, -1).trim();
  }
  return trimmed;
}

/** "GMT+01:00", "UTC-5", "+0530", "(UTC+05:30)…" → offset in ms; undefined otherwise. */
export function parseOffsetName(name: string): number | undefined {
  const text = stripQuotes(name);
  const match = /^(?:\(\s*)?(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\s*\)?/i.exec(text) ?? undefined;
  if (!match) return undefined;
  // A bare "+05" needs a UTC/GMT label or a sign; "(UTC+05:30) Somewhere" is fine too.
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  if (hours > 14 || minutes > 59) return undefined;
  const sign = match[1] === '-' ? -1 : 1;
  return sign * (hours * HOUR + minutes * 60_000);
}

export function fixedZone(offsetMs: number): ResolvedZone {
  if (offsetMs === 0) return UTC_ZONE;
  const hours = offsetMs / HOUR;
  if (Number.isInteger(hours)) {
    // Etc/GMT signs are inverted: Etc/GMT-1 is UTC+01:00.
    return { kind: 'fixed', id: `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`, offsetMs };
  }
  const abs = Math.abs(offsetMs) / 60_000;
  const id = `${offsetMs < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return { kind: 'fixed', id, offsetMs };
}

/** What a file's VTIMEZONE contributes to resolution. */
export interface VtimezoneInfo {
  /** X-LIC-LOCATION, if present. */
  location?: string;
  /** The component's rules; undefined if it could not be read. */
  tz?: ZoneRules;
  /** Why the component's rules are not used (then `tz` is undefined), for the user. */
  problem?: string;
}

/** Why a VTIMEZONE's rules cannot be used (checked once per zone), or undefined. */
export function vtimezoneProblem(info: VtimezoneInfo): string | undefined {
  if (info.problem !== undefined) return info.problem;
  return info.tz ? probeVtimezone(info.tz) : undefined;
}

/**
 * Resolve a TZID (see the module comment for the order). `vtimezones` maps the file's
 * VTIMEZONE TZIDs to what they carry. Returns undefined when nothing fits.
 */
export function resolveTzid(tzid: string, vtimezones?: ReadonlyMap<string, VtimezoneInfo>): TzidResolution | undefined {
  // The longest real names (Exchange's city lists) are under 200 characters.
  if (tzid.length > MAX_TZID_CHARS) return undefined;
  const name = stripQuotes(tzid);
  if (!name) return undefined;
  const upper = name.toUpperCase();
  if (upper === 'Z' || upper === 'UTC' || upper === 'GMT' || upper === 'ETC/UTC' || upper === 'ETC/GMT') {
    return { zone: UTC_ZONE, by: 'utc' };
  }
  // Windows IDs first: none is an IANA name, and asking Intl about them costs an exception.
  const windows = WINDOWS_INDEX.get(normalizeName(name));
  if (windows && !/^[A-Z]{3,4}$/.test(name)) return { zone: ianaZone(windows), by: 'windows' };
  const iana = canonicalIanaZone(name) ?? ianaFromPrefixedPath(name);
  if (iana) return { zone: ianaZone(iana), by: 'iana' };
  if (windows) return { zone: ianaZone(windows), by: 'windows' };
  const display = displayNameToIana(name);
  if (display) return { zone: ianaZone(display), by: 'display-name' };
  const vtz = vtimezones?.get(name) ?? vtimezones?.get(tzid);
  if (vtz) {
    const location = vtz.location ? canonicalIanaZone(vtz.location) : undefined;
    if (location) return { zone: ianaZone(location), by: 'vtimezone' };
    // A definition whose rules do not work is ignored (see vtimezoneProblem).
    if (vtz.tz && !vtimezoneProblem(vtz)) return { zone: { kind: 'vtimezone', id: name, tz: vtz.tz }, by: 'vtimezone' };
  }
  const offset = parseOffsetName(name);
  if (offset !== undefined) return { zone: fixedZone(offset), by: 'offset' };
  return undefined;
}

function ianaFromPrefixedPath(name: string): string | undefined {
  // "/mozilla.org/20070129_1/Europe/Berlin", "/citadel.org/20190914_1/America/New_York"
  const parts = name.split('/').filter(Boolean);
  if (parts.length < 3) return undefined;
  for (const take of [3, 2]) {
    if (parts.length <= take) continue;
    const found = canonicalIanaZone(parts.slice(parts.length - take).join('/'));
    if (found) return found;
  }
  return undefined;
}

function ianaZone(id: string): ResolvedZone {
  const canonical = canonicalIanaZone(id) ?? id;
  if (canonical === 'UTC' || canonical === 'Etc/UTC' || canonical === 'Etc/GMT') return UTC_ZONE;
  return { kind: 'iana', id: canonical };
}

/** A zone for an IANA name or '' (the runtime's zone); undefined if unknown. */
export function zoneFromSetting(timeZone: string): ResolvedZone | undefined {
  const name = timeZone || runtimeTimeZone();
  const canonical = canonicalIanaZone(name);
  return canonical ? ianaZone(canonical) : undefined;
}

export function runtimeTimeZone(): string {
  try {
    return new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

// ---------------------------------------------------------------------------------------
// Offsets and conversions
// ---------------------------------------------------------------------------------------

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Offsets per zone, in buckets of 2^33 ms (about 99 days): the offset at the bucket's start
 * and every change inside it (found by sampling weekly, then bisecting to the second).
 */
interface OffsetBucket {
  initial: number;
  changes: { at: number; offset: number }[];
}
const BUCKET_MS = 2 ** 33;
const SAMPLE_MS = 7 * DAY;
const ianaBuckets = new Map<string, Map<number, OffsetBucket>>();
const vtimezoneBuckets = new WeakMap<ZoneRules, Map<number, OffsetBucket>>();

type TransitioningZone = Extract<ResolvedZone, { kind: 'iana' | 'vtimezone' }>;

/** Buckets kept per zone (the cache lives as long as the module: keep it bounded). */
const MAX_BUCKETS_PER_ZONE = 4_096;

function bucketsOf(zone: TransitioningZone): Map<number, OffsetBucket> {
  let buckets = zone.kind === 'iana' ? ianaBuckets.get(zone.id) : vtimezoneBuckets.get(zone.tz);
  if (!buckets) {
    buckets = new Map();
    if (zone.kind === 'iana') ianaBuckets.set(zone.id, buckets);
    else vtimezoneBuckets.set(zone.tz, buckets);
  } else if (buckets.size >= MAX_BUCKETS_PER_ZONE) {
    buckets.clear();
  }
  return buckets;
}

/** Offset straight from the source: Intl for IANA zones, the rules of a file's VTIMEZONE. */
function rawOffset(zone: TransitioningZone, utcMs: number): number {
  if (zone.kind === 'iana') return intlOffset(zone.id, utcMs);
  return vtimezoneOffset(zone.tz, zone.id, utcMs);
}

// ---------------------------------------------------------------------------------------
// A file's own VTIMEZONE
// ---------------------------------------------------------------------------------------

/**
 * A file's VTIMEZONE whose rules cannot be used: they need too much work or give impossible
 * offsets. Thrown while converting times in such a zone.
 */
export class TimeZoneError extends Error {
  readonly zoneId: string;
  readonly problem: string;
  constructor(zoneId: string, problem: string) {
    super(`the time zone “${zoneId}” cannot be used (${problem})`);
    this.name = 'TimeZoneError';
    this.zoneId = zoneId;
    this.problem = problem;
  }
}

/** Zones whose rules failed: every later use fails the same way, at once. */
const failedRules = new WeakMap<ZoneRules, string>();
const probedRules = new WeakMap<ZoneRules, string | null>();

/** Offset (wall − UTC, ms) of a file's VTIMEZONE at a UTC instant; TimeZoneError if unusable. */
function vtimezoneOffset(tz: ZoneRules, id: string, utcMs: number): number {
  const failed = failedRules.get(tz);
  if (failed !== undefined) throw new TimeZoneError(id, failed);
  if (!Number.isFinite(utcMs)) throw new TimeZoneError(id, 'a time is out of range');
  try {
    const offset = tz.offsetAt(Math.floor(utcMs / 1000) * 1000);
    if (!Number.isFinite(offset) || Math.abs(offset) > DAY) throw new Error('it gives an impossible UTC offset');
    return offset;
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    failedRules.set(tz, problem);
    throw new TimeZoneError(id, problem);
  }
}

/** Why the zone's rules cannot be used (tried once, on the years calendars use), or undefined. */
function probeVtimezone(tz: ZoneRules): string | undefined {
  let problem = probedRules.get(tz);
  if (problem === undefined) {
    problem = null;
    try {
      vtimezoneOffset(tz, '', Date.UTC(2000, 0, 1));
      vtimezoneOffset(tz, '', Date.UTC(2030, 6, 1));
    } catch (error) {
      problem = error instanceof TimeZoneError ? error.problem : String(error);
    }
    probedRules.set(tz, problem);
  }
  return problem ?? undefined;
}

function bucketFor(zone: TransitioningZone, index: number): OffsetBucket {
  const buckets = bucketsOf(zone);
  let bucket = buckets.get(index);
  if (bucket) return bucket;
  const start = index * BUCKET_MS;
  const end = start + BUCKET_MS;
  const initial = rawOffset(zone, start);
  const changes: OffsetBucket['changes'] = [];
  let previousAt = start;
  let previous = initial;
  for (let at = start + SAMPLE_MS; ; at += SAMPLE_MS) {
    const sampleAt = Math.min(at, end - 1000);
    const offset = rawOffset(zone, sampleAt);
    if (offset !== previous) {
      // Bisect (previousAt, sampleAt] to the whole second where the new offset starts. In whole
      // seconds since the epoch: a bucket starts at a multiple of 2^33 ms, not of a second, and a
      // change found at 15:00:00.592 would give the old offset at the transition itself.
      let lo = Math.floor(previousAt / 1000);
      let hi = Math.floor(sampleAt / 1000);
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (rawOffset(zone, mid * 1000) === previous) lo = mid;
        else hi = mid;
      }
      changes.push({ at: hi * 1000, offset });
      previous = offset;
    }
    previousAt = sampleAt;
    if (sampleAt >= end - 1000) break;
  }
  bucket = { initial, changes };
  buckets.set(index, bucket);
  return bucket;
}

function cachedOffset(zone: TransitioningZone, utcMs: number): number {
  const bucket = bucketFor(zone, Math.floor(utcMs / BUCKET_MS));
  let offset = bucket.initial;
  for (const change of bucket.changes) {
    if (utcMs >= change.at) offset = change.offset;
    else break;
  }
  return offset;
}

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Offset (wall − UTC, ms) of an IANA zone at a UTC instant, straight from Intl. */
function intlOffset(zone: string, utcMs: number): number {
  const seconds = Math.floor(utcMs / 1000) * 1000;
  const parts = formatterFor(zone).formatToParts(new Date(seconds));
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const part of parts) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value) % 24;
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
      case 'era':
        bc = /^b/i.test(part.value);
        break;
    }
  }
  if (bc) year = 1 - year;
  return wallMsOf(year, month, day, hour, minute, second) - seconds;
}

/** Offset (wall − UTC, ms) of a zone at a UTC instant. */
export function zoneOffset(zone: ResolvedZone, utcMs: number): number {
  switch (zone.kind) {
    case 'utc':
      return 0;
    case 'fixed':
      return zone.offsetMs;
    default:
      return cachedOffset(zone, utcMs);
  }
}

/** UTC instant → wall milliseconds in the zone. */
export function utcToWall(zone: ResolvedZone, utcMs: number): number {
  return utcMs + zoneOffset(zone, utcMs);
}

/**
 * Wall milliseconds in the zone → UTC instant. As RFC 5545 says: a wall time in a
 * spring-forward gap is read with the offset before the gap (02:30 → 03:30 summer time), and
 * an ambiguous one in a fall-back overlap is the first of the two.
 */
export function wallToUtc(zone: ResolvedZone, wallMs: number): number {
  switch (zone.kind) {
    case 'utc':
      return wallMs;
    case 'fixed':
      return wallMs - zone.offsetMs;
    default: {
      // The instant lies within [wall − 14 h, wall + 12 h]; look at the offsets just outside.
      const before = zoneOffset(zone, wallMs - 15 * HOUR);
      const after = zoneOffset(zone, wallMs + 13 * HOUR);
      if (before === after) return wallMs - before;
      const early = wallMs - before;
      if (zoneOffset(zone, early) === before) return early;
      const late = wallMs - after;
      if (zoneOffset(zone, late) === after) return late;
      return early; // in the gap: offset before the transition
    }
  }
}

/** Wall milliseconds for the given fields (years 0–99 are not shifted to 19xx). */
export function wallMsOf(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  if (year >= 0 && year < 100) {
    const date = new Date(ms);
    date.setUTCFullYear(year);
    return date.getTime();
  }
  return ms;
}

/** The zone's name for output: IANA id, "UTC", "Etc/GMT-1", "+05:30" or the VTIMEZONE TZID. */
export function zoneId(zone: ResolvedZone): string {
  return zone.id;
}
