/**
 * The calendar content script's wiring to the browser: settings (live), the activity log
 * (read-only here; writes go to the background), messages, clipboard, downloads and new
 * tabs. Picks the adapter for the page and runs the overlay while the calendar surface and
 * that site are switched on.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type ActivityKind, type ActivityLog, eventHistory } from '../../lib/activity';
import { assessMeetingInput } from '../../lib/meeting/assess';
import type { Settings } from '../../lib/settings';
import { isLayoutReportRequest } from '../../lib/tab-messages';
import { requestWeekBooking } from '../../platform/budget-request';
import { copyToClipboard } from '../../platform/clipboard';
import { liveSettings } from '../../platform/content-settings';
import { downloadText } from '../../platform/download';
import { layoutReportReply, showLayoutReport } from '../../platform/layout-report';
import { sendMessage } from '../../platform/messaging';
import { activityItem } from '../../platform/storage-items';
import { inPageLanguage } from '../language';
import { type OverlayController, startOverlay } from './overlay';
import { adapterFor } from './registry';

function openUrl(url: string): boolean {
  // Called from the click that asked for it, so the browser allows the new tab.
  const opened = window.open(url, '_blank');
  if (opened) opened.opener = null;
  return opened !== null;
}

/**
 * The agenda rules compile large Unicode regular expressions the first time they see a
 * list (~100–800 ms once). Do that while the page is idle, not when the person opens an
 * event and waits for the badge.
 */
function warmUp(ctx: ContentScriptContext): void {
  const assess = (description: string) =>
    assessMeetingInput({
      title: 'Weekly sync',
      start: 0,
      end: 1_800_000,
      attendees: [{ email: 'a@example.com' }, { email: 'b@example.com' }],
      description,
    });
  const run = () => {
    if (ctx.isInvalid) return;
    assess('Topics: hiring plan; Q1 goals');
    assess('Renewal discussion. Notes in the shared folder.');
    assess(
      [
        'Purpose: decide the launch date',
        'Agenda:',
        '1. Walk through the screens',
        '- Payment error states',
        'Topics: hiring plan; Q1 goals',
        'Please update your tickets before the meeting.',
        '──────────',
        'Join Zoom Meeting',
        'https://example.zoom.us/j/5550100123?pwd=Zm9v',
        'Meeting ID: 555 010 0123',
        'Join with Google Meet: https://meet.google.com/abc-defg-hij',
        'Or dial: (US) +1 555-010-0199 PIN: 123 456 789#',
      ].join('\n'),
    );
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 3000 });
  else ctx.setTimeout(run, 500);
}

export function runCalendarContentScript(ctx: ContentScriptContext): void {
  let adapter = adapterFor(new URL(location.href));
  let controller: OverlayController | null = null;
  let log: ActivityLog = {};
  let settingsLoaded = false;

  const language = inPageLanguage();
  const settings = liveSettings((next) => {
    void language(next.language);
    apply(next);
  });
  const enabled = (s: Settings) => adapter !== null && s.surfaces.calendar && s.sites[adapter.id];

  const start = () => {
    if (!adapter || controller || ctx.isInvalid) return;
    const site = adapter.id;
    controller = startOverlay(adapter, {
      doc: document,
      url: () => new URL(location.href),
      settings: () => settings.current(),
      history: (key: string) => eventHistory(log, key),
      record: (kind: ActivityKind, key: string) => {
        void sendMessage({ type: 'activity/record', kind, site, key: key.slice(0, 500), at: Date.now() });
      },
      reportStatus: (status, detail) => {
        void sendMessage({ type: 'site/status', site, status, detail: detail.slice(0, 300), at: Date.now() });
      },
      copy: copyToClipboard,
      openUrl,
      download: (fileName, text, within) => downloadText(fileName, text, 'text/markdown;charset=utf-8', within),
      now: () => Date.now(),
      showLayoutReport: () => void showLayoutReport(site),
      weekBooking: requestWeekBooking,
    });
  };
  const stop = () => {
    controller?.stop();
    controller = null;
  };
  function apply(next: Settings) {
    if (!settingsLoaded) return;
    if (enabled(next)) {
      if (controller) controller.settingsChanged();
      else start();
    } else {
      stop();
    }
  }

  // Start once both the settings and the activity log are read, so a kept meeting shows
  // "Kept" from the first frame instead of flashing its verdict.
  const logReady = activityItem.getValue().then(
    (value) => {
      log = value ?? {};
    },
    () => undefined,
  );
  const languageReady = settings.ready.then((loaded) => language(loaded.language));
  void Promise.all([settings.ready, logReady, languageReady]).then(() => {
    settingsLoaded = true;
    apply(settings.current());
    if (controller) warmUp(ctx);
  });
  const unwatchActivity = activityItem.watch((value) => {
    log = value ?? {};
    controller?.historyChanged();
  });

  // In-app navigation (week view → editor, mail → calendar): look again on the new page.
  // WXT also reports navigations that never happen (a download link fires the Navigation
  // API's `navigate` event), so only a real change of address counts.
  let lastHref = location.href;
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (location.href === lastHref) return;
    lastHref = location.href;
    const next = adapterFor(new URL(location.href));
    if (next !== adapter) {
      stop();
      adapter = next;
      if (settingsLoaded) apply(settings.current());
    } else {
      controller?.locationChanged();
    }
  });
  // "Copy a layout report of this tab" in the popup: this page's report, even when the
  // overlay does not run (switched off, or the layout is not recognised).
  const onMessage = (message: unknown) =>
    isLayoutReportRequest(message) ? Promise.resolve(adapter ? layoutReportReply(adapter.id) : null) : undefined;
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    stop();
    settings.stop();
    unwatchActivity();
  });
}
