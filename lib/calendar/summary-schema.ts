/**
 * The check the background runs on the popup's summary (lib/calendar/summary.ts) before it
 * stores it, so that the popup can trust what it reads without carrying zod. Pure.
 */
import { z } from 'zod';
import { feedSchema, feedStatusSchema } from '../feeds';
import { SUMMARY_VERSION } from './summary';

const count = z.number().int().min(0);
const figure = z.number().refine(Number.isFinite, 'not a finite number');
const time = z.number().int();

const storedStatsSchema = z.looseObject({
  week: z.looseObject({ start: time, end: time, timeZone: z.string(), weekStartsOn: z.number().int().min(0).max(6) }),
  meetingCount: count,
  meetingHours: figure,
  withAgendaShare: figure,
  cost: figure,
  currency: z.string(),
  focusHours: figure,
  hoursPerDay: z.array(z.looseObject({ date: z.string(), weekday: z.number().int(), hours: figure })).length(7),
  topCostly: z.array(z.looseObject({ uid: z.string(), title: z.string(), start: time, cost: figure })),
  focusBlocks: z.array(z.looseObject({ start: time, end: time })),
  recorded: z.record(z.string(), count),
});

export const storedSummarySchema = z
  .object({
    version: z.literal(SUMMARY_VERSION),
    computedAt: time,
    validUntil: time,
    statsEnabled: z.boolean(),
    budgetHours: z.number().min(0),
    thisWeek: count,
    weeks: z.array(
      z.object({
        key: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        stats: storedStatsSchema,
        recorded: z.record(z.string(), count),
      }),
    ),
    feeds: z.array(z.object({ feed: feedSchema, status: feedStatusSchema.optional() })),
    droppedFeeds: count,
    staleFeedIds: z.array(z.string()),
  })
  .refine((summary) => summary.weeks.length === 0 || summary.thisWeek < summary.weeks.length, 'thisWeek out of range');
