/**
 * Every calendar adapter by site id, and which one handles a page. Keyed by the ids of
 * lib/sites.ts, so a calendar site added there does not compile until its adapter is here;
 * test/dom/site-registry.test.ts checks each adapter against its descriptor.
 */
import { CALENDAR_SITE_IDS, type CalendarSiteId } from '../../lib/sites';
import { googleCalendarAdapter } from '../google-calendar/adapter';
import { outlookAdapter } from '../outlook/adapter';
import type { CalendarAdapter } from './types';

export const CALENDAR_ADAPTERS: Record<CalendarSiteId, CalendarAdapter> = {
  'google-calendar': googleCalendarAdapter,
  outlook: outlookAdapter,
};

export function adapterFor(url: URL): CalendarAdapter | null {
  for (const id of CALENDAR_SITE_IDS) if (CALENDAR_ADAPTERS[id].matches(url)) return CALENDAR_ADAPTERS[id];
  return null;
}
