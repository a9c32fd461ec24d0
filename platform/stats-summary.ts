/**
 * The popup's precomputed summary, kept by the background (lib/calendar/summary.ts says what
 * is in it). It is computed again, validated and stored whenever what it is made of changes:
 * the settings, the feeds, their statuses or kept occurrences (a sync or an import), or the
 * activity log (an overlay or chat record: then only the recorded counts are read again). The
 * popup reads it and draws at once; if it finds none, or one from a past week, it asks with
 * `stats/summary`.
 */
import { browser } from 'wxt/browser';
import { type StatsSummary, type StoredWeeklyStats, SUMMARY_KEY } from '../lib/calendar/summary';
import { storedSummarySchema } from '../lib/calendar/summary-schema';
import { type StatsInputs, summarise, withRecorded } from './stats';
import { activityItem } from './storage';

/** Storage keys whose change calls for a new summary (platform/feeds.ts, platform/calendar-store.ts, platform/storage.ts). */
const INPUT_KEYS = new Set(['settings', 'feeds', 'feedStatus', 'feedKeptAt']);
const ACTIVITY_KEY = 'activity';

async function store(summary: StatsSummary<StoredWeeklyStats>): Promise<void> {
  const checked = storedSummarySchema.safeParse(summary);
  if (!checked.success) {
    // Never store what the popup could not draw: it keeps asking, and shows "Loading…".
    console.warn('[Eventually] the weekly summary failed its check', checked.error.issues[0]);
    await browser.storage.local.remove(SUMMARY_KEY);
    return;
  }
  await browser.storage.local.set({ [SUMMARY_KEY]: summary });
}

/** What the summary was last computed from (the small storage items of its inputs), in this background. */
let lastStamp: string | null = null;

/** The stored inputs that change the figures, as one string: a few small items. */
async function inputStamp(): Promise<string> {
  return JSON.stringify(await browser.storage.local.get([...INPUT_KEYS]));
}

/** Compute the summary from what is stored now, check it and store it. */
export async function refreshSummary(
  load: () => Promise<StatsInputs>,
  now = Date.now(),
): Promise<StatsSummary<StoredWeeklyStats>> {
  const stamp = await inputStamp();
  const summary = summarise(await load(), now);
  await store(summary);
  lastStamp = stamp;
  return summary;
}

/** Only the recorded counts of the stored summary, again from the activity log. */
async function refreshRecorded(): Promise<boolean> {
  const stored = (await browser.storage.local.get(SUMMARY_KEY))[SUMMARY_KEY] as
    | StatsSummary<StoredWeeklyStats>
    | undefined;
  if (!stored || !(Date.now() < stored.validUntil)) return false;
  await store(withRecorded(stored, (await activityItem.getValue()) ?? {}));
  return true;
}

/**
 * Keep the summary current: on every change of its inputs in storage, coalesced (a sync
 * writes the statuses, the kept occurrences and their time one after the other).
 * `run` serialises the work with the background's other storage writes.
 */
export function watchSummaryInputs(
  load: () => Promise<StatsInputs>,
  run: (task: () => Promise<unknown>) => Promise<unknown>,
  delayMs = 50,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let full = false;
  const flush = () => {
    timer = undefined;
    const wasFull = full;
    full = false;
    void run(async () => {
      if (wasFull && lastStamp !== null && (await inputStamp()) === lastStamp) return; // done already (a feed operation waits for it)
      if (wasFull || !(await refreshRecorded())) await refreshSummary(load);
    }).catch((error: unknown) => console.warn('[Eventually] could not update the weekly summary', error));
  };
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    const keys = Object.keys(changes);
    const inputs = keys.some((key) => INPUT_KEYS.has(key));
    if (!inputs && !keys.includes(ACTIVITY_KEY)) return;
    full ||= inputs;
    clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    clearTimeout(timer);
    browser.storage.onChanged.removeListener(listener);
  };
}
