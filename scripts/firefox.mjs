// Finds the Firefox the Firefox end-to-end tier drives (stock Firefox ESR, over WebDriver BiDi).
// Nothing downloads a browser: without one, the message says how to install it.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/local/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

const INSTALL_FIREFOX =
  'Install it with `sudo apt-get install -y firefox-esr` (Debian/Ubuntu), or set FIREFOX_PATH to a Firefox 140 or later.';

export class NoFirefoxError extends Error {}

/** FIREFOX_PATH, else the first Firefox installed; throws NoFirefoxError saying how to install one. */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new NoFirefoxError(`FIREFOX_PATH points to ${fromEnv}, which does not exist. ${INSTALL_FIREFOX}`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new NoFirefoxError(`No Firefox found for the Firefox end-to-end tests. ${INSTALL_FIREFOX}`);
  return found;
}
