// The weekly stats: a demo calendar (test/fixtures/ics-demo/demo-team.ics, every event a
// repeating series, so any week has figures) is imported through the options page's own
// file picker, then the popup shows the week. Scenes run in order in one browser profile.
import { fileURLToPath } from 'node:url';

const DEMO_ICS = fileURLToPath(new URL('../../test/fixtures/ics-demo/demo-team.ics', import.meta.url));

async function importDemoCalendar(page, extensionUrl) {
  await page.goto(extensionUrl('options.html#feeds'));
  await page.getByRole('heading', { name: 'Eventually settings' }).waitFor();
  // Whose invites these are: the demo calendar invites me@example.com (and I declined one).
  const emails = page.getByLabel('Your email addresses');
  if ((await emails.inputValue()) !== 'me@example.com') {
    await emails.fill('me@example.com');
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  }
  await page.getByLabel('Import an .ics file').setInputFiles(DEMO_ICS);
  await page.getByText('Imported “demo-team.ics”.').waitFor({ timeout: 30_000 });
}

export const scenes = [
  {
    name: 'stats-options-feeds',
    title: 'Calendar feeds in the settings',
    viewport: { width: 1280, height: 800 },
    async run(page, { extensionUrl }) {
      await importDemoCalendar(page, extensionUrl);
      await page.locator('#feeds').scrollIntoViewIfNeeded();
      await page.evaluate(() => document.getElementById('feeds')?.scrollIntoView({ block: 'start' }));
    },
  },
  {
    name: 'stats-popup',
    title: 'Weekly meeting stats in the popup',
    viewport: { width: 400, height: 600 },
    openWhenHeaded: true,
    async run(page, { extensionUrl }) {
      await importDemoCalendar(page, extensionUrl);
      await page.goto(extensionUrl('popup.html'));
      await page.locator('.ev-figure').first().waitFor();
      await page.waitForFunction(() => document.documentElement.dataset.figuresMs);
    },
  },
];
