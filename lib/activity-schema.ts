/**
 * The activity log's schemas (./activity.ts holds its types and functions without zod, for the
 * page's code). The message protocol validates the kinds it receives with these.
 */
import { z } from 'zod';
import { ACTIVITY_KINDS, type ActivityKind, type ActivityLog, type WeekActivity } from './activity';

export const activityKindSchema = z.enum(ACTIVITY_KINDS);

export const weekActivitySchema = z.object({
  counts: z.partialRecord(activityKindSchema, z.number().int().min(0)),
  /** event key → kinds already counted for it this week */
  events: z.record(z.string(), z.array(activityKindSchema)),
});

/** week key (yyyy-MM-dd of the week's first day) → that week's activity */
export const activityLogSchema = z.record(z.string(), weekActivitySchema);

// The hand-written types of ./activity.ts are exactly what the schemas describe: tsc fails here
// when one of the two changes alone.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameTypes: [
  Same<z.infer<typeof activityKindSchema>, ActivityKind>,
  Same<z.infer<typeof weekActivitySchema>, WeekActivity>,
  Same<z.infer<typeof activityLogSchema>, ActivityLog>,
] = [true, true, true];
void sameTypes;
