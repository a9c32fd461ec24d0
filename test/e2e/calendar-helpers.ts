/** Helpers for the calendar overlay's end-to-end tests. */
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './harness';

export const BADGE = 'eventually-ui[data-eventually="calendar-badge"]';

export const GOOGLE_EDITOR = 'https://calendar.google.com/calendar/u/0/r/eventedit/ZXZlbnQx';
export const GOOGLE_WEEK = 'https://calendar.google.com/calendar/u/0/r/week/2026/11/23';
export const OUTLOOK_COMPOSE = 'https://outlook.office.com/calendar/deeplink/compose';
export const OUTLOOK_WEEK = 'https://outlook.office.com/calendar/view/workweek';

/**
 * Main-world timing, installed before the page's own scripts: when the title landmark
 * first appears and when our badge first appears (both seen by a MutationObserver).
 */
export async function installTiming(session: ExtensionSession, landmark: string): Promise<void> {
  await session.context.addInitScript((selector: string) => {
    if (!/calendar\.google\.com|outlook\./.test(location.host)) return;
    const timing = { landmark: null as number | null, badge: null as number | null, longTasks: [] as number[] };
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) timing.longTasks.push(Math.round(entry.duration));
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // no long-task timing in this browser
    }
    (window as unknown as { __timing: typeof timing }).__timing = timing;
    new MutationObserver(() => {
      const now = performance.now();
      if (timing.landmark === null && document.querySelector(selector)) timing.landmark = now;
      if (timing.badge === null && document.querySelector('eventually-ui[data-eventually="calendar-badge"]'))
        timing.badge = now;
    }).observe(document, { subtree: true, childList: true });
  }, landmark);
}

export async function fixtureReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (window as unknown as { __fixture?: { ready?: boolean } }).__fixture?.ready === true,
  );
}

/** Run a fixture helper in the page's own world. */
export async function fixture(page: Page, method: string, ...args: unknown[]): Promise<unknown> {
  return page.evaluate(
    ([name, rest]) =>
      (window as unknown as { __fixture: Record<string, (...a: unknown[]) => unknown> }).__fixture[name as string]!(
        ...(rest as unknown[]),
      ),
    [method, args] as const,
  );
}

/** Milliseconds from a main-world action to the badge for `key` being in the DOM. */
export async function timeToBadge(page: Page, action: string, args: unknown[], scope: string): Promise<number> {
  return page.evaluate(
    ([method, rest, where]) =>
      new Promise<number>((resolve, reject) => {
        const api = (window as unknown as { __fixture: Record<string, (...a: unknown[]) => unknown> }).__fixture;
        let t0 = 0;
        let expectedKey: string | null = null;
        const done = () => {
          const host = document.querySelector(`${where} eventually-ui[data-eventually="calendar-badge"]`);
          if (!host) return false;
          const key = host.getAttribute('data-eventually-key');
          if (expectedKey !== null && key === expectedKey) return false;
          resolve(performance.now() - t0);
          return true;
        };
        const previous = document.querySelector(`${where} eventually-ui[data-eventually="calendar-badge"]`);
        expectedKey = previous?.getAttribute('data-eventually-key') ?? null;
        const observer = new MutationObserver(() => done() && observer.disconnect());
        observer.observe(document, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['data-eventually-key'],
        });
        setTimeout(() => {
          observer.disconnect();
          reject(new Error('no badge within 5 s'));
        }, 5000);
        t0 = performance.now();
        api[method as string]!(...(rest as unknown[]));
      }),
    [action, args, scope] as const,
  );
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface WeekActivity {
  counts: Record<string, number>;
  events: Record<string, string[]>;
}

/** Every kind recorded for an event key, over all weeks. */
export async function eventKinds(session: ExtensionSession, key: string): Promise<string[]> {
  const log = (await session.getStorage<Record<string, WeekActivity>>('activity')) ?? {};
  return Object.values(log).flatMap((week) => week.events[key] ?? []);
}
