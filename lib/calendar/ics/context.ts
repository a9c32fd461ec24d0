/**
 * What one expansion carries from event to event: the range, zones, budgets and the output.
 */
import { type ResolvedZone, resolveTzid, UTC_ZONE, type VtimezoneInfo, vtimezoneProblem } from '../timezones';
import type { Prop } from './content-lines';
import type { MeetingOccurrence, SkippedEvent } from './types';
import { clip, parseDateTimeText, startOfDayWall, type TimeValue } from './values';

const MAX_WARNINGS = 100;

export interface Context {
  range: { start: number; end: number };
  floatingZone: ResolvedZone;
  producerZone: ResolvedZone;
  vtimezones: Map<string, VtimezoneInfo>;
  zoneCache: Map<string, ResolvedZone | null>;
  me: Set<string>;
  maxOccurrences: number;
  maxSteps: number;
  /** Rule steps left for the whole file (many events with wasteful rules add up). */
  stepsLeft: number;
  occurrences: MeetingOccurrence[];
  skipped: SkippedEvent[];
  warnings: Set<string>;
  truncated: boolean;
  /** performance.now() when the whole file must stop (the rest is left out, with a warning). */
  fileDeadline: number;
  /** Milliseconds one rule may take before it is stopped (with a warning). */
  ruleMs: number;
  /** The file's deadline passed: nothing more is expanded. */
  timedOut: boolean;
  now: () => number;
}

export function warn(ctx: Pick<Context, 'warnings'>, message: string): void {
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
        `The definition of time zone “${clip(tzid, 80)}” (VTIMEZONE) was ignored: ${problem}. Its times were read as ${ctx.floatingZone.id}.`,
      );
    } else {
      warn(ctx, `Unknown time zone “${clip(tzid, 80)}”: its times were read as ${ctx.floatingZone.id}.`);
    }
  }
  ctx.zoneCache.set(tzid, resolved?.zone ?? null);
  return resolved?.zone;
}

export function timeValue(ctx: Context, prop: Prop, raw = prop.value): TimeValue | undefined {
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
export function timeValues(ctx: Context, prop: Prop): { values: TimeValue[]; bad: number } {
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

export function emailOf(value: string): string {
  // trim, drop a leading mailto: (any case), trim, lower case: without a regex per attendee.
  const trimmed = value.trim();
  const rest = startsWithMailto(trimmed) ? trimmed.slice(7).trim() : trimmed;
  return rest.toLowerCase();
}

/** /^mailto:/i, ASCII letters only as that regex does. */
function startsWithMailto(text: string): boolean {
  return (
    text.length >= 7 &&
    (text.charCodeAt(0) | 32) === 109 && // m
    (text.charCodeAt(1) | 32) === 97 && // a
    (text.charCodeAt(2) | 32) === 105 && // i
    (text.charCodeAt(3) | 32) === 108 && // l
    (text.charCodeAt(4) | 32) === 116 && // t
    (text.charCodeAt(5) | 32) === 111 && // o
    text.charCodeAt(6) === 58 // :
  );
}
