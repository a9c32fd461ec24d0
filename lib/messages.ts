/**
 * The one message protocol between content scripts, the background and the extension pages.
 * Every message is validated with zod where it is received: a malformed one is refused and
 * logged, never acted on.
 */
import { z } from 'zod';
import { activityKindSchema } from './activity';
import { MAX_FEED_BYTES } from './limits';
import { BUILTIN_SITE_IDS, SELF_HOSTED_KINDS } from './sites';

export const siteIdSchema = z.enum([...BUILTIN_SITE_IDS, ...SELF_HOSTED_KINDS]);

export const SITE_STATUSES = ['ok', 'layout-not-recognised'] as const;
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
  /** The booked meeting hours of the week containing `weekOf` (the overlay's budget check). */
  z.object({ type: z.literal('budget/week'), weekOf: z.number().int().nonnegative() }),
  /** Open the options page (content scripts cannot do it themselves). */
  z.object({ type: z.literal('options/open'), section: z.string().max(50).optional() }),
]);

export type Message = z.infer<typeof messageSchema>;
export type MessageInput = z.input<typeof messageSchema>;
export type MessageType = Message['type'];

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
