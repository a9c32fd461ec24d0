/** Outlook on the web: the new-event form and the event peek, on every Outlook address. */
import { defineCalendarSite } from '../descriptor';

export const site = defineCalendarSite({
  id: 'outlook',
  hosts: ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'],
  // Outlook is one app: the calendar is also reached from mail without a page load.
  paths: ['/calendar/*', '/mail/*'],
  fixtures: [
    {
      page: 'calendar/outlook-compose',
      urls: ['https://outlook.office.com/calendar/deeplink/compose'],
      path: /\/compose/,
    },
    { page: 'calendar/outlook-week', urls: ['https://outlook.office.com/calendar/view/workweek'], path: /\/calendar/ },
  ],
});
