/**
 * Outlook on the web (every address in site.ts): the new-event form and the event peek (and
 * the full view of an event, which has the same parts). Selectors and why they are trusted:
 * selectors.ts.
 */
import type { Attendee } from '../../lib/meeting/assess';
import { parseRecurrence } from '../../lib/meeting/parse-when';
import {
  blockText,
  fieldText,
  firstVisibleText,
  isHidden,
  lineText,
  parsePersonTitle,
  queryFirst,
  shortHash,
} from '../calendar-common/dom';
import type { CalendarAdapter, EventSurface, MeetingRead } from '../calendar-common/types';
import { dayFirst, findWhenElement } from '../calendar-common/when';
import { landmarksPresent, matches } from './landmarks';
import { CARD_PREFIX, COMPOSE, OPTIONAL_WORDS, ORGANIZER_WORDS, PEEK } from './selectors';
import { site } from './site';

const COMPOSE_PATH = /\/(?:deeplink|action)\/compose|\/compose(?:\/|$)/;
const ITEM_ID = /\/calendar\/(?:\d+\/)?(?:item|deeplink\/read)\/([^/?#]+)/;

function composeSurface(doc: Document, url: URL): EventSurface | null {
  const body = queryFirst(doc, COMPOSE.body) as HTMLElement | null;
  if (!body || isHidden(body)) return null;
  const root = COMPOSE.container.map((selector) => body.closest(selector)).find(Boolean) ?? doc.body;
  const title = queryFirst(root, COMPOSE.title) as HTMLInputElement | null;
  if (!title || body.contains(title)) return null;
  const id = ITEM_ID.exec(url.pathname)?.[1];
  const findBody = () => queryFirst(doc, COMPOSE.body) as HTMLElement | null;
  return {
    kind: 'compose',
    root,
    eventId: id ? `outlook:${id}` : null,
    titleAnchor: title,
    descriptionEditor: findBody,
    read(): MeetingRead {
      const attendees: Attendee[] = [];
      const currentBody = findBody();
      for (const well of root.querySelectorAll(COMPOSE.wells)) {
        if (well === currentBody || currentBody?.contains(well) || well.contains(currentBody)) continue;
        const optional = OPTIONAL_WORDS.test(well.getAttribute('aria-label') ?? '');
        for (const person of wellPeople(well)) {
          if (person.email || person.name) attendees.push({ ...person, ...(optional ? { optional: true } : {}) });
        }
      }
      const times = [...root.querySelectorAll(COMPOSE.times)].map(fieldText).filter((text) => /\d/.test(text));
      let recurrenceText = '';
      for (const el of root.querySelectorAll('button, [role="button"], [role="combobox"], [aria-haspopup]')) {
        const text = fieldText(el) || (el.getAttribute('aria-label') ?? '');
        if (text.length > 0 && text.length < 80 && parseRecurrence(text)) {
          recurrenceText = text;
          break;
        }
      }
      const teams = title.parentElement?.querySelector(COMPOSE.switch);
      return {
        title: title.value,
        whenText: times.join(' '),
        attendees,
        // The person composing is the organizer; the wells list only the others.
        organizer: {},
        description: blockText(currentBody),
        recurrenceText,
        conferencing: teams?.getAttribute('aria-checked') === 'true',
      };
    },
  };
}

/**
 * The people in an attendee well: each chip's text container (its text is the name or the
 * address), with "Name <email>" from a title on the chip when there is one; else titled elements.
 */
function wellPeople(well: Element): { name?: string; email?: string }[] {
  const [containerSelector, titledSelector] = COMPOSE.persona;
  const containers = [...well.querySelectorAll(containerSelector)];
  if (containers.length === 0)
    return [...well.querySelectorAll(titledSelector)].map((el) => parsePersonTitle(el.getAttribute('title') ?? ''));
  return containers.map((container) => {
    const titled = container.closest(titledSelector) ?? container.querySelector(titledSelector);
    const fromTitle =
      titled && titled !== well && well.contains(titled) ? parsePersonTitle(titled.getAttribute('title') ?? '') : {};
    const fromText = parsePersonTitle(lineText(container));
    return { name: fromTitle.name ?? fromText.name, email: fromTitle.email ?? fromText.email };
  });
}

/** The name on a person button: its label without "Opens card for", else its text. */
function personName(button: Element): string {
  const label = button.getAttribute('aria-label') ?? '';
  const name = label.replace(CARD_PREFIX, '').trim();
  return name && name !== label ? name : firstVisibleText(button);
}

function peekSurface(dialog: Element, dayFirst: boolean): EventSurface | null {
  if (isHidden(dialog) || dialog.querySelector('[data-ms-editor]')) return null;
  const heading = queryFirst(dialog, PEEK.heading);
  if (!heading) return null;
  const time = queryFirst(dialog, PEEK.time) ?? findWhenElement(dialog, { dayFirst });
  if (!time) return null;
  const title = lineText(heading);
  const whenText = lineText(time);
  return {
    kind: 'peek',
    root: dialog,
    // The peek carries no event id: title and time identify the event well enough.
    eventId: `outlook:${shortHash(`${title}|${whenText}`)}`,
    titleAnchor: heading,
    descriptionEditor: () => null,
    read(): MeetingRead {
      const buttons =
        PEEK.people.map((selector) => [...dialog.querySelectorAll(selector)]).find((found) => found.length > 0) ?? [];
      const attendees: Attendee[] = buttons.map((button) => ({ name: personName(button) || undefined }));
      const organizerIndex = buttons.findIndex((button) => ORGANIZER_WORDS.test(lineText(button)));
      // The peek lists the organizer first.
      if (attendees.length) attendees[Math.max(organizerIndex, 0)]!.organizer = true;
      const organizer = attendees.find((a) => a.organizer);
      // Recurrence: a line next to the time ("Occurs every Monday").
      let recurrenceText = '';
      for (const line of blockText(time.parentElement).split('\n')) {
        if (line.length < 100 && parseRecurrence(line)) {
          recurrenceText = line;
          break;
        }
      }
      // Description: what is left of the body once the title, time and people rows are out.
      const parts: string[] = [];
      const container = heading.parentElement;
      if (container) {
        let after = false;
        for (const child of container.children) {
          if (child === heading) {
            after = true;
            continue;
          }
          if (!after || child.contains(time) || buttons.some((b) => child.contains(b))) continue;
          const text = blockText(child);
          if (text) parts.push(text);
        }
      }
      return {
        title,
        whenText,
        attendees,
        organizer: organizer ? { name: organizer.name } : undefined,
        description: parts.join('\n\n'),
        recurrenceText,
        conferencing: dialog.querySelector('a[href*="teams.microsoft.com"], a[href*="teams.live.com"]') !== null,
      };
    },
  };
}

export const outlookAdapter: CalendarAdapter = {
  id: site.id,
  keyPrefix: 'outlook',
  matches,
  expectsSurface: (url) => COMPOSE_PATH.test(url.pathname),
  recognisesPage: (doc) => doc.querySelector('[role="main"]') !== null,
  landmarksPresent,
  findSurfaces(doc, url) {
    const surfaces: EventSurface[] = [];
    try {
      const compose = composeSurface(doc, url);
      if (compose) surfaces.push(compose);
    } catch {
      // a surface that fails to read shows nothing
    }
    const first = dayFirst(doc);
    for (const dialog of doc.querySelectorAll(PEEK.dialog)) {
      try {
        const peek = peekSurface(dialog, first);
        if (peek) surfaces.push(peek);
      } catch {
        // as above
      }
    }
    return surfaces;
  },
  dayFirst,
};
