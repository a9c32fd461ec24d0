/**
 * Google Calendar: the full event editor (/r/eventedit…), the quick-create dialog and the
 * details popover of an existing event. Selectors and why they are trusted: selectors.ts.
 */
import type { Attendee } from '../../lib/meeting/assess';
import { parseRecurrence } from '../../lib/meeting/parse-when';
import {
  blockText,
  fieldText,
  firstVisibleText,
  isHidden,
  lineText,
  queryAllFirst,
  queryFirst,
} from '../calendar-common/dom';
import type { CalendarAdapter, EventSurface, MeetingRead } from '../calendar-common/types';
import { dayFirst, findWhenElement } from '../calendar-common/when';
import { landmarksPresent, matches, viewFamily } from './landmarks';
import { DECLINED_WORDS, EDITOR, ORGANIZER_WORDS, POPOVER, QUICK_CREATE } from './selectors';
import { site } from './site';

const EDIT_PATH = /\/r\/eventedit(?:\/|$|\?)/;
/** /r/eventedit/<id>; "duplicate" and "copy" create a new event. */
const EDIT_ID = /\/r\/eventedit\/(?!duplicate\b|copy\b)([A-Za-z0-9_-]{6,})/;

/** Guests from rows carrying the e-mail in data-email (today) or data-hovercard-id (older). */
function readGuestRows(rows: Element[]): Attendee[] {
  const attendees: Attendee[] = rows.map((row) => {
    const email = (row.getAttribute('data-email') ?? row.getAttribute('data-hovercard-id') ?? '').trim().toLowerCase();
    const name = firstVisibleText(row);
    const label = `${row.getAttribute('aria-label') ?? ''} ${lineText(row)}`;
    const attendee: Attendee = { email: email || undefined, name: name && name !== email ? name : undefined };
    if (ORGANIZER_WORDS.test(label)) attendee.organizer = true;
    if (DECLINED_WORDS.test(row.getAttribute('aria-label') ?? '')) attendee.responseStatus = 'declined';
    return attendee;
  });
  // Google lists the organizer first; the word only refines it.
  if (attendees.length > 0 && !attendees.some((a) => a.organizer)) attendees[0]!.organizer = true;
  return attendees;
}

function organizerOf(attendees: Attendee[]): MeetingRead['organizer'] {
  const organizer = attendees.find((a) => a.organizer);
  return organizer ? { name: organizer.name, email: organizer.email } : undefined;
}

/** A control near the dates whose text reads as a recurrence ("Weekly on Tuesday"). */
function recurrenceNear(root: Element): string {
  const direct = queryFirst(root, EDITOR.recurrence);
  if (direct) return fieldText(direct);
  for (const el of root.querySelectorAll('select, [role="combobox"], [role="button"], button, [aria-haspopup]')) {
    const text = fieldText(el);
    if (text.length > 0 && text.length < 80 && parseRecurrence(text)) return text;
  }
  return '';
}

function editorSurface(doc: Document, url: URL): EventSurface | null {
  const family = viewFamily(doc);
  const titleById = doc.getElementById('xTiIn');
  if (!titleById && family !== 'EVENT_EDIT' && !EDIT_PATH.test(url.pathname)) return null;
  const title = titleById ?? queryFirst(doc, EDITOR.title);
  if (!title || isHidden(title)) return null;
  const root = title.closest('[role="main"]') ?? doc.body;
  const idFromUrl = EDIT_ID.exec(url.pathname)?.[1];
  const idFromDom = title.closest('[data-eventid]')?.getAttribute('data-eventid');
  const id = idFromUrl ?? idFromDom ?? null;
  const descriptionEditor = () => queryFirst(doc, EDITOR.description) as HTMLElement | null;
  return {
    kind: 'editor',
    root,
    eventId: id ? `gcal:${id}` : null,
    titleAnchor: title,
    descriptionEditor,
    read() {
      const field = (selectors: readonly string[]) => fieldText(queryFirst(doc, selectors));
      const startDate = field(EDITOR.startDate);
      const endDate = field(EDITOR.endDate) || startDate;
      const allDayBox = queryFirst(doc, EDITOR.allDay) as HTMLInputElement | null;
      const allDay = allDayBox?.checked === true || allDayBox?.getAttribute('aria-checked') === 'true';
      const whenText = allDay
        ? `${startDate} - ${endDate}`
        : `${startDate} ${field(EDITOR.startTime)} - ${endDate} ${field(EDITOR.endTime)}`;
      const attendees = readGuestRows(queryAllFirst(doc, EDITOR.guests));
      return {
        title: fieldText(title),
        whenText: startDate ? whenText : '',
        attendees,
        organizer: organizerOf(attendees),
        description: blockText(descriptionEditor()),
        recurrenceText: recurrenceNear(root),
        conferencing: queryFirst(doc, EDITOR.conferencing) !== null,
      };
    },
  };
}

