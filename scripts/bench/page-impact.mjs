// Page impact in real Chromium: the same busy page with and without the extension, in one
// run. Figures come from the DevTools protocol: Performance.getMetrics (ScriptDuration, the
// main thread's script time, content scripts included) and a trace (EvaluateScript and
// compile events of our content scripts = their injection cost).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { TEST_BUILD_DIR } from '../extension-build.mjs';
import { routeFixtures } from '../fixture-server.mjs';

// The test build: the store build plus the timing hook read below (scripts/extension-build.mjs).
const EXTENSION = TEST_BUILD_DIR;
const DURATION_MS = 10_000;

async function openContext(withExtension) {
  const dir = mkdtempSync(join(tmpdir(), 'eventually-bench-'));
  const args = withExtension
    ? [...CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`]
    : CHROMIUM_ARGS;
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    headless: true,
    args,
    viewport: { width: 1280, height: 800 },
  });
  await routeFixtures(context);
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    for (let i = 0; i < 100; i++) {
      if (await worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings !== undefined)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    // The keydown pass sends "hi" anyway ten times in one channel; by default the helper then
    // goes quiet there, and the first-Enter pass after it would wait for a prompt forever.
    await worker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, quietAfterSendAnyway: 0 } });
    });
  }
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function scriptSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { script: get('ScriptDuration'), task: get('TaskDuration') };
}

/** Trace the page load and sum what our content scripts cost to compile and evaluate. */
async function injectionCost(context, url, waitFor, mainFile) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReportEvents' });
  await page.goto(url);
  await waitFor(page);
  await page.waitForTimeout(500);
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  const ours = events.filter((e) => e.ph === 'X' && JSON.stringify(e.args ?? {}).includes('content-scripts/'));
  const byName = {};
  for (const e of ours) byName[e.name] = (byName[e.name] ?? 0) + (e.dur ?? 0) / 1000;
  // The on-demand main code: not part of the injection cost, reported on its own.
  const onDemand = events.filter((e) => e.ph === 'X' && JSON.stringify(e.args ?? {}).includes(mainFile));
  const onDemandMs = onDemand.reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
  // EvaluateScript contains compile and run; v8.compile may also appear nested: take the max.
  return { evaluateMs: byName.EvaluateScript ?? 0, compileMs: byName['v8.compile'] ?? 0, onDemandMs, events: byName };
}

const SCENARIOS = [
  {
    id: 'chat',
    title: 'chat page, message list changing 200×/s while typing, 10 s',
    url: 'https://app.slack.com/client/T0001/C0001',
    ready: (page) => page.waitForFunction(() => window.__fixture?.ready === true),
    async drive(page) {
      await page.evaluate((ms) => {
        const list = document.querySelector('#main-messages') ?? document.body;
        let n = 0;
        const timer = setInterval(() => {
          const item = document.createElement('div');
          item.textContent = `message ${n++}`;
          list.append(item);
          if (list.childElementCount > 200) list.firstElementChild?.remove();
        }, 5);
        setTimeout(() => clearInterval(timer), ms);
      }, DURATION_MS);
      await page.click('main [data-qa="message_input"] .ql-editor');
      const started = Date.now();
      let typed = 0;
      while (Date.now() - started < DURATION_MS) {
        await page.keyboard.type('the rollout question ', { delay: 40 });
        typed += 21;
        if (typed % 84 === 0) await page.keyboard.press('Enter');
      }
      return { keystrokes: typed };
    },
  },
  {
    id: 'calendar',
    title: 'calendar week, 300 event chips re-rendered 20×/s, 10 s',
    url: 'https://calendar.google.com/calendar/u/0/r/week/2026/11/23',
    ready: (page) => page.waitForFunction(() => window.__fixture?.ready === true),
    async drive(page) {
      await page.evaluate(
        (ms) =>
          new Promise((resolve) => {
            const timer = setInterval(() => window.__fixture.rerenderGrid(300), 50);
            setTimeout(() => {
              clearInterval(timer);
              resolve();
            }, ms);
          }),
        DURATION_MS,
      );
      return {};
    },
  },
];

/**
 * The chat helper's own keydown handler, timed inside the content script (its test-timing
 * hook: `data-eventually-test-timing` on <html> makes it record performance.now() around each
 * call into `data-eventually-timings`). A separate pass, so the recording does not count in the
 * script-time comparison above.
 */
async function keydownHandlerTimes(context, scenario) {
  const page = await context.newPage();
  await page.goto(scenario.url);
  await scenario.ready(page);
  await page.evaluate(() => document.documentElement.setAttribute('data-eventually-test-timing', ''));
  await page.click('main [data-qa="message_input"] .ql-editor');
  for (let i = 0; i < 10; i++) {
    await page.keyboard.type('can you review the rollout plan by friday? ', { delay: 5 });
    await page.keyboard.press('Enter');
    await page.keyboard.type('hi', { delay: 5 });
    await page.keyboard.press('Enter'); // held: a bare greeting
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter'); // Enter again sends
  }
  const timings = await page.evaluate(() =>
    JSON.parse(document.documentElement.getAttribute('data-eventually-timings') ?? '[]'),
  );
  await page.close();
  return timings;
}

/**
 * A person opens a chat, clicks the box, types "hi" and presses Enter: from the key press (as
 * sent by the driver) to the prompt's dialog drawn in the page, on-demand loading included.
 */
async function firstEnterToPrompt(context, scenario) {
  const latencies = [];
  for (let tab = 0; tab < ROUNDS; tab++) {
    const page = await context.newPage();
    await page.goto(scenario.url);
    await scenario.ready(page);
    await page.click('main [data-qa="message_input"] .ql-editor');
    await page.keyboard.type('hi');
    const shown = page.evaluate(
      () =>
        new Promise((resolve) => {
          const started = performance.now();
          const check = () => {
            const host = document.querySelector('[data-eventually="chat-prompt"]');
            if (host?.shadowRoot?.querySelector('[role=dialog]')) resolve(performance.timeOrigin + performance.now());
            // No prompt in 5 s: a miss, not a hang.
            else if (performance.now() - started > 5000) resolve(Number.POSITIVE_INFINITY);
            else setTimeout(check, 1);
          };
          check();
        }),
    );
    const pressed = Date.now();
    await page.keyboard.press('Enter');
    latencies.push((await shown) - pressed);
    await page.close();
  }
  return latencies;
}

const ROUNDS = 7;
const p95 = (values) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)];
const spread = (values) => `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function driveOnce(env, scenario) {
  const page = await env.context.newPage();
  const cdp = await env.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(scenario.url);
  await scenario.ready(page);
  await page.waitForTimeout(1000); // let load-time work (ours and the page's) settle first
  const before = await scriptSeconds(cdp);
  const extra = await scenario.drive(page);
  const after = await scriptSeconds(cdp);
  await page.close();
  return { scriptMs: (after.script - before.script) * 1000, taskMs: (after.task - before.task) * 1000, ...extra };
}

/**
 * Both browsers run each scenario ROUNDS times, alternating, and the medians are compared:
 * one 10-second run of a busy page varies by several per cent between runs on its own.
 */
export async function measurePageImpact({ row, only }) {
  const figures = {};
  const without = await openContext(false);
  const withExt = await openContext(true);
  try {
    for (const scenario of SCENARIOS.filter((s) => !only || only.includes(s.id))) {
      const runs = { without: [], with: [] };
      for (let round = 0; round < ROUNDS; round++) {
        runs.without.push(await driveOnce(without, scenario));
        runs.with.push(await driveOnce(withExt, scenario));
      }
      const withoutMs = median(runs.without.map((r) => r.scriptMs));
      const withMs = median(runs.with.map((r) => r.scriptMs));
      const extraMs = withMs - withoutMs;
      const ratio = extraMs / withoutMs;
      figures[scenario.id] = { runs, withoutMs, withMs, extraScriptMs: extraMs, extraRatio: ratio };
      row(
        'page',
        `${scenario.title}: script time (median of ${ROUNDS} interleaved pairs)`,
        `${withoutMs.toFixed(0)} ms without (${spread(runs.without.map((r) => r.scriptMs))}), ${withMs.toFixed(0)} ms with (${spread(runs.with.map((r) => r.scriptMs))})`,
      );
      row(
        'page',
        `${scenario.title}: extra script time`,
        `${extraMs.toFixed(0)} ms = ${(ratio * 100).toFixed(2)} %`,
        // Issue 10's target for both busy pages.
        '≤ 1 %',
        ratio <= 0.01,
      );
      const handler = scenario.id === 'chat' ? await keydownHandlerTimes(withExt.context, scenario) : [];
      if (handler.length) {
        // Every key, then Enter alone (the one key we act on) and the others (which we must not).
        figures[scenario.id].keydown = {};
        for (const [label, keys] of [
          ['every key', handler],
          ['Enter', handler.filter((t) => t.key === 'Enter')],
          ['other keys', handler.filter((t) => t.key !== 'Enter')],
        ]) {
          const sorted = keys.map((t) => t.ms).sort((a, b) => a - b);
          const p99 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))];
          figures[scenario.id].keydown[label] = { n: sorted.length, median: median(sorted), p99, max: sorted.at(-1) };
          row(
            'page',
            `keystroke → our keydown handler done (${label})`,
            `median ${(median(sorted) * 1000).toFixed(0)} µs, p99 ${(p99 * 1000).toFixed(0)} µs, max ${(sorted.at(-1) * 1000).toFixed(0)} µs (n=${sorted.length}; timer resolution 100 µs)`,
            'p99 ≤ 500 µs',
            p99 <= 0.5,
          );
        }
      }
      const injections = [];
      for (let i = 0; i < ROUNDS; i++)
        injections.push(await injectionCost(withExt.context, scenario.url, scenario.ready, `${scenario.id}-main.js`));
      const evaluateMs = median(injections.map((x) => x.evaluateMs));
      const compileMs = median(injections.map((x) => x.compileMs));
      const onDemandMs = Math.max(...injections.map((x) => x.onDemandMs));
      figures[scenario.id].injection = { evaluateMs, compileMs, onDemandMs, runs: injections };
      row(
        'page',
        `${scenario.id} content script injection: compile + evaluate (median of ${ROUNDS})`,
        `${evaluateMs.toFixed(1)} ms (compile ${compileMs.toFixed(1)} ms; spread ${spread(injections.map((x) => x.evaluateMs))})`,
        '≤ 5 ms',
        evaluateMs <= 5,
      );
      if (scenario.id === 'calendar') {
        // A week view nobody opens an event in: the sentinel alone, the overlay never loaded.
        row(
          'page',
          'calendar overlay (calendar-main.js) evaluated on a week view with no event opened',
          `${onDemandMs.toFixed(1)} ms (max of ${ROUNDS})`,
          '0 (nothing loaded)',
          onDemandMs === 0,
        );
      }
      if (scenario.id === 'chat') {
        // This page shows a message box, so the sentinel fetches the main code while idle (a
        // frame without one loads nothing: test/dom/chat-sentinel.test.ts). Not injection cost.
        row(
          'page',
          'chat main code, fetched while idle on this page (nobody typing)',
          `${onDemandMs.toFixed(1)} ms (max of ${ROUNDS})`,
        );
        const firstEnter = await firstEnterToPrompt(withExt.context, scenario);
        figures.chat.firstEnter = firstEnter;
        row(
          'page',
          `first Enter on "hi" → prompt visible, fresh tab (${firstEnter.length} tabs)`,
          `median ${median(firstEnter).toFixed(0)} ms, p95 ${p95(firstEnter).toFixed(0)} ms (spread ${spread(firstEnter)})`,
          'p95 ≤ 100 ms',
          p95(firstEnter) <= 100,
        );
      }
    }
  } finally {
    await without.close();
    await withExt.close();
  }
  return figures;
}
