/**
 * Outlook's cheapest tests, shared by the adapter and the calendar sentinel
 * (sites/calendar-common/sentinel.ts), which runs them at injection and on page changes
 * before any other calendar code is loaded. Selectors and their evidence: selectors.ts.
 */
import { PEEK } from './selectors';
import { site } from './site';

export function matches(url: URL): boolean {
  return site.hosts.includes(url.hostname) && /^\/(?:calendar|mail)(?:\/|$)/.test(url.pathname);
}

/** A dialog (the peek) or Microsoft's editor (the compose form's body) is on the page. */
export function landmarksPresent(doc: Document): boolean {
  return doc.querySelector(`${PEEK.dialog}, [data-ms-editor]`) !== null;
}

/**
 * A press that may open an event: a button of the main region (grid events are `role=button`
 * named "Title, 10:00 to 11:00, …", docs/research/sites.md; ★ unconfirmed beyond that, and
 * toolbar buttons match too, which only loads the overlay a little early).
 */
const EVENT_PRESS = '[role="main"] [role="button"]';

/** What the calendar sentinel needs of this site (sites/calendar-common/landmarks.ts). */
export const siteLandmarks = { matches, landmarksPresent, eventPress: EVENT_PRESS };