/** The quick-create dialog: a chips dialog with a title field and no event id; else the one around #tabEvent. */
function quickCreateDialog(doc: Document): Element | null {
  for (const dialog of queryAllFirst(doc, QUICK_CREATE.dialogs)) {
    if (isHidden(dialog) || dialog.matches(POPOVER.eventId) || dialog.querySelector(POPOVER.eventId)) continue;
    if (queryFirst(dialog, QUICK_CREATE.title)) return dialog;
  }
  return doc.getElementById(QUICK_CREATE.tabId)?.closest(QUICK_CREATE.dialog) ?? null;
}

function quickCreateSurface(doc: Document): EventSurface | null {
  const dialog = quickCreateDialog(doc);
  if (!dialog || isHidden(dialog)) return null;
  const title = queryFirst(dialog, QUICK_CREATE.title);
  if (!title) return null;
  const descriptionEditor = () => dialog.querySelector<HTMLElement>('[role="textbox"][contenteditable="true"]');
  return {
    kind: 'quick-create',
    root: dialog,
    eventId: null,
    titleAnchor: title,
    descriptionEditor,
    read() {
      const attendees = readGuestRows([...dialog.querySelectorAll('[data-email], [data-hovercard-id]')]);
      return {
        title: fieldText(title),
        whenText: lineText(findWhenElement(dialog)),
        attendees,
        organizer: organizerOf(attendees),
        description: blockText(descriptionEditor()),
        recurrenceText: recurrenceNear(dialog),
        conferencing: dialog.querySelector('a[href*="meet.google.com"]') !== null,
      };
    },
  };
}

/** "12 guests" (any language: a number followed by a word) above the guest list. */
function guestCount(section: Element | null): number | undefined {
  if (!section) return undefined;
  for (const line of blockText(section).split('\n')) {
    const m = /^(\d{1,4})\s*\p{L}/u.exec(line.trim());
    if (m) return Number(m[1]);
  }
  return undefined;
}

function popoverSurface(doc: Document): EventSurface | null {
  const root = queryFirst(doc, POPOVER.root);
  if (!root || isHidden(root)) return null;
  const id = root.getAttribute('data-eventid') ?? root.querySelector(POPOVER.eventId)?.getAttribute('data-eventid');
  const heading = queryFirst(root, POPOVER.heading);
  if (!id || !heading) return null;
  return {
    kind: 'popover',
    root,
    eventId: `gcal:${id}`,
    titleAnchor: heading,
    descriptionEditor: () => null,
    read() {
      const when = queryFirst(root, POPOVER.when) ?? findWhenElement(root);
      let recurrenceText = '';
      for (const line of when?.parentElement?.children ?? []) {
        if (line === when || line === heading) continue;
        const text = lineText(line);
        if (text.length < 100 && parseRecurrence(text)) {
          recurrenceText = text;
          break;
        }
      }
      const attendees = readGuestRows(queryAllFirst(root, POPOVER.guests));
      return {
        title: lineText(heading),
        whenText: lineText(when),
        attendees,
        attendeeCount: guestCount(root.querySelector(POPOVER.guestsSection)),
        organizer: organizerOf(attendees),
        description: blockText(queryFirst(root, POPOVER.description)),
        recurrenceText,
        conferencing: queryFirst(root, POPOVER.video) !== null,
      };
    },
  };
}

export const googleCalendarAdapter: CalendarAdapter = {
  id: site.id,
  keyPrefix: 'gcal',
  matches,
  expectsSurface: (url) => EDIT_PATH.test(url.pathname),
  recognisesPage: (doc) => viewFamily(doc) !== '' || doc.getElementById('xTiIn') !== null,
  landmarksPresent,
  findSurfaces(doc, url) {
    const surfaces: EventSurface[] = [];
    for (const find of [() => editorSurface(doc, url), () => quickCreateSurface(doc), () => popoverSurface(doc)]) {
      try {
        const surface = find();
        if (surface) surfaces.push(surface);
      } catch {
        // One surface failing to read never stops the others; nothing is shown for it.
      }
    }
    return surfaces;
  },
  dayFirst,
};
