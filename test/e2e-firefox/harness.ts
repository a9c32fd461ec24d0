/**
 * The Firefox end-to-end harness: the BUILT Firefox add-on (its test build) in stock
 * Firefox ESR, driven over WebDriver BiDi by Puppeteer, with a fresh profile per session and
 * the fixture pages served at the real site URLs. Helpers are named after what a person does.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { TEST_BUILD_SUFFIX } from '../../scripts/extension-build.mjs';
import { findFirefox } from '../../scripts/firefox.mjs';
import { waitFor } from '../e2e/harness';
import { ROOT, SCREENSHOT_DIR } from '../e2e/paths';
import { routeToFixtures } from './fixture-routes';

export { waitFor };

/**
 * The Firefox TEST build (EVENTUALLY_TEST_HOOKS=1, scripts/extension-build.mjs), like the
 * Chromium tier's: the store build closes our in-page shadow root, which no test could reach.
 */
export const FIREFOX_EXTENSION_DIR = `${ROOT}/.output/firefox-mv3${TEST_BUILD_SUFFIX}`;

declare const browser: {
  storage: {
    local: {
      get(keys: string | string[]): Promise<Record<string, unknown>>;
      set(values: Record<string, unknown>): Promise<void>;
    };
  };
};

export interface FirefoxSession {
  browser: Browser;
  /** moz-extension://<uuid>/<path> */
  url(path: string): string;
  /** Open a real site URL, answered by its fixture page. */
  open(url: string): Promise<Page>;
  openOptions(): Promise<Page>;
  /** The toolbar popup, opened as a tab (BiDi cannot click the toolbar button). */
  openPopup(): Promise<Page>;
  /** Reload an extension page as a person does (F5) and wait for its heading. */
  reload(page: Page, heading: string): Promise<void>;
  getStorage<T = unknown>(key: string): Promise<T | undefined>;
  setStorage(values: Record<string, unknown>): Promise<void>;
  /** test-results/screenshots/firefox-<name>.png, to see what Firefox rendered. */
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The form control a person finds by its label. (Puppeteer's `::-p-aria()` over Firefox's
 * BiDi returns the <label> element itself, not the control it names.)
 */
export async function labelled(page: Page, label: string): Promise<ElementHandle<HTMLInputElement>> {
  return waitFor(async () => {
    const handle = await page.evaluateHandle(
      (text) => [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === text)?.control ?? null,
      label,
    );
    return (handle.asElement() as ElementHandle<HTMLInputElement> | null) ?? null;
  }, `the field labelled “${label}”`);
}

/** Resolves once `page` shows an h1/h2 with exactly `heading` (the page has rendered). */
function headingShown(page: Page, heading: string, what: string): Promise<true> {
  return waitFor(
    () =>
      page.evaluate(
        (text) =>
          document.readyState === 'complete' &&
          [...document.querySelectorAll('h1, h2')].some((h) => h.textContent?.trim() === text),
        heading,
      ),
    what,
    15_000,
  );
}

/** Preferences on top of the harness's own (e.g. to accept permission requests without a prompt). */
export async function launchFirefox(options: { prefs?: Record<string, unknown> } = {}): Promise<FirefoxSession> {
  const manifest = JSON.parse(readFileSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`, 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const addonId = manifest.browser_specific_settings.gecko.id;
  // Firefox picks a random internal UUID per install; fixing it gives a known moz-extension:// origin.
  const uuid = randomUUID();
  const origin = `moz-extension://${uuid}`;
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    protocol: 'webDriverBiDi',
    headless: true,
    // Without it, BiDi cannot open or script moz-extension:// pages (tried with Firefox ESR 153).
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      ...options.prefs,
    },
  });
  try {
    const installed = await firefox.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== addonId) throw new Error(`Firefox installed ${installed}, expected ${addonId}`);
  } catch (error) {
    await firefox.close();
    throw error;
  }

  /**
   * Firefox's BiDi reports no navigation for moz-extension:// documents, so Puppeteer's goto
   * would wait for one until its timeout: start it, and wait for the document itself instead.
   */
  async function showExtensionPage(path: string, heading: string): Promise<Page> {
    const page = await firefox.newPage();
    const target = session.url(path);
    page.goto(target, { timeout: 20_000 }).catch(() => {});
    await waitFor(() => page.evaluate((url) => location.href === url, target), `${target} to open`, 15_000);
    await headingShown(page, heading, `${target} to render`);
    return page;
  }

  let storagePage: Page | undefined;
  /** An extension page kept open to read and write the add-on's storage with its own API. */
  async function extensionRealm(): Promise<Page> {
    storagePage ??= await showExtensionPage('options.html', 'Eventually settings');
    return storagePage;
  }

  const session: FirefoxSession = {
    browser: firefox,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    async open(url) {
      const page = await firefox.newPage();
      await routeToFixtures(page);
      await page.goto(url);
      return page;
    },
    openOptions: () => showExtensionPage('options.html', 'Eventually settings'),
    async openPopup() {
      const page = await showExtensionPage('popup.html', 'Eventually');
      await page.setViewport({ width: 400, height: 600 });
      return page;
    },
    async reload(page, heading) {
      // A marker on the old document: gone once the reloaded one is there.
      await page.evaluate(() => {
        (window as unknown as { __beforeReload?: boolean }).__beforeReload = true;
        setTimeout(() => location.reload(), 0);
      });
      await waitFor(
        () => page.evaluate(() => !(window as unknown as { __beforeReload?: boolean }).__beforeReload),
        'the page to reload',
        15_000,
      );
      await headingShown(page, heading, 'the reloaded page to render');
    },
    async getStorage<T>(key: string) {
      const page = await extensionRealm();
      return (await page.evaluate(async (k) => (await browser.storage.local.get(k))[k], key)) as T | undefined;
    },
    async setStorage(values) {
      const page = await extensionRealm();
      await page.evaluate(async (v) => browser.storage.local.set(v), values);
    },
    async screenshot(page, name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const path = `${SCREENSHOT_DIR}/firefox-${name}.png` as const;
      await page.screenshot({ path });
      return path;
    },
    async close() {
      await firefox.close();
    },
  };
  try {
    await extensionRealm();
    // onInstalled has finished once it has written the install time and the settings.
    await waitFor(
      async () => (await session.getStorage('installedAt')) !== undefined && (await session.getStorage('settings')),
      'the add-on to finish installing',
    );
  } catch (error) {
    await firefox.close();
    throw error;
  }
  return session;
}
