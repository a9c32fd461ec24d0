/**
 * What every calendar site adapter provides. An adapter knows one site's DOM (selectors,
 * reading the meeting, where the badge goes); the overlay controller (overlay.ts) knows no
 * site and drives any adapter.
 */
import type { Attendee } from '../../lib/meeting/assess';
import type { CalendarSiteId } from '../../lib/sites';

/** The places on a calendar page where a person creates or looks at one meeting. */
type SurfaceKind = 'editor' | 'quick-create' | 'popover' | 'compose' | 'peek';

/** A meeting as one page shows it: partial data is normal (a peek has names, no e-mails). */
export interface MeetingRead {
  title: string;
  /** The time text as printed, e.g. "Tuesday, November 24⋅10:00 – 11:30am" ('' if none). */
  whenText: string;
  attendees: Attendee[];
  /** "12 guests" when the page says so. */
  attendeeCount?: number;
  /** The organizer when known; `{}` means "the person composing this" (not in the list). */
  organizer?: { name?: string; email?: string };
  /** Plain text. */
  description: string;
  /** The recurrence text as printed ("Weekly on Tuesday"), '' when none is shown. */
  recurrenceText: string;
  conferencing: boolean;
}

export interface EventSurface {
  kind: SurfaceKind;
  /** The element the surface lives in (the dialog, the form, the popover). */
  root: Element;
  /**
   * A stable id for an existing event, prefixed with the site ("gcal:<data-eventid>",
   * "outlook:<hash of title and time>"); null for an event being created.
   */
  eventId: string | null;
  /** The badge goes right after this element (the title input or heading). */
  titleAnchor: Element;
  read(): MeetingRead;
  /** The description editor, when this surface has one the person can type in. */
  descriptionEditor(): HTMLElement | null;
}

export interface CalendarAdapter {
  id: CalendarSiteId;
  /** Prefix of event keys ("gcal", "outlook"). */
  keyPrefix: string;
  matches(url: URL): boolean;
  /** The URL says an editor or form should be on screen (for "layout not recognised"). */
  expectsSurface(url: URL): boolean;
  /** The page's overall layout is one this adapter knows. */
  recognisesPage(doc: Document): boolean;
  /** Cheap test (ids, one selector) whether a surface could be on the page right now. */
  landmarksPresent(doc: Document): boolean;
  findSurfaces(doc: Document, url: URL): EventSurface[];
  /** Read "05/11/2026" day first? (from the page's language) */
  dayFirst?(doc: Document): boolean;
}
