/**
 * The chat helper in two parts (issue 10): the sentinel at injection, its main code loaded on
 * demand in the frame where someone types. The first Enter in a fresh tab still shows the
 * prompt quickly, and when the main code cannot load the message goes out exactly as typed.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHAT_SITES, openChat, percentile, prompt, RESULTS_DIR, sent } from './chat-support';
import { type ExtensionSession, launchExtension } from './harness';
import { EXTENSION_DIR, ROOT } from './paths';

const slack = CHAT_SITES.find((site) => site.name === 'slack')!;
const sessions: ExtensionSession[] = [];
afterAll(async () => {
  for (const session of sessions) await session.close();
});

describe('the chat main code, loaded on demand', () => {
  it('shows the prompt for a first Enter in fresh tabs within 100 ms p95 (written to test-results/chat-first-enter.json)', async () => {
    const session = await launchExtension();
    sessions.push(session);
    // Twelve "Send anyway" in one channel: keep asking every time (by default it goes quiet there after three).
    const settings = await session.getStorage<Record<string, unknown>>('settings');
    await session.setStorage({ settings: { ...settings, quietAfterSendAnyway: 0 } });
    const latencies: number[] = [];
    for (let tab = 0; tab < 12; tab++) {
      const { page, frame } = await openChat(session, slack);
      await frame.locator(slack.editor).click();
      await page.keyboard.type('hi');
      // In the page: when the prompt's dialog is drawn (epoch ms, same clock as Date.now()).
      const shown = frame.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const check = () => {
              const host = document.querySelector('[data-eventually="chat-prompt"]');
              if (host?.shadowRoot?.querySelector('[role=dialog]')) resolve(performance.timeOrigin + performance.now());
              else setTimeout(check, 1);
            };
            check();
          }),
      );
      const pressed = Date.now();
      await page.keyboard.press('Enter');
      latencies.push((await shown) - pressed);
      await prompt(frame).waitFor();
      // The held-out behaviour stays: Enter again sends exactly what was typed.
      await page.keyboard.press('Enter');
      await expect.poll(() => sent(frame)).toEqual(['hi']);
      await page.close();
    }
    const summary = {
      tabs: latencies.length,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      latencies,
    };
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(`${RESULTS_DIR}/chat-first-enter.json`, JSON.stringify(summary, null, 2));
    console.log('first Enter → prompt visible (ms)', JSON.stringify(summary));
    expect(summary.p95).toBeLessThanOrEqual(100);
  });

  it('sends the message exactly as typed when the main code cannot load (fail open)', async () => {
    // The test build without its on-demand file: the import and the background's injection fail.
    // Here the sentinel's idle fetch has failed before the person types, so the Enter is never
    // held; an Enter held while a load is still under way and then fails is replayed as typed
    // (test/dom/chat-sentinel.test.ts).
    const broken = join(ROOT, '.output', 'chrome-mv3-test-no-chat-main');
    rmSync(broken, { recursive: true, force: true });
    cpSync(EXTENSION_DIR, broken, { recursive: true });
    rmSync(join(broken, 'chat-main.js'));
    const session = await launchExtension({ extensionDir: broken });
    sessions.push(session);
    const { page, frame } = await openChat(session, slack);
    await frame.locator(slack.editor).click();
    await page.keyboard.type('hi');
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(frame)).toEqual(['hi']);
    // Later Enters go straight through: no wait, no prompt.
    await page.keyboard.type('hello');
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(frame)).toEqual(['hi', 'hello']);
    expect(await prompt(frame).count()).toBe(0);
    await page.close();
  });
});
