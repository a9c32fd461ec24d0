// The calendar overlay on the offline replicas of Google Calendar and Outlook on the web.
// Scene shape: { name, title, viewport?, openWhenHeaded?, run(page, { extensionUrl }) }.
const BADGE = 'eventually-ui[data-eventually="calendar-badge"] .ev-badge';
const GOOGLE_EDITOR = 'https://calendar.google.com/calendar/u/0/r/eventedit/ZXZlbnQx';
const GOOGLE_WEEK = 'https://calendar.google.com/calendar/u/0/r/week/2026/11/23';
const OUTLOOK_COMPOSE = 'https://outlook.office.com/calendar/deeplink/compose';

const ready = (page) => page.waitForFunction(() => window.__fixture?.ready === true);

async function openPanel(page, scope = '') {
  const badge = page.locator(`${scope} ${BADGE}`.trim());
  await badge.waitFor();
  await badge.click();
  await page.locator('eventually-ui .ev-panel').waitFor();
}

export const scenes = [
  {
    name: 'calendar-google-editor',
    title: 'Google Calendar editor: badge and panel',
    openWhenHeaded: true,
    async run(page) {
      await page.goto(GOOGLE_EDITOR);
      await ready(page);
      await openPanel(page);
    },
  },
  {
    name: 'calendar-google-popover',
    title: 'Google Calendar week: event popover',
    openWhenHeaded: true,
    async run(page) {
      await page.goto(GOOGLE_WEEK);
      await ready(page);
      await page.evaluate(() => window.__fixture.openEvent('status'));
      await openPanel(page, '#xDetDlg');
    },
  },
  {
    name: 'calendar-async-doc',
    title: 'Write it async instead (Google Calendar)',
    async run(page) {
      await page.goto(GOOGLE_EDITOR);
      await ready(page);
      await openPanel(page);
      await page.getByRole('button', { name: 'Write it async instead' }).click();
      await page.getByLabel('Document (Markdown)').waitFor();
    },
  },
  {
    name: 'calendar-outlook-compose',
    title: 'Outlook new event: badge and panel',
    openWhenHeaded: true,
    async run(page) {
      await page.goto(OUTLOOK_COMPOSE);
      await ready(page);
      await openPanel(page);
    },
  },
];
