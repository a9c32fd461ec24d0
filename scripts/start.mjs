// `npm start`: build the extension and the offline demo pages, then open Chromium with the
// extension loaded on replicas of Google Calendar, Outlook, Slack, Teams, Google Chat and
// Discord served at their real addresses (nothing leaves this machine). With no display it
// runs headless, walks through each surface, saves screenshots under demo-output/ and prints
// their paths.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, isBrandedChrome, NoChromiumError } from './chromium.mjs';
import { DEMO_SCENES } from './demo-scenes.mjs';
import { buildExtension, STORE_BUILD_DIR } from './extension-build.mjs';
import { routeFixtures } from './fixture-server.mjs';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
// The store build, as people install it: no test hooks (scripts/extension-build.mjs).
const EXTENSION = STORE_BUILD_DIR;
const OUTPUT = join(ROOT, 'demo-output');
const headless =
  process.argv.includes('--headless') ||
  (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

console.log('Building the extension…');
buildExtension({ testHooks: false, stdio: ['ignore', 'ignore', 'inherit'] });
console.log('Building the demo pages…');
const { buildFixtures } = await import('../test/fixtures/build.mjs');
await buildFixtures();

let executablePath;
try {
  executablePath = findChromium();
} catch (error) {
  if (!(error instanceof NoChromiumError)) throw error;
  console.error(
    `\n${error.message}\n\nOr load the build by hand: open chrome://extensions, switch on Developer mode, ` +
      `click “Load unpacked” and choose ${EXTENSION}`,
  );
  process.exit(1);
}
if (isBrandedChrome(executablePath)) {
  console.log(
    `\nOnly Google Chrome was found (${executablePath}); Chrome 137 and later ignore --load-extension.\n` +
      `Load the build by hand: open chrome://extensions, switch on Developer mode, click “Load unpacked” and choose\n  ${EXTENSION}\n` +
      'Or install Chromium (sudo apt-get install -y chromium) and run npm start again.',
  );
  process.exit(0);
}

const userDataDir = mkdtempSync(join(tmpdir(), 'eventually-demo-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless,
  viewport: headless ? { width: 1280, height: 800 } : null,
  args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`],
});
await routeFixtures(context);
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
for (let i = 0; i < 100; i++) {
  const ready = await worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings !== undefined);
  if (ready) break;
  await new Promise((r) => setTimeout(r, 50));
}
const extensionUrl = (path) => `chrome-extension://${extensionId}/${path}`;

if (headless) {
  mkdirSync(OUTPUT, { recursive: true });
  console.log('\nNo display: running the demo headless and saving screenshots.');
  const written = [];
  for (const scene of DEMO_SCENES) {
    const page = await context.newPage();
    try {
      await page.setViewportSize(scene.viewport ?? { width: 1280, height: 800 });
      await scene.run(page, { extensionUrl });
      const path = join(OUTPUT, `${scene.name}.png`);
      await page.screenshot({ path });
      written.push(path);
      console.log(`  ${scene.title.padEnd(44)} ${path}`);
    } catch (error) {
      console.log(`  ${scene.title.padEnd(44)} failed: ${error.message.split('\n')[0]}`);
    } finally {
      await page.close();
    }
  }
  await context.close();
  console.log(`\n${written.length} screenshots in ${OUTPUT}`);
  process.exit(written.length === DEMO_SCENES.length ? 0 : 1);
} else {
  for (const scene of DEMO_SCENES.filter((s) => s.openWhenHeaded)) {
    const page = await context.newPage();
    await scene.run(page, { extensionUrl }).catch((error) => console.log(`${scene.title}: ${error.message}`));
  }
  await context
    .pages()[0]
    ?.close()
    .catch(() => {});
  console.log('\nChromium is open with Eventually loaded on the demo pages. Close the window to stop.');
  await new Promise((done) => context.on('close', done));
}
