import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CALENDAR_SENTINEL_KEY, type CalendarSlot } from '../sites/calendar-common/on-demand';
import { startCalendarSentinel } from '../sites/calendar-common/sentinel';
import { contentScriptMatches } from '../sites/registry';

/**
 * The calendar overlay's sentinel (sites/calendar-common/sentinel.ts) on every calendar site of
 * sites/registry.ts: a few KB that look for an event editor or popover. The overlay itself
 * (entrypoints/calendar-main.ts) is imported into this frame the first time one is there.
 * Every calendar site is built in, so web_accessible_resources (wxt.config.ts) opens
 * calendar-main.js to all of them, behind a per-session URL; unlike chat there is no
 * self-hosted origin, so no background injection is needed.
 */
export default defineContentScript({
  matches: contentScriptMatches('calendar'),
  runAt: 'document_idle',
  main(ctx) {
    const global = globalThis as unknown as Record<symbol, CalendarSlot | undefined>;
    const sentinel = startCalendarSentinel(window, {
      async loadMain() {
        const slot: CalendarSlot = { ctx };
        global[CALENDAR_SENTINEL_KEY] = slot;
        // A module imported here runs in this content script's isolated world, in this frame.
        await import(/* @vite-ignore */ browser.runtime.getURL('/calendar-main.js'));
        return slot.started === true;
      },
    });
    ctx.onInvalidated(() => {
      sentinel.stop();
      global[CALENDAR_SENTINEL_KEY] = undefined;
    });
  },
});
