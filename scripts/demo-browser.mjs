// The browser that `npm start` and `npm run store` drive: the built extension loaded in
// Chromium, the offline replicas of the sites served at their real addresses, and a way to
// run one demo scene (scripts/demo-scenes/) into a screenshot.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, isBrandedChrome, NoChromiumError } from './chromium.mjs';
import { buildExtension, STORE_BUILD_DIR, TEST_BUILD_DIR } from './extension-build.mjs';
import { routeFixtures } from './fixture-server.mjs';

export const ROOT = resolve(new URL('..', import.meta.url).pathname);
// The test build (scripts/extension-build.mjs): the store build closes our in-page shadow root,
// so no script, the demo's included, could click the badge or read the prompt. Its extra hooks
// act only when a page sets data-eventually-test-* attributes, which the demo pages never do.
export const EXTENSION = TEST_BUILD_DIR;

/** Builds the extension and the replicas of the sites. */
export async function buildDemo() {
  console.log('Building the extension…');
  buildExtension({ testHooks: true, stdio: ['ignore', 'ignore', 'inherit'] });
  console.log('Building the demo pages…');
  const { buildFixtures } = await import('../test/fixtures/build.mjs');
  await buildFixtures();
}

/**
 * Chromium's path, or after saying how to load the build by hand, the exit code to stop with:
 * 1 when no browser exists, 0 when only branded Chrome does (nothing is wrong with the build).
 */
export function demoChromium() {
  let executablePath;
  try {
    executablePath = findChromium();
  } catch (error) {
    if (!(error instanceof NoChromiumError)) throw error;
    console.error(
      `\n${error.message}\n\nOr load the build by hand: open chrome://extensions, switch on Developer mode, ` +
        `run npm run build, click “Load unpacked” and choose ${STORE_BUILD_DIR}`,
    );
    return { exitCode: 1 };
  }
  if (isBrandedChrome(executablePath)) {
    console.log(
      `\nOnly Google Chrome was found (${executablePath}); Chrome 137 and later ignore --load-extension.\n` +
        `Load the build by hand: run npm run build, open chrome://extensions, switch on Developer mode, click “Load unpacked” and choose\n  ${STORE_BUILD_DIR}\n` +
        'Or install Chromium (sudo apt-get install -y chromium) and run the command again.',
    );
    return { exitCode: 0 };
  }
  return { executablePath };
}

/** Chromium with the extension loaded and the replicas routed; waits for the settings to exist. */
export async function launchDemo({ executablePath, headless }) {
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
    const ready = await worker.evaluate(
      async () => (await chrome.storage.local.get('settings')).settings !== undefined,
    );
    if (ready) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const extensionUrl = (path) => `chrome-extension://${extensionId}/${path}`;
  return { context, extensionUrl };
}

/** Runs one scene in a new tab and saves its screenshot at `path`. */
export async function screenshotScene(context, scene, path, extensionUrl) {
  const page = await context.newPage();
  try {
    await page.setViewportSize(scene.viewport ?? { width: 1280, height: 800 });
    await scene.run(page, { extensionUrl });
    await page.screenshot({ path });
  } finally {
    await page.close();
  }
}
