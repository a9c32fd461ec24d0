/**
 * The settings' defaults and type, without their schema: what in-page code needs. Content
 * scripts read settings the background has already validated and repaired (platform/storage.ts
 * is its one writer), so they need no validator, and zod alone costs a content script many
 * KB and ~10 ms of evaluation (issue 10). The schema in ./settings.ts is the source of truth:
 * test/unit/settings.test.ts checks that it gives exactly DEFAULT_SETTINGS for `{}`.
 */
import type { Settings } from './settings';
import { BUILTIN_SITE_IDS, type BuiltinSiteId } from './sites';

export const SETTINGS_VERSION = 1;

export const DEFAULT_TEMPLATES = {
  agenda: [
    'Purpose: (the decision or outcome we need from this meeting)',
    '',
    'Agenda:',
    '1. ',
    '2. ',
    '3. ',
    '',
    'Pre-read: (link, if any)',
    'Outcome: (what we will have decided by the end)',
  ].join('\n'),
  asyncDoc: [
    '# {title}',
    '',
    '## Purpose',
    '{purpose}',
    '',
    '## Context',
    '{context}',
    '',
    '## What I need, and from whom',
    '{asks}',
    '',
    '## Options',
    '1. ',
    '2. ',
    '',
    '## Deadline',
    'Please answer by {deadline}.',
    '',
    '## Where to answer',
    'Reply in this document (comments are fine). If we cannot settle it in writing, we keep the meeting.',
  ].join('\n'),
  asyncStatus: [
    '# Status update: {title}',
    '',
    '## Done since last time',
    '- ',
    '',
    '## Next',
    '- ',
    '',
    '## Blocked, or needs help',
    '- (none)',
    '',
    '## Numbers and links',
    '{context}',
    '',
    '## Your update',
    '{asks}',
    '',
    'Please add yours by {deadline}. Questions go in comments; we meet only if something needs it.',
  ].join('\n'),
  asyncDecision: [
    '# Decision: {title}',
    '',
    '## What we need to decide',
    '{purpose}',
    '',
    '## Context',
    '{context}',
    '',
    '## Options',
    '1. ',
    '2. ',
    '3. (do nothing)',
    '',
    '## Criteria',
    '- ',
    '',
    '## Recommendation',
    '(The option I recommend, and why.)',
    '',
    '## Who decides, and by when',
    'Decides: (name). Decision by {deadline}.',
    '',
    '## What I need from you',
    '{asks}',
  ].join('\n'),
  asyncProposal: [
    '# Proposal: {title}',
    '',
    '## Problem',
    '{purpose}',
    '',
    '## Context',
    '{context}',
    '',
    '## Proposal',
    '',
    '',
    '## Alternatives considered',
    '- ',
    '',
    '## Open questions',
    '- ',
    '',
    '## Review',
    '{asks}',
    '',
    'Please review by {deadline}: comment inline, or approve.',
  ].join('\n'),
  asyncHandover: [
    '# Handover: {title}',
    '',
    '## What is being handed over, and to whom',
    '{purpose}',
    '',
    '## Where things stand',
    '{context}',
    '',
    '## Open items and deadlines',
    '- ',
    '',
    '## People to know',
    '- ',
    '',
    '## Where to find things (docs, access, dashboards)',
    '- ',
    '',
    '## Questions',
    '{asks}',
    '',
    'Please read by {deadline} and add your questions; a short call afterwards covers whatever is left.',
  ].join('\n'),
  askOrganizer: [
    'Hi {organizer},',
    '',
    'Thanks for the invite to “{title}”. Could you add a short agenda or the outcome you are after? It helps me prepare, and if it turns out I can help in writing instead, I am glad to.',
    '',
    'Thanks!',
  ].join('\n'),
  chatQuestion: '',
  callToAsync:
    'Topic: \nMy question: \nWhat I have tried or know so far: \n(Happy to jump on a call if writing does not get us there.)',
  callDecision:
    'Decision needed: \nOptions: \nMy recommendation: \nNeeded by: \n(Happy to jump on a call if writing does not get us there.)',
  callReview:
    'Please review: \nWhat I would like feedback on: \nLink: \nBy when: \n(Happy to jump on a call if writing does not get us there.)',
  callHandover:
    'Handing over: \nWhere it stands: \nOpen items: \nWhere to find things: \n(Happy to jump on a call for what is left.)',
  /** The kind reply to someone else's bare greeting (components/chat/ReplyChip.ts offers it). */
  kindReply: 'Hi! Go ahead and write your question here — I’ll answer as soon as I can.',
} as const;

/** Is `zone` a time zone this runtime knows? (Intl is pure JS, fine in lib/.) */
export function isValidTimeZone(zone: string): boolean {
  if (zone === '') return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** What `settingsSchema.parse({})` gives. */
export const DEFAULT_SETTINGS: Settings = Object.freeze({
  surfaces: { calendar: true, chat: true, stats: true },
  sites: Object.fromEntries(BUILTIN_SITE_IDS.map((id) => [id, true])) as Record<BuiltinSiteId, boolean>,
  selfHostedChats: [],
  hourlyRate: 100,
  currency: 'USD',
  thresholds: { maxAttendees: 8, maxMinutes: 60 },
  workingHours: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] },
  weekStartsOn: 1,
  timeZone: '',
  myEmails: [],
  muted: { conversations: [], people: [] },
  chatSnoozedUntil: 0,
  quietAfterSendAnyway: 3,
  sentAnyway: {},
  kindReply: { enabled: true, afterMinutes: 3, dismissed: [] },
  weeklyMeetingBudgetHours: 0,
  countSoloEventsAsMeetings: false,
  templates: { ...DEFAULT_TEMPLATES },
  language: 'auto',
});

/** The kind of a value as far as a reader of settings cares: a wrong kind would throw or mislead. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/**
 * The stored value over the default, kind by kind: a field whose kind differs from its default's
 * (a corrupted or hand-edited store) reads as the default, one level into objects. Cheap enough
 * for every page (no schema library), and enough that no reader dereferences a null or a string.
 */
function overDefault<T>(fallback: T, stored: unknown, depth: number): T {
  // An optional setting (no default) has no kind to compare with: the schema judges it.
  if (fallback === undefined || fallback === null) return stored as T;
  if (kindOf(stored) !== kindOf(fallback)) return fallback;
  if (depth === 0 || kindOf(fallback) !== 'object') return stored as T;
  const merged: Record<string, unknown> = { ...(fallback as Record<string, unknown>) };
  for (const [key, value] of Object.entries(stored as Record<string, unknown>)) {
    // Keys the defaults do not know (records keyed by conversation or site) are kept as stored.
    merged[key] = key in merged ? overDefault(merged[key], value, depth - 1) : value;
  }
  return merged as T;
}

/**
 * Settings as stored by the background, for code that trusts them (content scripts): the
 * stored object over the defaults, so a setting added by an update reads as its default until
 * the background has written the repaired value. Anything but an object reads as the defaults,
 * and a field of the wrong kind as its default (the background's schema repairs the store).
 */
export function trustedSettings(stored: unknown): Settings {
  if (kindOf(stored) !== 'object') return DEFAULT_SETTINGS;
  return overDefault(DEFAULT_SETTINGS, stored, 2);
}
