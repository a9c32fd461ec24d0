/**
 * assessMeeting with its input validated by a zod schema: the public API for any caller
 * (lib/index.ts). The rules themselves are in ./assess.ts, which has no zod so that the page's
 * own code can load it cheaply.
 */
import { z } from 'zod';
import type { Settings } from '../settings';
import {
  type Assessment,
  type AssessOptions,
  type Attendee,
  judgeMeeting,
  type Meeting,
  type MeetingInput,
  type Recurrence,
  WEEKDAY_CODES,
} from './assess';

export const attendeeSchema = z.object({
  email: z.string().optional(),
  name: z.string().optional(),
  organizer: z.boolean().optional(),
  optional: z.boolean().optional(),
  /** A room or other resource booked as a guest: not a person. */
  resource: z.boolean().optional(),
  responseStatus: z.enum(['accepted', 'declined', 'tentative', 'needsAction']).optional(),
});

export const recurrenceSchema = z.object({
  frequency: z.enum(['daily', 'weekly', 'monthly', 'yearly']),
  interval: z.number().int().min(1).default(1),
  /** Has an end (COUNT or UNTIL). `count` or `until` imply it too. */
  hasEnd: z.boolean(),
  count: z.number().int().min(1).optional(),
  until: z.coerce.date().optional(),
  /** BYDAY weekdays, e.g. ['MO','WE'] for a weekly meeting on Monday and Wednesday. */
  byDay: z.array(z.enum(WEEKDAY_CODES)).optional(),
});

export const meetingSchema = z.object({
  title: z.string(),
  start: z.coerce.date(),
  end: z.coerce.date(),
  attendees: z.array(attendeeSchema).default([]),
  /** Known head count when the list is not ("12 guests"); wins when larger than the list. */
  attendeeCount: z.number().int().min(0).optional(),
  organizer: z.object({ email: z.string().optional(), name: z.string().optional() }).optional(),
  /** Plain text or HTML. */
  description: z.string().default(''),
  recurrence: recurrenceSchema.nullable().default(null),
  conferencing: z.boolean().default(false),
  allDay: z.boolean().default(false),
});

// The hand-written types of ./assess.ts are exactly what the schemas give (and what callers may
// pass fits the schema's input): tsc fails here when one of the two changes alone.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Fits<A, B> = [A] extends [B] ? true : false;
const sameTypes: [
  Same<z.infer<typeof attendeeSchema>, Attendee>,
  Same<z.infer<typeof recurrenceSchema>, Recurrence>,
  Same<z.infer<typeof meetingSchema>, Meeting>,
  Fits<MeetingInput, z.input<typeof meetingSchema>>,
] = [true, true, true, true];
void sameTypes;

/**
 * Judge one meeting. Throws a ZodError when `input` does not fit `meetingSchema`; see
 * `safeAssessMeeting` for a version that does not.
 */
export function assessMeeting(
  input: MeetingInput,
  settings?: Partial<Settings>,
  options: AssessOptions = {},
): Assessment {
  return judgeMeeting(meetingSchema.parse(input), settings, options);
}

export type SafeAssessment = { success: true; assessment: Assessment } | { success: false; error: z.ZodError };

/** assessMeeting without throwing: a bad input gives `{ success: false, error }`. */
export function safeAssessMeeting(
  input: unknown,
  settings?: Partial<Settings>,
  options: AssessOptions = {},
): SafeAssessment {
  const parsed = meetingSchema.safeParse(input);
  if (!parsed.success) return { success: false, error: parsed.error };
  return { success: true, assessment: judgeMeeting(parsed.data, settings, options) };
}
