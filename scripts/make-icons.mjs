// Renders assets/icon.svg to the PNG sizes the manifest uses (public/icon/N.png), in
// Chromium so the result matches what a browser draws. Run after editing the SVG; the PNGs
// are committed so a build needs no browser.
import { mkdir, readFile } from 'node:fs/promises';
import { launchBrowser } from './chromium.mjs';

const svg = await readFile(new URL('../assets/icon.svg', import.meta.url), 'utf8');
await mkdir(new URL('../public/icon/', import.meta.url), { recursive: true });
const browser = await launchBrowser();
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${size}" height="${size}">`,
  );
  await page.screenshot({
    path: new URL(`../public/icon/${size}.png`, import.meta.url).pathname,
    omitBackground: true,
  });
}
await browser.close();
console.log('icons written to public/icon/');
