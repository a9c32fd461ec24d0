/**
 * The user's settings: one zod schema is the single source of the type, the defaults and
 * the validation. Pure: no browser APIs, so it is tested in plain Node and shared by the
 * background and the extension pages. Content scripts import ./settings-defaults instead
 * (the defaults without the schema, so no zod in the page).
 */
import { z } from 'zod';
import { hostProblem } from './hosts';
import { LANGUAGE_SETTINGS } from './i18n';
import { DEFAULT_SETTINGS, DEFAULT_TEMPLATES, isValidTimeZone, SETTINGS_VERSION } from './settings-defaults';
import { BUILTIN_SITE_IDS, type BuiltinSiteId, SELF_HOSTED_KINDS } from './sites';

export {
  DEFAULT_SETTINGS,
  DEFAULT_TEMPLATES,
  isValidTimeZone,
  SETTINGS_VERSION,
  trustedSettings,
} from './settings-defaults';

// Extension pages and host pages forbid eval by policy; zod would otherwise probe for
// `new Function` (and log a policy violation) before falling back. Pure config, no DOM.
z.config({ jitless: true });

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time such as 09:00.');

/** An origin such as https://chat.example.com (no path), as host permissions need it. */
export const originSchema = z
  .string()
  .trim()
  .transform((value, ctx) => {
    try {
      const url = new URL(value.includes('://') ? value : `https://${value}`);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('protocol');
      // The origin becomes a host permission and a content-script match: never a wildcard.
      const problem = hostProblem(url);
      if (problem) {
        ctx.addIssue({ code: 'custom', message: problem });
        return z.NEVER;
      }
      return url.origin;
    } catch {
      ctx.addIssue({ code: 'custom', message: `“${value}” is not a web address.` });
      return z.NEVER;
    }
  });

export const selfHostedChatSchema = z.object({
  origin: originSchema,
  kind: z.enum(SELF_HOSTED_KINDS),
  enabled: z.boolean().default(true),
});
export type SelfHostedChat = z.infer<typeof selfHostedChatSchema>;

export const templatesSchema = z.object({
  agenda: z.string().max(5000).default(DEFAULT_TEMPLATES.agenda),
  asyncDoc: z.string().max(10000).default(DEFAULT_TEMPLATES.asyncDoc),
  asyncStatus: z.string().max(10000).default(DEFAULT_TEMPLATES.asyncStatus),
  asyncDecision: z.string().max(10000).default(DEFAULT_TEMPLATES.asyncDecision),
  asyncProposal: z.string().max(10000).default(DEFAULT_TEMPLATES.asyncProposal),
  asyncHandover: z.string().max(10000).default(DEFAULT_TEMPLATES.asyncHandover),
  askOrganizer: z.string().max(5000).default(DEFAULT_TEMPLATES.askOrganizer),
  /** Inserted after the greeting by "Add my question"; empty means just a new line. */
  chatQuestion: z.string().max(2000).default(DEFAULT_TEMPLATES.chatQuestion),
  callToAsync: z.string().max(2000).default(DEFAULT_TEMPLATES.callToAsync),
  callDecision: z.string().max(2000).default(DEFAULT_TEMPLATES.callDecision),
  callReview: z.string().max(2000).default(DEFAULT_TEMPLATES.callReview),
  callHandover: z.string().max(2000).default(DEFAULT_TEMPLATES.callHandover),
  kindReply: z
    .string()
    .trim()
    .min(1, 'Write the reply, or turn the reply chip off.')
    .max(2000)
    .default(DEFAULT_TEMPLATES.kindReply),
});
export type Templates = z.infer<typeof templatesSchema>;

export const workingHoursSchema = z
  .object({
    start: timeOfDay.default('09:00'),
    end: timeOfDay.default('17:00'),
    /** Days of the week with working hours, 0 = Sunday … 6 = Saturday. */
    days: z.array(z.number().int().min(0).max(6)).max(7).default([1, 2, 3, 4, 5]),
  })
  .refine((value) => value.start < value.end, {
    message: 'Working hours must end after they start.',
  });
