// Scene shape: { name, title, viewport?, openWhenHeaded?, run(page, { extensionUrl }) }.
export const scenes = [
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
    viewport: { width: 400, height: 600 },
    openWhenHeaded: true,
    async run(page, { extensionUrl }) {
      await page.goto(extensionUrl('popup.html'));
      await page.getByRole('heading', { name: 'Eventually' }).waitFor();
    },
  },
];
