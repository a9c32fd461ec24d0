/**
 * Google Calendar's cheapest tests, shared by the adapter and the calendar sentinel
 * (sites/calendar-common/sentinel.ts), which runs them at injection and on page changes
 * before any other calendar code is loaded: keep this file to a few id and attribute lookups.
 * Selectors and their evidence: selectors.ts.
 */
import { QUICK_CREATE, VIEW_FAMILY_ATTRIBUTE } from './selectors';
import { site } from './site';

/** The dialogs a surface can live in (quick-create, the details popover); see selectors.ts. */
const DIALOGS = `${QUICK_CREATE.dialogs.join(', ')}, [role="dialog"][data-eventid], #xDetDlg, #xDtDlg`;

export function viewFamily(doc: Document): string {
  return doc.body?.getAttribute(VIEW_FAMILY_ATTRIBUTE) ?? '';
}

export function matches(url: URL): boolean {
  return site.hosts.includes(url.hostname) && url.pathname.startsWith('/calendar');
}

/**
 * Could a surface be on the page right now? The editor's title or view marker, the Event tab,
 * or a dialog not inside [hidden] (the popover node stays in the page, hidden, between uses).
 */
export function landmarksPresent(doc: Document): boolean {
  if (doc.getElementById('xTiIn') !== null || doc.getElementById(QUICK_CREATE.tabId) !== null) return true;
  if (viewFamily(doc) === 'EVENT_EDIT') return true;
  for (const dialog of doc.querySelectorAll(DIALOGS)) if (dialog.closest('[hidden]') === null) return true;
  return false;
}

/**
 * A press that may open an event: on a chip of the week grid (opens the popover) or on the
 * grid itself (opens quick-create). ★★★ docs/research/sites.md: chips are
 * `[role=button][data-eventchip][data-eventid]` inside `[role=gridcell]`.
 */
const EVENT_PRESS = '[data-eventid], [role="gridcell"]';

/** What the calendar sentinel needs of this site (sites/calendar-common/landmarks.ts). */
export const siteLandmarks = { matches, landmarksPresent, eventPress: EVENT_PRESS };
