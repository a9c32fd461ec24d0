/**
 * How the calendar sentinel (content-scripts/calendar.js) hands its context to the overlay it
 * loads on demand (calendar-main.js): both run in the extension's isolated world of one frame,
 * so a global there is invisible to the page.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export const CALENDAR_SENTINEL_KEY = Symbol.for('eventually.calendar.sentinel');

export interface CalendarSlot {
  ctx: ContentScriptContext;
  /** Set by calendar-main.js once the overlay runs. */
  started?: boolean;
}
