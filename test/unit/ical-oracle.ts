/**
 * ical.js as the oracle for our recurrence engine (it is no longer on the runtime path): the
 * starts ical.js's own iterator gives for one RRULE, in floating wall time, turned into
 * instants in `zone` the way the reader does (DTSTART always first, UNTIL in UTC read in the
 * event's zone; two wall times that fall on one instant, in a DST gap, stay two). Undefined
 * when ical.js refuses the rule.
 */
import ICAL from 'ical.js';
import { utcToWall, wallMsOf, wallToUtc, zoneFromSetting } from '../../lib/calendar/timezones';

export function icalJsStarts(
  startWall: number,
  rrule: string,
  zoneName: string,
  window: { start: Date; end: Date },
  durationMs: number,
): string[] | undefined {
  const zone = zoneFromSetting(zoneName);
  if (!zone) throw new Error(`unknown zone ${zoneName}`);
  const parts = rrule.split(';');
  const untilPart = parts.find((part) => part.startsWith('UNTIL='));
  let limit = utcToWall(zone, window.end.getTime()) + 86_400_000;
  if (untilPart) {
    const text = untilPart.slice(6);
    const wall = wallMsOf(
      Number(text.slice(0, 4)),
      Number(text.slice(4, 6)),
      Number(text.slice(6, 8)),
      Number(text.slice(9, 11)),
      Number(text.slice(11, 13)),
      Number(text.slice(13, 15)),
    );
    limit = Math.min(limit, text.endsWith('Z') ? utcToWall(zone, wall) : wall);
  }
  const recur = ICAL.Recur.fromString(parts.filter((part) => part !== untilPart).join(';'));
  const d = new Date(startWall);
  const walls = new Set<number>([startWall]);
  try {
    const iterator = recur.iterator(
      ICAL.Time.fromData({
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        second: d.getUTCSeconds(),
      }),
    );
    for (let guard = 0; guard < 300_000; guard++) {
      const next = iterator.next();
      if (!next) break;
      const wall = wallMsOf(next.year, next.month, next.day, next.hour, next.minute, next.second);
      if (wall > limit) break;
      walls.add(wall);
    }
  } catch {
    return undefined;
  }
  if (startWall > limit && untilPart) return [];
  const from = window.start.getTime();
  const to = window.end.getTime();
  return [...walls]
    .map((wall) => wallToUtc(zone, wall))
    .filter((start) => start < to && (start + durationMs > from || (durationMs === 0 && start >= from)))
    .sort((a, b) => a - b)
    .map((start) => new Date(start).toISOString());
}
