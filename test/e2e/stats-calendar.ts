/**
 * What the stats end-to-end tests share: a calendar generated around the real current week
 * whose figures are known exactly, and the way a test allows a calendar's site the way a
 * person does in the browser's own extension settings.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, startOfWeek } from 'date-fns';
import type { Worker } from 'playwright-core';
import type { ExtensionSession } from './harness';

export const ZONE = 'Europe/Berlin';
export const ME = 'me@example.com';

/** Settings the figures below assume (merged into the installed defaults). */
export async function useStatsSettings(session: ExtensionSession, extra: Record<string, unknown> = {}): Promise<void> {
  const current = (await session.getStorage<Record<string, unknown>>('settings')) ?? {};
  await session.setStorage({
    settings: {
      ...current,
      timeZone: ZONE,
      weekStartsOn: 1,
      myEmails: [ME],
      hourlyRate: 100,
      currency: 'USD',
      ...extra,
    },
  });
}

function stamp(day: Date, hhmm: string): string {
  const date = new TZDate(day.getTime(), ZONE);
  const y = String(date.getFullYear());
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}${m}${d}T${hhmm.replace(':', '')}00`;
}

function dateOnly(day: Date): string {
  return stamp(day, '00:00').slice(0, 8);
}

interface EventSpec {
  uid: string;
  title: string;
  day: Date;
  from: string;
  to: string;
  /** Other people's addresses (the organizer is the first). */
  people?: string[];
  description?: string;
  iDeclined?: boolean;
}

function vevent(spec: EventSpec): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${spec.uid}`,
    'DTSTAMP:20260101T000000Z',
    `DTSTART;TZID=${ZONE}:${stamp(spec.day, spec.from)}`,
    `DTEND;TZID=${ZONE}:${stamp(spec.day, spec.to)}`,
    `SUMMARY:${spec.title}`,
  ];
  if (spec.description) lines.push(`DESCRIPTION:${spec.description.replace(/\n/g, '\\n')}`);
  const people = spec.people ?? [];
  if (people.length > 0) {
    lines.push(`ORGANIZER;CN=${people[0]}:mailto:${people[0]}`);
    for (const person of people) lines.push(`ATTENDEE;PARTSTAT=ACCEPTED:mailto:${person}`);
    lines.push(`ATTENDEE;PARTSTAT=${spec.iDeclined ? 'DECLINED' : 'ACCEPTED'}:mailto:${ME}`);
  }
  lines.push('END:VEVENT');
  return lines;
}

const AGENDA = 'Agenda:\n1. Budget for Q3\n2. Hiring plan\n3. Decide the launch date';

function people(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `person${i + 1}@example.com`);
}

/**
 * A calendar around the real current week (in Europe/Berlin, weeks from Monday):
 * this week — 3 meetings, 3 h, 2 of 3 with an agenda, 14 person-hours ($1,400 at $100/h),
 *   plus a solo block, an all-day event and a meeting I declined, none of which count;
 * last week — 2 meetings, 3.5 h, 1 of 2 with an agenda, 14.5 person-hours ($1,450).
 */
export function weekCalendar(now = Date.now(), name = 'Team calendar'): string {
  const monday = startOfWeek(new TZDate(now, ZONE), { weekStartsOn: 1 });
  const lastMonday = addDays(monday, -7);
  const events: EventSpec[] = [
    {
      uid: 'planning-this',
      title: 'Planning',
      day: monday,
      from: '10:00',
      to: '11:00',
      people: people(3),
      description: AGENDA,
    },
    {
      uid: 'design-review',
      title: 'Design review',
      day: addDays(monday, 1),
      from: '14:00',
      to: '15:30',
      people: people(5),
    },
    {
      uid: 'one-on-one',
      title: '1:1 with Sam',
      day: addDays(monday, 2),
      from: '09:00',
      to: '09:30',
      people: people(1),
      description: AGENDA,
    },
    { uid: 'focus', title: 'Focus block', day: addDays(monday, 3), from: '13:00', to: '15:00' },
    {
      uid: 'declined',
      title: 'Vendor pitch',
      day: addDays(monday, 3),
      from: '10:00',
      to: '11:00',
      people: people(2),
      iDeclined: true,
    },
    {
      uid: 'planning-last',
      title: 'Planning',
      day: lastMonday,
      from: '10:00',
      to: '12:00',
      people: people(4),
      description: AGENDA,
    },
    { uid: 'retro', title: 'Retro', day: addDays(lastMonday, 4), from: '15:00', to: '16:30', people: people(2) },
  ];
  const allDay = [
    'BEGIN:VEVENT',
    'UID:offsite',
    'DTSTAMP:20260101T000000Z',
    `DTSTART;VALUE=DATE:${dateOnly(addDays(monday, 4))}`,
    `DTEND;VALUE=DATE:${dateOnly(addDays(monday, 5))}`,
    'SUMMARY:Company holiday',
    'END:VEVENT',
  ];
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Eventually tests//EN',
    `X-WR-CALNAME:${name}`,
    ...events.flatMap(vevent),
    ...allDay,
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

/** One more meeting this week: by default 1 h with 4 people (the imported-file test adds it). */
export function extraMeetingCalendar(now = Date.now(), to = '17:00'): string {
  const monday = startOfWeek(new TZDate(now, ZONE), { weekStartsOn: 1 });
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Eventually tests//EN',
    ...vevent({
      uid: 'board-prep',
      title: 'Board prep',
      day: addDays(monday, 3),
      from: '16:00',
      to,
      people: people(3),
      description: AGENDA,
    }),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

/** Does the extension hold the host permission for `origin` right now? */
export function hasSite(session: ExtensionSession, origin: string): Promise<boolean> {
  return session.worker.evaluate(
    (pattern) =>
      (
        globalThis as unknown as { chrome: { permissions: { contains(p: { origins: string[] }): Promise<boolean> } } }
      ).chrome.permissions.contains({ origins: [pattern] }),
    `${origin}/*`,
  );
}

/**
 * The kept calendars as the background stored them (IndexedDB, platform/calendar-store.ts):
 * feed id → JSON text. Read in the worker, or in an extension page (same origin, same
 * database) when the worker may be stopped.
 */
export function keptCalendarTexts(
  session: ExtensionSession,
  where: Pick<Worker, 'evaluate'> = session.worker,
): Promise<Record<string, string>> {
  return where.evaluate(
    () =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const open = indexedDB.open('eventually-calendars');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('kept')) return resolve({});
          const result: Record<string, string> = {};
          const cursor = db.transaction('kept').objectStore('kept').openCursor();
          cursor.onerror = () => reject(cursor.error);
          cursor.onsuccess = () => {
            const at = cursor.result;
            if (!at) return resolve(result);
            const key = String(at.key);
            if (key.startsWith('kept:')) result[key.slice('kept:'.length)] = String(at.value);
            at.continue();
          };
        };
      }),
  );
}
