// Finds a Chromium that can load an unpacked extension, and launches it with the flags this
// machine needs (no sandbox as root, no background network: the network is closed here).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-for-testing',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export class NoChromiumError extends Error {}

/** The browser to drive: CHROME_PATH, else the first one installed. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new NoChromiumError(`CHROME_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new NoChromiumError(
      'No Chromium found. Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
        'or set CHROME_PATH to a Chromium or Chrome for Testing binary.',
    );
  }
  return found;
}

/** Branded Google Chrome 137+ ignores --load-extension; Chromium and Chrome for Testing honour it. */
export function isBrandedChrome(path) {
  return /google-chrome(-stable)?$|Google Chrome\.app/.test(path);
}

export async function launchBrowser(options = {}) {
  return chromium.launch({
    executablePath: findChromium(),
    headless: options.headless ?? true,
    args: CHROMIUM_ARGS,
  });
}
