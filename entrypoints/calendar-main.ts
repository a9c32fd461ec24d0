import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runCalendarContentScript } from '../sites/calendar-common/content';
import { CALENDAR_SENTINEL_KEY, type CalendarSlot } from '../sites/calendar-common/on-demand';

/**
 * The calendar overlay itself (adapters, agenda rules, settings, badge and panel), built as
 * calendar-main.js. Never declared as a content script: the calendar sentinel
 * (entrypoints/calendar.content.ts) imports it into its own frame the first time an event
 * editor or popover is on the page, and it runs in the sentinel's isolated world.
 */
export default defineUnlistedScript(() => {
  const slot = (globalThis as unknown as Record<symbol, CalendarSlot | undefined>)[CALENDAR_SENTINEL_KEY];
  if (!slot || slot.started || slot.ctx.isInvalid) return;
  slot.started = true;
  runCalendarContentScript(slot.ctx);
});
