// The demo's walk through each surface: what `npm start` shows, and screenshots when headless.
// Each scene acts like a person on the page and leaves it in the state worth seeing.

export const DEMO_SCENES = [
  {
    name: 'options',
    title: 'Settings page',
    openWhenHeaded: true,
    async run(page, { extensionUrl }) {
      await page.goto(extensionUrl('options.html'));
      await page.getByRole('heading', { name: 'Eventually settings' }).waitFor();
    },
  },
  {
    name: 'popup',
    title: 'Toolbar popup',
    viewport: { width: 400, height: 560 },
    openWhenHeaded: true,
    async run(page, { extensionUrl }) {
      await page.goto(extensionUrl('popup.html'));
      await page.getByRole('heading', { name: 'Eventually' }).waitFor();
    },
  },
];
