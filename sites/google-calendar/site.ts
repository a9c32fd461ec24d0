/** Google Calendar: the full event editor, the quick-create dialog and the event popover. */
import { defineCalendarSite } from '../descriptor';

export const site = defineCalendarSite({
  id: 'google-calendar',
  hosts: ['calendar.google.com'],
  paths: ['/calendar/*'],
  fixtures: [
    {
      page: 'calendar/google-editor',
      urls: ['https://calendar.google.com/calendar/u/0/r/eventedit/ZXZlbnQx'],
      path: /\/r\/eventedit/,
    },
    {
      page: 'calendar/google-week',
      urls: ['https://calendar.google.com/calendar/u/0/r/week/2026/11/23'],
      path: /^\/calendar/,
    },
  ],
});
