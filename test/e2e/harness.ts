/**
 * The end-to-end harness: the BUILT extension in real Chromium, fixture pages served at the
 * real site URLs. Helpers are named after what a person does, so a test reads like a path.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { routeFixtures } from '../../scripts/fixture-server.mjs';
import { EXTENSION_DIR, SCREENSHOT_DIR } from './paths';

/** The extension's own API, as seen inside `worker.evaluate` (runs in the service worker). */
declare const chrome: {
  storage: {
    local: {
      get(keys: string | string[]): Promise<Record<string, unknown>>;
      set(values: Record<string, unknown>): Promise<void>;
    };
  };
};

/** What chrome://extensions itself can call. */
interface DeveloperPrivate {
  chrome: {
    developerPrivate: {
      addHostPermission(id: string, host: string): Promise<void>;
      removeHostPermission(id: string, host: string): Promise<void>;
    };
  };
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** chrome-extension://<id>/<path> */
  url(path: string): string;
  openOptions(): Promise<Page>;
  openPopup(): Promise<Page>;
  /** Open a real site URL, answered by its fixture page. */
  open(url: string): Promise<Page>;
  /**
   * Allow the extension on `origin` as a person does in chrome://extensions ("Site access",
   * backed by the page's developerPrivate API). A later permissions.request for that origin,
   * on a real click, then resolves true without a dialog: headless Chromium would otherwise
   * leave the permission dialog open for good. No test-only code is needed in the extension.
   */
  allowSite(origin: string): Promise<void>;
  /** Take the site back, as a person does in chrome://extensions. */
  revokeSite(origin: string): Promise<void>;
  getStorage<T = unknown>(key: string): Promise<T | undefined>;
  setStorage(values: Record<string, unknown>): Promise<void>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export type ExtraRoutes = Record<
  string,
  { status?: number; headers?: Record<string, string>; body?: string | Buffer } | ((request: unknown) => unknown)
>;

export async function waitFor<T>(
  probe: () => Promise<T | undefined | null | false>,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value as T;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
}

export async function launchExtension(
  options: {
    routes?: ExtraRoutes;
    colorScheme?: 'light' | 'dark';
    /** Which build to load: the test build unless a test checks the store build itself. */
    extensionDir?: string;
    /**
     * The browser's language ("de", "ja", "pt-BR"): Chromium's --lang picks the extension's
     * catalog (browser.i18n), the context's locale what pages see (navigator.language).
     */
    lang?: string;
  } = {},
): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const userDataDir = mkdtempSync(join(tmpdir(), 'eventually-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 800 },
    ...(options.lang ? { locale: options.lang } : {}),
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
  });
  await routeFixtures(context, options.routes ?? {});
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  // onInstalled has finished once it has written the install time and the settings.
  await waitFor(
    () =>
      worker.evaluate(async () => {
        const stored = await chrome.storage.local.get(['installedAt', 'settings']);
        return stored.installedAt !== undefined && stored.settings !== undefined;
      }),
    'the extension to finish installing',
  );

  async function onExtensionsPage(call: 'addHostPermission' | 'removeHostPermission', origin: string): Promise<void> {
    const page = await context.newPage();
    try {
      await page.goto(`chrome://extensions/?id=${extensionId}`);
      await page.evaluate(
        ([method, id, pattern]) =>
          (globalThis as unknown as DeveloperPrivate).chrome.developerPrivate[method](id, pattern),
        [call, extensionId, `${origin}/*`] as const,
      );
    } finally {
      await page.close();
    }
  }

  const session: ExtensionSession = {
    context,
    extensionId,
    worker,
    url: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async openOptions() {
      const page = await context.newPage();
      await page.goto(session.url('options.html'));
      // The page's title, in whatever language the browser or the settings chose.
      await page.getByRole('heading', { level: 1 }).waitFor();
      return page;
    },
    async openPopup() {
      const page = await context.newPage();
      await page.setViewportSize({ width: 400, height: 600 });
      await page.goto(session.url('popup.html'));
      await page.getByRole('heading', { name: 'Eventually' }).waitFor();
      return page;
    },
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    allowSite: (origin) => onExtensionsPage('addHostPermission', origin),
    revokeSite: (origin) => onExtensionsPage('removeHostPermission', origin),
    async getStorage<T>(key: string) {
      return (await worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key)) as T | undefined;
    },
    async setStorage(values) {
      await worker.evaluate(async (v) => chrome.storage.local.set(v), values);
    },
    async screenshot(page, name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const path = `${SCREENSHOT_DIR}/${name}.png`;
      await page.screenshot({ path, fullPage: false });
      return path;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return session;
}
