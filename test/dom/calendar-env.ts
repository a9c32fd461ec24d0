/** A fake browser environment for the overlay controller in happy-dom. */
import { vi } from 'vitest';
import type { ActivityKind } from '../../lib/activity';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import type { OverlayEnvironment } from '../../sites/calendar-common/overlay';

export interface FakeEnvironment extends OverlayEnvironment {
  recorded: { kind: ActivityKind; key: string }[];
  statuses: { status: string; detail: string }[];
  clipboard: { text: string; html?: string }[];
  opened: string[];
  downloads: { name: string; text: string }[];
  setUrl(url: string): void;
  historyLog: Map<string, ActivityKind[]>;
}

export function fakeEnvironment(
  url: string,
  overrides: Partial<OverlayEnvironment> & { settings?: () => Settings } = {},
): FakeEnvironment {
  let current = new URL(url);
  const env: FakeEnvironment = {
    doc: document,
    url: () => current,
    setUrl: (next) => (current = new URL(next)),
    settings: () => ({ ...DEFAULT_SETTINGS, timeZone: 'UTC' }),
    historyLog: new Map(),
    history: (key) => env.historyLog.get(key) ?? [],
    recorded: [],
    record: vi.fn((kind: ActivityKind, key: string) => void env.recorded.push({ kind, key })),
    statuses: [],
    reportStatus: (status, detail) => void env.statuses.push({ status, detail }),
    clipboard: [],
    copy: vi.fn(async (text: string, html?: string) => {
      env.clipboard.push({ text, html });
      return true;
    }),
    opened: [],
    openUrl: (u) => {
      env.opened.push(u);
      return true;
    },
    downloads: [],
    download: (name, text) => {
      env.downloads.push({ name, text });
      return true;
    },
    now: () => Date.UTC(2026, 10, 20, 12),
    locale: 'en-US',
    layoutTimeoutMs: 60_000,
    ...overrides,
  };
  return env;
}

/** The badge hosts on the page. */
export const badges = () =>
  [...document.querySelectorAll('eventually-ui[data-eventually="calendar-badge"]')] as HTMLElement[];
export const badgeButton = (host: Element) => host.shadowRoot!.querySelector('.ev-badge') as HTMLButtonElement;
export const shadow = (host: Element) => host.shadowRoot!;
