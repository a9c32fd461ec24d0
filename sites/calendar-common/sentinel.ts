/**
 * The calendar sentinel: all of the calendar overlay that runs when a page loads (the
 * manifest's content-scripts/calendar.js). It only recognises whether this page can show an
 * event editor or popover (the address, then a few id and attribute lookups of
 * landmarks.ts), watches for one, and asks for the overlay (calendar-main.js: adapters,
 * agenda rules, settings, the badge and panel) the first time one is there, in this frame
 * only. A calendar page where nobody opens an event never loads more.
 *
 * So that the first badge is quick, a person's press on an event chip or the grid (which
 * opens a popover or quick-create a moment later) already asks for the overlay.
 *
 * The watch costs nothing proportional to the page's own churn: one MutationObserver whose
 * callback never reads its records, only re-runs the landmark lookups; it is gone once the
 * overlay is asked for (the overlay has its own). Fail open: if the overlay cannot load, the
 * page goes on untouched and we ask no more.
 */
import { CALENDAR_LANDMARKS, type SiteLandmarks } from './landmarks';

export interface CalendarSentinelDeps {
  /** Load the overlay into this frame; resolves once it has run (false or a rejection: it could not). */
  loadMain(): Promise<boolean>;
  /** Tests in happy-dom only: treat synthetic presses as the person's own. */
  trustSynthetic?: boolean;
}

type State = 'waiting' | 'loading' | 'loaded' | 'failed' | 'stopped';

export interface CalendarSentinel {
  /** Whether the overlay was asked for: 'waiting' (not yet), 'loading', 'loaded' or 'failed'. */
  state(): State;
  stop(): void;
}

const SITES = Object.values(CALENDAR_LANDMARKS);

export function startCalendarSentinel(win: Window, deps: CalendarSentinelDeps): CalendarSentinel {
  const doc = win.document;
  let state: State = 'waiting';
  // The address rarely changes between two checks: parse it only when it did.
  let href = '';
  let site: SiteLandmarks | undefined;
  const siteNow = () => {
    if (win.location.href !== href) {
      href = win.location.href;
      const url = new URL(href);
      site = SITES.find((candidate) => candidate.matches(url));
    }
    return site;
  };

  const load = () => {
    observer.disconnect();
    win.removeEventListener('pointerdown', onPress, true);
    state = 'loading';
    deps.loadMain().then(
      (ok) => {
        if (state === 'loading') state = ok ? 'loaded' : 'failed';
      },
      () => {
        // Fail open: the page goes on without us.
        if (state === 'loading') state = 'failed';
      },
    );
  };

  const check = () => {
    try {
      if (state === 'waiting' && siteNow()?.landmarksPresent(doc)) load();
    } catch {
      // never in the way
    }
  };

  function onPress(event: Event): void {
    try {
      if (state !== 'waiting' || !(event.isTrusted || deps.trustSynthetic)) return;
      const target = event.target as Element | null;
      const press = siteNow()?.eventPress;
      if (press && target?.nodeType === 1 && target.closest(press)) load();
    } catch {
      // never in the way
    }
  }

  const observer = new (win as Window & typeof globalThis).MutationObserver(check);
  check();
  if (state === 'waiting') {
    // Dialogs come and go as nodes; the reused popover is shown by dropping `hidden`; the
    // editor is marked by data-viewfamily on <body>.
    observer.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['hidden', 'data-viewfamily'],
    });
    win.addEventListener('pointerdown', onPress, true);
  }

  return {
    state: () => state,
    stop() {
      observer.disconnect();
      win.removeEventListener('pointerdown', onPress, true);
      if (state === 'waiting') state = 'stopped';
    },
  };
}
