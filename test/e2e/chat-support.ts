/**
 * Helpers for the chat helper's end-to-end tests: where each site's message box is, how to
 * read what the fixture's fake send handler recorded, the prompt, the scripts registered at
 * run time for self-hosted servers.
 */
import { join } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { type ExtensionSession, waitFor } from './harness';
import { ROOT } from './paths';

declare const chrome: {
  storage: {
    local: {
      get(k: string | string[]): Promise<Record<string, unknown>>;
      set(v: Record<string, unknown>): Promise<void>;
    };
  };
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
    // Today: the chat pane in the top-level page, beside an edit of an earlier message.
    name: 'teams',
    url: 'https://teams.microsoft.com/v2/',
    editor: '[data-tid=ckeditor][id^=new-message-]',
    send: 'button[data-tid=sendMessageCommands-send]',
  },
  {
    // The older shape, still plausible: the chat pane in an iframe.
    name: 'teams-classic',
    url: 'https://teams.live.com/v2/',
    frame: /\/chat\/teams-frame\//,
    editor: '[data-tid=ckeditor][id^=new-message-]',
    send: 'button[data-tid=sendMessageCommands-send]',
  },
  {
    name: 'google-chat',
    url: 'https://chat.google.com/u/0/app/chat/AAAA1',
    editor: 'div[jsname=yrriRe][g_editable=true]',
    send: 'button[aria-label="Send message"]',
  },
  {
    name: 'gmail',
    url: 'https://mail.google.com/chat/u/0/',
    frame: /^https:\/\/chat\.google\.com\/u\/0\/frame/,
    editor: 'div[jsname=yrriRe][g_editable=true]',
    send: 'button[aria-label="Send message"]',
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

type FixtureWindow = {
  __fixture?: { ready?: boolean; sent: string[]; sentIn: { composer: string; text: string }[]; getText(): string };
};

/** Open a site and wait until its editor (in its frame) is ready. */
export async function openChat(
  session: Pick<ExtensionSession, 'open'>,
  site: ChatSite,
  url = site.url,
): Promise<{ page: Page; frame: Frame }> {
  const page = await session.open(url);
  let frame = page.mainFrame();
  if (site.frame) {
    frame = await waitFor(
      async () => page.frames().find((f) => site.frame!.test(f.url())) ?? null,
      `the ${site.name} chat frame`,
      15_000,
    );
  }
  await frame.waitForFunction(() => (window as unknown as FixtureWindow).__fixture?.ready === true, null, {
    timeout: 15_000,
  });
  return { page, frame };
}

export const sent = (frame: Frame) =>
  frame.evaluate(() => (window as unknown as FixtureWindow).__fixture!.sent.slice());
export const sentIn = (frame: Frame) =>
  frame.evaluate(() => (window as unknown as FixtureWindow).__fixture!.sentIn.slice());
export const draftText = (frame: Frame) =>
  frame.evaluate(() => (window as unknown as FixtureWindow).__fixture!.getText());

/** The prompt (inside its shadow root; Playwright's CSS pierces open shadow roots). */
export const prompt = (frame: Frame): Locator => frame.locator('[data-eventually="chat-prompt"] [role=dialog]');

export async function setHtmlAttribute(frame: Frame, name: string, value: string | null): Promise<void> {
  await frame.evaluate(
    ([n, v]) =>
      v === null ? document.documentElement.removeAttribute(n!) : document.documentElement.setAttribute(n!, v),
    [name, value] as const,
  );
}

/** Counts of the weekly stats, summed over every stored week. */
export async function activityCounts(session: Pick<ExtensionSession, 'getStorage'>): Promise<Record<string, number>> {
  const log = (await session.getStorage<Record<string, { counts: Record<string, number> }>>('activity')) ?? {};
  const totals: Record<string, number> = {};
  for (const week of Object.values(log))
    for (const [kind, n] of Object.entries(week.counts)) totals[kind] = (totals[kind] ?? 0) + n;
  return totals;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export async function registeredScripts(session: ExtensionSession): Promise<{ id: string; matches?: string[] }[]> {
  return session.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
}

export const RESULTS_DIR = join(ROOT, 'test-results');

/** Adds a self-hosted server on the options page and waits until its content script is registered. */
export async function addSelfHostedServer(
  session: ExtensionSession,
  origin: string,
  app: 'mattermost' | 'zulip' | 'rocketchat',
): Promise<void> {
  const options = await session.openOptions();
  await options.getByLabel('Server address').fill(origin);
  await options.getByLabel('App').selectOption(app);
  await options.getByRole('button', { name: 'Add server' }).click();
  await waitFor(
    async () => (await registeredScripts(session)).some((s) => s.matches?.includes(`${origin}/*`)),
    `the registration for ${origin}`,
  );
  await options.close();
}
