import { defineContentScript } from 'wxt/utils/define-content-script';
import { runCalendarContentScript } from '../sites/calendar-common/content';

const OUTLOOK = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'];

/** The calendar overlay on Google Calendar and Outlook on the web (sites/google-calendar, sites/outlook). */
export default defineContentScript({
  matches: [
    'https://calendar.google.com/calendar/*',
    // Outlook is one app: the calendar is also reached from mail without a page load.
    ...OUTLOOK.flatMap((host) => [`https://${host}/calendar/*`, `https://${host}/mail/*`]),
  ],
  runAt: 'document_idle',
  main(ctx) {
    runCalendarContentScript(ctx);
  },
});
