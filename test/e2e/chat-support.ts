/**
 * Helpers for the chat helper's end-to-end tests: where each site's message box is, how to
 * read what the fixture's fake send handler recorded, the prompt, and a launcher for the
 * self-hosted case (Chromium cannot accept an extension's permission prompt headless, so that
 * launcher loads a copy of the build that already holds the test server's host permission:
 * `permissions.request` then resolves at once and the options page's real "Add server" flow,
 * the background's run-time registration and the content script are all exercised).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Frame, type Locator, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { routeFixtures } from '../../scripts/fixture-server.mjs';
import { waitFor, type ExtensionSession } from './harness';
import { EXTENSION_DIR, ROOT, SCREENSHOT_DIR } from './paths';

declare const chrome: {
  storage: { local: { get(k: string | string[]): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> } };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
};

export interface ChatSite {
  name: string;
  url: string;
  /** The frame holding the message box, when it is not the top frame. */
  frame?: RegExp;
  /** The message box. */
  editor: string;
  /** The composer's send button. */
  send: string;
}

export const CHAT_SITES: ChatSite[] = [
  {
    name: 'slack',
    url: 'https://app.slack.com/client/T0001/C0001',
    editor: 'main [data-qa=message_input] .ql-editor',
    send: 'main button[data-qa=texty_send_button]',
  },
  {
    name: 'teams',
    url: 'https://teams.microsoft.com/v2/',
    frame: /\/chat\/teams-frame\//,
    editor: '[data-tid=ckeditor][contenteditable=true]',
    send: 'button[data-tid=newMessageCommands-send]',
  },
  {
    name: 'google-chat',
    url: 'https://chat.google.com/u/0/app/chat/AAAA1',
    editor: 'div[role=textbox][contenteditable=true]',
    send: '[aria-label="Send message"]',
  },
  {
    name: 'gmail',
    url: 'https://mail.google.com/chat/u/0/',
    frame: /^https:\/\/chat\.google\.com\/u\/0\/frame/,
    editor: 'div[role=textbox][contenteditable=true]',
    send: '[aria-label="Send message"]',
  },
  {
    name: 'discord',
    url: 'https://discord.com/channels/111/222',
    editor: '[role=textbox][data-slate-editor=true]',
    send: 'button[aria-label="Send Message"]',
  },
];

export const MATTERMOST: ChatSite = {
  name: 'mattermost',
  url: 'https://chat.example.com/acme/channels/town-square',
  editor: 'textarea[data-testid=post_textbox]',
  send: '#advancedTextEditorCell [data-testid=SendMessageButton]',
};

type FixtureWindow = { __fixture?: { ready?: boolean; sent: string[]; sentIn: { composer: string; text: string }[]; getText(): string } };

/** Open a site and wait until its editor (in its frame) is ready. */
export async function openChat(session: Pick<ExtensionSession, 'open'>, site: ChatSite, url = site.url): Promise<{ page: Page; frame: Frame }> {
  const page = await session.open(url);
  let frame = page.mainFrame();
  if (site.frame) {
    frame = await waitFor(async () => page.frames().find((f) => site.frame!.test(f.url())) ?? null, `the ${site.name} chat frame`, 15_000);
  }
  await frame.waitForFunction(() => (window as unknown as FixtureWindow).__fixture?.ready === true, null, { timeout: 15_000 });
  return { page, frame };
}

export const sent = (frame: Frame) => frame.evaluate(() => (window as unknown as FixtureWindow).__fixture!.sent.slice());
export const sentIn = (frame: Frame) => frame.evaluate(() => (window as unknown as FixtureWindow).__fixture!.sentIn.slice());
export const draftText = (frame: Frame) => frame.evaluate(() => (window as unknown as FixtureWindow).__fixture!.getText());

/** The prompt (inside its shadow root; Playwright's CSS pierces open shadow roots). */
export const prompt = (frame: Frame): Locator => frame.locator('[data-eventually="chat-prompt"] [role=dialog]');

export async function setHtmlAttribute(frame: Frame, name: string, value: string | null): Promise<void> {
  await frame.evaluate(
    ([n, v]) => (v === null ? document.documentElement.removeAttribute(n!) : document.documentElement.setAttribute(n!, v)),
    [name, value] as const,
  );
}

/** Counts of the weekly stats, summed over every stored week. */
export async function activityCounts(session: Pick<ExtensionSession, 'getStorage'>): Promise<Record<string, number>> {
  const log = (await session.getStorage<Record<string, { counts: Record<string, number> }>>('activity')) ?? {};
  const totals: Record<string, number> = {};
  for (const week of Object.values(log)) for (const [kind, n] of Object.entries(week.counts)) totals[kind] = (totals[kind] ?? 0) + n;
  return totals;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/**
 * Launch Chromium with a copy of the build whose manifest already holds `hosts` as host
 * permissions (a test-only change: the real manifest has none and asks at run time).
 */
export async function launchWithHostPermissions(hosts: string[]): Promise<ExtensionSession> {
  const base = mkdtempSync(join(tmpdir(), 'eventually-chat-e2e-'));
  const extensionDir = join(base, 'extension');
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  const manifestPath = join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...hosts];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  const userDataDir = join(base, 'profile');
  mkdirSync(userDataDir);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    colorScheme: 'light',
    viewport: { width: 1280, height: 800 },
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  await routeFixtures(context, {});
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  await waitFor(
    () => worker.evaluate(async () => {
      const stored = await chrome.storage.local.get(['installedAt', 'settings']);
      return stored.installedAt !== undefined && stored.settings !== undefined;
    }),
    'the extension to finish installing',
  );
  const session: ExtensionSession = {
    context,
    extensionId,
    worker,
    url: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async openOptions() {
      const page = await context.newPage();
      await page.goto(session.url('options.html'));
      await page.getByRole('heading', { name: 'Eventually settings' }).waitFor();
      return page;
    },
    async openPopup() {
      const page = await context.newPage();
      await page.goto(session.url('popup.html'));
      return page;
    },
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async getStorage<T>(key: string) {
      return (await worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key)) as T | undefined;
    },
    async setStorage(values) {
      await worker.evaluate(async (v) => chrome.storage.local.set(v), values);
    },
    async screenshot(page, name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const path = `${SCREENSHOT_DIR}/${name}.png`;
      await page.screenshot({ path });
      return path;
    },
    async close() {
      await context.close();
      rmSync(base, { recursive: true, force: true });
    },
  };
  return session;
}

export async function registeredScripts(session: ExtensionSession): Promise<{ id: string; matches?: string[] }[]> {
  return session.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
}

export const RESULTS_DIR = join(ROOT, 'test-results');
