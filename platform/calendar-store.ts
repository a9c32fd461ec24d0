/**
 * Where kept calendars live: the extension's IndexedDB, not `storage.local`. A busy calendar
 * keeps 1.5 MB of occurrences (and a small one its .ics text); in `storage.local` that ate
 * into the 10 MB the settings, mutes and activity share, a full quota blocked them too, and
 * every write delivered the old and new megabytes to every content script listening to
 * `storage.onChanged`. Here a full database costs only the calendar, and pages learn of a
 * change from one small item (`local:feedKeptAt`: feed id → time kept).
 *
 * idb-keyval (a small, well-kept wrapper) rather than raw IndexedDB requests.
 */
import { createStore, delMany, entries, get, getMany, set, type UseStore } from 'idb-keyval';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { type KeptCalendar, parseKeptCalendar, serializeKeptCalendar } from '../lib/feeds';

const DATABASE = 'eventually-calendars';
const STORE = 'kept';

let database: UseStore | null = null;
function store(): UseStore {
  database ??= createStore(DATABASE, STORE);
  return database;
}

const keptKey = (feedId: string) => `kept:${feedId}`;
const textKey = (feedId: string) => `text:${feedId}`;

/** When each feed's kept calendar was last written: what pages watch instead of the calendar. */
export const keptAtItem = storage.defineItem<Record<string, number>>('local:feedKeptAt', { fallback: {} });

/** The kept calendars of `feedIds`, read in one transaction; an unreadable one is null. */
export async function readKeptCalendars(feedIds: readonly string[]): Promise<Record<string, KeptCalendar | null>> {
  if (feedIds.length === 0) return {};
  const values = await getMany<unknown>(feedIds.map(keptKey), store());
  return Object.fromEntries(feedIds.map((id, index) => [id, parseKeptCalendar(values[index])]));
}

/** Everything of a kept calendar but the moment it was made: equal means nothing changed. */
function content(kept: KeptCalendar): string {
  return serializeKeptCalendar({ ...kept, at: 0 });
}

/**
 * Keep `kept` for a feed. Skips the write (and the change signal) when what is kept already
 * has the same content. Rejects when the database refuses (quota).
 */
export async function writeKeptCalendar(feedId: string, kept: KeptCalendar): Promise<'written' | 'unchanged'> {
  const previous = parseKeptCalendar(await get<unknown>(keptKey(feedId), store()));
  if (previous && content(previous) === content(kept)) return 'unchanged';
  await set(keptKey(feedId), serializeKeptCalendar(kept), store());
  const at = await keptAtItem.getValue();
  await keptAtItem.setValue({ ...at, [feedId]: kept.at });
  return 'written';
}

export async function readKeptText(feedId: string): Promise<string | null> {
  const text = await get<unknown>(textKey(feedId), store());
  return typeof text === 'string' ? text : null;
}

/** Keep the .ics text of a feed (null forgets it); unchanged text is not written again. */
export async function writeKeptText(feedId: string, text: string | null): Promise<void> {
  if (text === null) {
    await delMany([textKey(feedId)], store());
    return;
  }
  if ((await readKeptText(feedId)) === text) return;
  await set(textKey(feedId), text, store());
}

/** Forget everything kept for a feed. */
export async function removeKeptCalendar(feedId: string): Promise<void> {
  await delMany([keptKey(feedId), textKey(feedId)], store());
  const at = await keptAtItem.getValue();
  if (feedId in at) {
    delete at[feedId];
    await keptAtItem.setValue(at);
  }
}

/** Bytes the kept calendars take (UTF-8 of what is stored), for the options page and the tests. */
export async function keptCalendarBytes(): Promise<number> {
  const encoder = new TextEncoder();
  let bytes = 0;
  for (const [, value] of await entries<IDBValidKey, unknown>(store())) {
    if (typeof value === 'string') bytes += encoder.encode(value).length;
  }
  return bytes;
}

/**
 * Calendars kept by an earlier version in `storage.local` (`feedKept:<id>`, `feedText:<id>`)
 * move here once, freeing the settings' space.
 */
export async function moveLegacyCalendars(): Promise<number> {
  const all = await browser.storage.local.get(null);
  const legacy = Object.keys(all).filter((key) => key.startsWith('feedKept:') || key.startsWith('feedText:'));
  for (const key of legacy) {
    const [kind, feedId] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    if (kind === 'feedKept') {
      const kept = parseKeptCalendar(all[key]);
      if (kept) await writeKeptCalendar(feedId, kept);
    } else if (typeof all[key] === 'string') {
      await writeKeptText(feedId, all[key] as string);
    }
    await browser.storage.local.remove(key);
  }
  return legacy.length;
}
