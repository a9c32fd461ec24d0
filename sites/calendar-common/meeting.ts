/**
 * From what a page shows (MeetingRead) to what the assessment takes (MeetingInput), and the
 * key under which an event's history is kept.
 */
import type { MeetingInput } from '../../lib/meeting/assess';
import { type ParsedWhen, parseRecurrence, parseWhen } from '../../lib/meeting/parse-when';
import { shortHash } from './dom';
import type { EventSurface, MeetingRead } from './types';

export interface MeetingContext {
  timeZone: string;
  dayFirst: boolean;
  now: number;
}

export interface PreparedMeeting {
  input: MeetingInput;
  when: ParsedWhen | null;
}

export function prepareMeeting(read: MeetingRead, context: MeetingContext): PreparedMeeting {
  const when = parseWhen(read.whenText, {
    timeZone: context.timeZone,
    dayFirst: context.dayFirst,
    reference: context.now,
  });
  // Without a readable time the duration is unknown: 0 minutes, and the panel says so.
  const start = when?.start ?? new Date(context.now);
  const end = when?.end ?? start;
  const input: MeetingInput = {
    title: read.title,
    start,
    end,
    attendees: read.attendees,
    ...(read.attendeeCount !== undefined ? { attendeeCount: read.attendeeCount } : {}),
    ...(read.organizer ? { organizer: read.organizer } : {}),
    description: read.description,
    recurrence: parseRecurrence(read.recurrenceText),
    conferencing: read.conferencing,
    allDay: when?.allDay ?? false,
  };
  return { input, when };
}

/**
 * The key an event's history is kept under: the page's own id when it has one, otherwise
 * (an event being created) a hash of its title and start.
 */
export function eventKey(
  prefix: string,
  surface: Pick<EventSurface, 'eventId'>,
  read: MeetingRead,
  when: ParsedWhen | null,
): string {
  if (surface.eventId) return surface.eventId;
  return `${prefix}:new:${shortHash(`${read.title.trim()}|${when ? when.start.toISOString() : read.whenText}`)}`;
}