export type WorkingHours = z.infer<typeof workingHoursSchema>;

const siteSwitches = Object.fromEntries(BUILTIN_SITE_IDS.map((id) => [id, z.boolean().default(true)])) as Record<
  BuiltinSiteId,
  z.ZodDefault<z.ZodBoolean>
>;

export const settingsSchema = z.object({
  surfaces: z
    .object({
      calendar: z.boolean().default(true),
      chat: z.boolean().default(true),
      stats: z.boolean().default(true),
    })
    .default({ calendar: true, chat: true, stats: true }),
  sites: z
    .object(siteSwitches)
    .default(Object.fromEntries(BUILTIN_SITE_IDS.map((id) => [id, true])) as Record<BuiltinSiteId, boolean>),
  selfHostedChats: z.array(selfHostedChatSchema).max(50).default([]),
  hourlyRate: z.number().min(0).max(100000).default(100),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as USD or EUR.')
    .default('USD'),
  thresholds: z
    .object({
      maxAttendees: z.number().int().min(2).max(1000).default(8),
      maxMinutes: z
        .number()
        .int()
        .min(5)
        .max(24 * 60)
        .default(60),
    })
    .default({ maxAttendees: 8, maxMinutes: 60 }),
  workingHours: workingHoursSchema.default({ start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] }),
  /** 0 = Sunday, 1 = Monday … as date-fns counts. */
  weekStartsOn: z.number().int().min(0).max(6).default(1),
  /** IANA zone; empty means "the browser's zone". */
  timeZone: z.string().refine(isValidTimeZone, 'Unknown time zone; use a name such as Europe/Berlin.').default(''),
  myEmails: z.array(z.string().trim().toLowerCase().pipe(z.email())).max(20).default([]),
  muted: z
    .object({
      /** `site-id:conversation-id`, e.g. `slack:C024BE91L`. */
      conversations: z.array(z.string().min(1).max(300)).max(500).default([]),
      /** Names or handles as they appear in the conversation header or a mention. */
      people: z.array(z.string().min(1).max(200)).max(500).default([]),
    })
    .default({ conversations: [], people: [] }),
  /** Chat helper paused until this epoch-ms time (0 = not snoozed). */
  chatSnoozedUntil: z.number().int().min(0).default(0),
  /** After this many "Send anyway" in one conversation within a day, no prompt there for a day; 0 = never. */
  quietAfterSendAnyway: z.number().int().min(0).max(20).default(3),
  /** When the person last chose "Send anyway", per `site-id:conversation-id` (epoch ms, last day only). */
  sentAnyway: z
    .record(z.string().min(1).max(300), z.array(z.number().int().min(0)).max(20))
    .refine((record) => Object.keys(record).length <= 500, 'Too many conversations.')
    .default({}),
  /** The chip that offers a kind reply to someone else's bare greeting (lib/chat/kind-reply.ts). */
  kindReply: z
    .object({
      enabled: z.boolean().default(true),
      /** How long the greeting must stand alone (by its own time) before the chip is offered. */
      afterMinutes: z.number().int().min(0).max(240).default(3),
      /** `site-id:conversation-id` where the person dismissed the chip: never offered there again. */
      dismissed: z.array(z.string().min(1).max(300)).max(500).default([]),
    })
    .prefault({}),
  /** Hours of meetings a week the person accepts; 0 = no budget (the default). */
  weeklyMeetingBudgetHours: z.number().min(0).max(168).default(0),
  /** Solo blocks and all-day events are not meetings unless the user says so. */
  countSoloEventsAsMeetings: z.boolean().default(false),
  templates: templatesSchema.default(DEFAULT_TEMPLATES),
  /** The interface's language: 'auto' follows the browser's (lib/i18n.ts). */
  language: z.enum(LANGUAGE_SETTINGS).default('auto'),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

export interface SettingsProblem {
  /** Dotted path of the field that was reset, e.g. `thresholds.maxAttendees`. */
  path: string;
  message: string;
}

export interface NormalizedSettings {
  settings: Settings;
  /** Empty when the stored value was valid. */
  problems: SettingsProblem[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const MISSING = Symbol('missing');

/**
 * Keep what is valid of one stored value, as deep as objects and lists go: a bad item of a
 * list drops that item, a bad field of an object drops that field (its default applies), so
 * one bad muted conversation never costs the person the others, or their muted people.
 */
function salvage(schema: z.ZodType, value: unknown, path: string[], problems: SettingsProblem[]): unknown {
  const whole = schema.safeParse(value);
  if (whole.success) return whole.data;
  const inner = schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema;
  let partial: unknown = MISSING;
  if (inner instanceof z.ZodObject && isPlainObject(value)) {
    const fields: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
      if (!(key in value)) continue;
      const kept = salvage(field, value[key], [...path, key], problems);
      if (kept !== MISSING) fields[key] = kept;
    }
    partial = fields;
  } else if (inner instanceof z.ZodArray && Array.isArray(value)) {
    const element = inner.element as z.ZodType;
    partial = value.flatMap((item, index) => {
      const kept = salvage(element, item, [...path, String(index)], problems);
      return kept === MISSING ? [] : [kept];
    });
  }
  if (partial !== MISSING) {
    const repaired = schema.safeParse(partial);
    if (repaired.success) return repaired.data;
  }
  // Only the issues not already reported for the items or fields dropped above.
  for (const issue of (partial === MISSING ? whole : schema.safeParse(partial)).error?.issues ?? []) {
    problems.push({ path: [...path, ...issue.path.map(String)].join('.'), message: issue.message });
  }
  return MISSING;
}

/**
 * Validate a stored value. A field that fails keeps its default while every valid field is
 * kept, so one bad value never costs the user the rest of their settings. The caller keeps
 * the raw value aside when `problems` is not empty.
 */
export function normalizeSettings(raw: unknown): NormalizedSettings {
  if (raw === undefined || raw === null) return { settings: structuredClone(DEFAULT_SETTINGS), problems: [] };
  const shape = settingsSchema.shape;
  const unknownKeys = isPlainObject(raw) ? Object.keys(raw).filter((key) => !(key in shape)) : [];
  const whole = settingsSchema.safeParse(raw);
  if (whole.success && unknownKeys.length === 0) return { settings: whole.data, problems: [] };
  if (!isPlainObject(raw)) {
    return {
      settings: structuredClone(DEFAULT_SETTINGS),
      problems: [{ path: '', message: 'Stored settings were not an object; defaults are in use.' }],
    };
  }
  const problems: SettingsProblem[] = [];
  const salvaged: Record<string, unknown> = {};
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    if (!(key in raw)) continue;
    const kept = salvage(shape[key], raw[key], [key], problems);
    if (kept !== MISSING) salvaged[key] = kept;
  }
  for (const key of unknownKeys) problems.push({ path: key, message: 'Unknown setting; ignored.' });
  return { settings: settingsSchema.parse(salvaged), problems };
}

/**
 * Migrations from older stored shapes, keyed by the version they produce. Each receives the
 * previous version's raw value. Version 1 is the first: nothing to migrate yet, but the
 * mechanism (and its test) is in place so the next change of shape has a home.
 */
export const SETTINGS_MIGRATIONS: Record<number, SettingsMigration> = {};
/** A stored value of an older shape is unchecked data: each migration narrows it itself. */
type SettingsMigration = (old: unknown) => unknown;

/** Run every migration from `fromVersion` up to the current version. */
export function migrateSettings(
  raw: unknown,
  fromVersion: number,
  migrations: Record<number, SettingsMigration> = SETTINGS_MIGRATIONS,
  toVersion = SETTINGS_VERSION,
): unknown {
  let value = raw;
  for (let version = fromVersion + 1; version <= toVersion; version++) {
    const step = migrations[version];
    if (step) value = step(value);
  }
  return value;
}
