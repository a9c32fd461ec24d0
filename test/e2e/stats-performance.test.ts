/**
 * How fast the popup shows its figures with a busy calendar, in the built extension: the
 * popup marks <html data-figures-ms> when the figures are on screen (ms since navigation
 * start). The figures are logged for the closing note; the bound only catches a slowdown.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { busyYearIcs } from '../fixtures/ics-demo/busy-year.mjs';
import { type ExtensionSession, launchExtension } from './harness';
import { keptCalendarTexts, useStatsSettings } from './stats-calendar';

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function importAndTime(s: ExtensionSession, name: string, ics: string): Promise<number> {
  const options = await s.openOptions();
  const started = Date.now();
  await options
    .getByLabel('Import an .ics file')
    .setInputFiles({ name, mimeType: 'text/calendar', buffer: Buffer.from(ics) });
  await options.getByText(`Imported “${name}”.`).waitFor({ timeout: 60_000 });
  const took = Date.now() - started;
  await options.close();
  return took;
}

async function popupTimes(s: ExtensionSession, runs = 5): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const popup = await s.openPopup();
    const ms = await popup.waitForFunction(() => document.documentElement.dataset.figuresMs, undefined, {
      timeout: 20_000,
    });
    times.push(Number(await ms.jsonValue()));
    await popup.close();
  }
  return times;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('popup speed with a busy calendar', () => {
  it('shows the figures of a 10,000-meeting year quickly', { timeout: 180_000 }, async () => {
    session = await launchExtension();
    await useStatsSettings(session);
    const year = busyYearIcs();
    const importMs = await importAndTime(session, 'busy-year.ics', year.ics);
    const text = String(Object.values(await keptCalendarTexts(session))[0]);
    const kept = { count: (JSON.parse(text) as { occurrences: unknown[] }).occurrences.length, bytes: text.length };
    const times = await popupTimes(session);
    console.info(
      `[bench] year of ${(year.ics.length / 1024 / 1024).toFixed(1)} MB imported (parse + keep ${kept.count} occurrences, ` +
        `${Math.round(kept.bytes / 1024)} KB) in ${importMs} ms; popup figures after ${times.join(', ')} ms (median ${median(times)} ms)`,
    );
    expect(kept.count).toBeGreaterThan(3_000);
    expect(median(times)).toBeLessThan(1_500);

    // Worst case: 10,000 occurrences all inside the kept weeks (a shared team calendar).
    const dense = busyYearIcs({ weeksBack: 16, weeksAhead: 3, perWorkday: 100, seed: 11 });
    const denseImportMs = await importAndTime(session, 'dense.ics', dense.ics);
    const denseTimes = await popupTimes(session);
    const total = Object.values(await keptCalendarTexts(session)).reduce(
      (sum, value) => sum + (JSON.parse(value) as { occurrences: unknown[] }).occurrences.length,
      0,
    );
    console.info(
      `[bench] plus ${(dense.ics.length / 1024 / 1024).toFixed(1)} MB dense calendar imported in ${denseImportMs} ms; ` +
        `${total} occurrences kept in all; popup figures after ${denseTimes.join(', ')} ms (median ${median(denseTimes)} ms)`,
    );
    expect(total).toBeGreaterThan(12_000);
    expect(median(denseTimes)).toBeLessThan(2_000);
  });
});
