/**
 * The one message protocol between content scripts, the background and the extension pages.
 * Every message is validated with zod where it is received: a malformed one is refused and
 * logged, never acted on.
 */
import { z } from 'zod';
import { activityKindSchema } from './activity-schema';
import { LANGUAGES } from './i18n';
import { MAX_FEED_BYTES } from './limits';
import { settingsPatchSchema } from './settings-patch';
import { BUILTIN_SITE_IDS, SELF_HOSTED_KINDS } from './sites';

export const siteIdSchema = z.enum([...BUILTIN_SITE_IDS, ...SELF_HOSTED_KINDS]);

/**
 * What a content script makes of a page's layout: everything it needs found ('ok'), the main
 * landmark found but another missing ('partly-recognised', the detail says which and what that
 * costs), or nothing it knows ('layout-not-recognised').
 */
export const SITE_STATUSES = ['ok', 'partly-recognised', 'layout-not-recognised'] as const;
export const siteStatusSchema = z.enum(SITE_STATUSES);
export type SiteStatus = z.infer<typeof siteStatusSchema>;

export const messageSchema = z.discriminatedUnion('type', [
  /** Something happened on a page that the weekly stats count. */
  z.object({
    type: z.literal('activity/record'),
    kind: activityKindSchema,
    site: siteIdSchema,
    key: z.string().max(500).default(''),
    at: z.number().int().positive(),
  }),
  /** A content script tells whether it recognised the page's layout. */
  z.object({
    type: z.literal('site/status'),
    site: siteIdSchema,
    status: siteStatusSchema,
    detail: z.string().max(300).default(''),
    at: z.number().int().positive(),
  }),
  /** Refresh one calendar feed, or all of them. */
  z.object({ type: z.literal('feeds/refresh'), feedId: z.string().max(100).optional() }),
  /** Add a calendar feed by address (the page has asked for the origin's permission). */
  z.object({ type: z.literal('feeds/add'), url: z.string().max(4000), name: z.string().max(200).default('') }),
  /** Import an .ics file as a feed; `name` is the file's name. */
  z.object({ type: z.literal('feeds/import'), name: z.string().max(200), text: z.string().max(MAX_FEED_BYTES) }),
  /** Remove a feed, what is kept of it, and the origin's permission if nothing else needs it. */
  z.object({ type: z.literal('feeds/remove'), feedId: z.string().max(100) }),
  /** The self-hosted chat list or its permissions changed: (re)register content scripts. */
  z.object({ type: z.literal('self-hosted/sync') }),
  /**
   * Change the settings: the background's one writer applies the patch to the settings as
   * they are now (chat pages may only mute, snooze and count a “Send anyway”). Replies with the settings written.
   */
  z.object({ type: z.literal('settings/patch'), patch: settingsPatchSchema }),
  /** Read the settings, repairing a stored value that fails validation (the bad one is kept aside). */
  z.object({ type: z.literal('settings/load') }),
  /** The booked meeting hours of the week containing `weekOf` (the overlay's budget check). */
  z.object({ type: z.literal('budget/week'), weekOf: z.number().int().nonnegative() }),
  /** Check again which switched-on sites the browser does not let Eventually run on; replies with them. */
  z.object({ type: z.literal('site-access/check') }),
  /** Open the options page (content scripts cannot do it themselves). */
  z.object({ type: z.literal('options/open'), section: z.string().max(50).optional() }),
  /** A content script asks for the catalog of the language chosen in the settings (lib/i18n.ts). */
  z.object({ type: z.literal('i18n/catalog'), language: z.enum(LANGUAGES) }),
  // A content script's sentinel asks for its surface's main code in its own frame.
  z.object({ type: z.literal('content/load'), surface: z.enum(['chat']) }),
  /** The popup found no current weekly summary (lib/calendar/summary.ts): make one now. */
  z.object({ type: z.literal('stats/summary') }),
  /** The popup's export of the trend ending `offset` weeks from this one; replies with the file. */
  z.object({
    type: z.literal('stats/export'),
    format: z.enum(['csv', 'json']),
    offset: z.number().int().min(-52).max(52),
  }),
  /** The async write-up of one kept meeting (the popup's costliest list); replies with its text. */
  z.object({
    type: z.literal('stats/async-doc'),
    uid: z.string().max(2000),
    start: z.number().int(),
    title: z.string().max(2000),
    attendees: z.number().int().min(0),
    personHours: z.number().min(0),
  }),
]);

export type Message = z.infer<typeof messageSchema>;
export type MessageInput = z.input<typeof messageSchema>;
export type MessageType = Message['type'];

/** Messages only the extension's own pages may send (never a content script). */
export const EXTENSION_PAGE_MESSAGES: ReadonlySet<MessageType> = new Set([
  'feeds/refresh',
  'feeds/add',
  'feeds/import',
  'feeds/remove',
  'self-hosted/sync',
  'settings/load',
  'site-access/check',
  'stats/summary',
  'stats/export',
  'stats/async-doc',
]);

export type Reply = { ok: true; value?: unknown } | { ok: false; error: string };

export type ParsedMessage = { ok: true; message: Message } | { ok: false; error: string };

/** Validate an incoming message; the error names the field so the log is useful. */
export function parseMessage(raw: unknown): ParsedMessage {
  const result = messageSchema.safeParse(raw);
  if (result.success) return { ok: true, message: result.data };
  const first = result.error.issues[0];
  const where = first?.path.length ? ` at ${first.path.join('.')}` : '';
  return { ok: false, error: `Refused a malformed message${where}: ${first?.message ?? 'invalid'}` };
}

/**
 * What a refused message looked like, without any of its values (a malformed message can hold
 * a secret feed address): `{type: string, url: string(52)}`.
 */
export function messageShape(raw: unknown, depth = 0): string {
  if (raw === null) return 'null';
  if (Array.isArray(raw)) return `array(${raw.length})`;
  if (typeof raw === 'string') return `string(${raw.length})`;
  if (typeof raw !== 'object') return typeof raw;
  if (depth >= 2) return 'object';
  const keys = Object.keys(raw).slice(0, 20);
  const fields = keys.map(
    (key) =>
      `${/^[\w/-]{1,40}$/.test(key) ? key : '?'}: ${messageShape((raw as Record<string, unknown>)[key], depth + 1)}`,
  );
  return `{${fields.join(', ')}}`;
}
