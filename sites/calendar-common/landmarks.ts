/**
 * Each calendar site's cheap page tests (address, landmarks), without its adapter: what the
 * calendar sentinel needs at injection. Keyed by the ids of lib/sites.ts, like registry.ts.
 */
import type { CalendarSiteId } from '../../lib/sites';
import { siteLandmarks as google } from '../google-calendar/landmarks';
import { siteLandmarks as outlook } from '../outlook/landmarks';

export interface SiteLandmarks {
  matches(url: URL): boolean;
  landmarksPresent(doc: Document): boolean;
  /** Elements a press on which may open an event (a selector for closest()). */
  eventPress: string;
}

export const CALENDAR_LANDMARKS: Record<CalendarSiteId, SiteLandmarks> = {
  'google-calendar': google,
  outlook,
};
