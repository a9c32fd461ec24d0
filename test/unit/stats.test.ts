import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandIcs, expandIcsDetailed, type MeetingOccurrence } from '../../lib/calendar/ics';
import {
  csvField,
  isMeeting,
  statsOptionsFromSettings,
  statsToCsv,
  trend,
  type WeeklyStatsOptions,
  weeklyStats,
  weeksBack,
} from '../../lib/calendar/stats';
import { DEFAULT_SETTINGS } from '../../lib/settings';

const FIXTURES = new URL('../fixtures/ics/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, FIXTURES), 'utf8');
const range = (start: string, end: string) => ({ start: new Date(start), end: new Date(end) });
const HOUR = 3_600_000;

const base: WeeklyStatsOptions = {
  weekOf: new Date('2025-01-15T12:00:00Z'),
  weekStartsOn: 1,
  timeZone: 'Europe/Berlin',
  workingHours: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] },
  hourlyRate: 100,
  currency: 'EUR',
  myAddresses: ['me@example.com'],
};

// ---------------------------------------------------------------------------------------
// A hand-checked week (test/fixtures/ics/team-week.ics, Mon 13 – Sun 19 January 2025, CET)
// ---------------------------------------------------------------------------------------

describe('weeklyStats on the team week', () => {
  const occurrences = expandIcs(read('team-week.ics'), range('2024-12-01T00:00:00Z', '2025-03-01T00:00:00Z'), {
    myAddresses: ['me@example.com'],
  });
  const stats = weeklyStats(occurrences, { ...base, recorded: { flagged: 2, agendasAdded: 1 } });

  it('finds the week in the zone', () => {
    expect(stats.week.start.toISOString()).toBe('2025-01-12T23:00:00.000Z'); // Mon 00:00 CET
    expect(stats.week.end.toISOString()).toBe('2025-01-19T23:00:00.000Z');
    expect(stats.week.timeZone).toBe('Europe/Berlin');
  });

  it('counts meetings: not declined, solo, all-day, cancelled; free-with-others counts', () => {
    // Standup ×3 (13th, 14th moved, 17th; 15th EXDATE, 16th cancelled), planning, review,
    // the "free" demo (two people) and the late call clipped at the week's end. Not: the
    // declined all-hands, the solo focus block, the all-day offsite, the cancelled series.
    expect(stats.meetingCount).toBe(7);
    // 3 × 0.25 + 2 + 1 + 0.5 + 1 (23:00–24:00 of the 2-hour call) = 5.25
    expect(stats.meetingHours).toBeCloseTo(5.25, 10);
    expect(stats.workingHours).toBe(40);
    // In working hours: Mon 3.25, Tue 0.25, Thu 0.5, Fri 0.25 = 4.25 of 40.
    expect(stats.shareOfWorkingHours).toBeCloseTo(4.25 / 40, 10);
  });

  it('counts agendas, large and long meetings, recurring share and my own', () => {
    // The three standups carry "Agenda: 1. … 2. … 3. …" (the moved one through its master).
    expect(stats.withAgendaCount).toBe(3);
    expect(stats.withAgendaShare).toBeCloseTo(3 / 7, 10);
    expect(stats.largeCount).toBe(1); // planning: 9 people > 8
    expect(stats.longCount).toBe(2); // planning (2 h) and the 2-hour late call (unclipped length)
    expect(stats.recurringCount).toBe(3);
    expect(stats.recurringShareOfHours).toBeCloseTo(0.75 / 5.25, 10);
    expect(stats.organizedCount).toBe(1); // planning
  });

  it('prices person-hours', () => {
    // Standups 3 × 0.25 h × 3 people, planning 2 h × 9, review 1 × 2, demo 0.5 × 2, late 1 × 2.
    expect(stats.personHours).toBeCloseTo(2.25 + 18 + 2 + 1 + 2, 10);
    expect(stats.cost).toBeCloseTo(2525, 8);
    expect(stats.currency).toBe('EUR');
    expect(stats.topCostly.map((m) => [m.title, Math.round(m.cost)])).toEqual([
      ['Quarter planning', 1800],
      ['Design review', 200],
      ['Late call across midnight', 200],
      ['Optional demo (shown as free)', 100],
      ['Standup', 75],
    ]);
    expect(stats.topCostly[0]).toMatchObject({ uid: 'planning@eventually.test', attendees: 9, personHours: 18 });
  });

  it('finds focus blocks (≥ 2 h free in working hours) and back-to-back chains', () => {
    expect(stats.focusBlocks.map((b) => [b.start.toISOString(), b.hours])).toEqual([
      ['2025-01-13T12:00:00.000Z', 4], // Mon 13:00–17:00
      ['2025-01-14T08:00:00.000Z', 2], // Tue 09:00–11:00 (standup moved to 11:00)
      ['2025-01-14T10:15:00.000Z', 5.75], // Tue 11:15–17:00
      ['2025-01-15T08:00:00.000Z', 8], // Wed: no meetings (standup EXDATE, all-hands declined)
      ['2025-01-16T08:00:00.000Z', 7], // Thu 09:00–16:00
      ['2025-01-17T08:45:00.000Z', 7.25], // Fri 09:45–17:00 (a solo block is focus time)
    ]);
    expect(stats.focusHours).toBeCloseTo(34, 10);
    // Planning 10–12 then review 12–13 on Monday; the standup at 09:30–09:45 is 15 min off.
    expect(stats.backToBack.count).toBe(1);
    expect(stats.backToBack.longest).toEqual({
      meetings: 2,
      start: new Date('2025-01-13T09:00:00.000Z'),
      end: new Date('2025-01-13T12:00:00.000Z'),
      minutes: 180,
    });
  });

  it('lists hours per day in week order and the busiest day', () => {
    expect(stats.hoursPerDay.map((d) => [d.date, d.weekday, d.hours])).toEqual([
      ['2025-01-13', 1, 3.25],
      ['2025-01-14', 2, 0.25],
      ['2025-01-15', 3, 0],
      ['2025-01-16', 4, 0.5],
      ['2025-01-17', 5, 0.25],
      ['2025-01-18', 6, 0],
      ['2025-01-19', 0, 1],
    ]);
    expect(stats.busiestDay).toEqual({ date: '2025-01-13', weekday: 1, hours: 3.25 });
  });

  it('passes recorded counts through, zero when missing', () => {
    expect(stats.recorded).toEqual({
      flagged: 2,
      turnedAsync: 0,
      agendasAdded: 1,
      promptsShown: 0,
      messagesRewritten: 0,
      sentAnyway: 0,
    });
  });

  it('counts solo timed blocks when asked, but never all-day events', () => {
    const solo = weeklyStats(occurrences, { ...base, countSoloEventsAsMeetings: true });
    expect(solo.meetingCount).toBe(8); // + the 3-hour focus block
    expect(solo.meetingHours).toBeCloseTo(8.25, 10);
    expect(occurrences.filter((o) => o.allDay).every((o) => !isMeeting(o, true))).toBe(true);
  });

  it('gives the same occurrences different weeks in another zone and week start', () => {
    // Los Angeles, weeks from Sunday: 12 Jan 08:00Z … 19 Jan 08:00Z. The late call (19 Jan
    // 22:00Z) is in the next week there.
    const la = weeklyStats(occurrences, { ...base, timeZone: 'America/Los_Angeles', weekStartsOn: 0 });
    expect(la.week.start.toISOString()).toBe('2025-01-12T08:00:00.000Z');
    expect(la.week.end.toISOString()).toBe('2025-01-19T08:00:00.000Z');
    expect(la.meetingCount).toBe(6);
    expect(la.meetingHours).toBeCloseTo(4.25, 10);
    expect(la.hoursPerDay[0]).toMatchObject({ date: '2025-01-12', weekday: 0 });
    // Working hours 09–17 Los Angeles are 17:00–01:00Z: none of these meetings (08:30–15:30Z)
    // falls inside them.
    expect(la.shareOfWorkingHours).toBeCloseTo(0, 10);
    expect(la.focusHours).toBe(40);
  });
});

// ---------------------------------------------------------------------------------------
// DST weeks
// ---------------------------------------------------------------------------------------

describe('weeks across DST changes', () => {
  const occurrences = expandIcs(read('dst-weekly.ics'), range('2024-01-01T00:00:00Z', '2025-01-01T00:00:00Z'), {
    myAddresses: ['me@example.com'],
  });

  it('has a 167-hour week in March and a 169-hour week in October (Berlin)', () => {
    const march = weeklyStats(occurrences, { ...base, weekOf: new Date('2024-03-27T12:00:00Z') });
    expect(march.week.start.toISOString()).toBe('2024-03-24T23:00:00.000Z');
    expect(march.week.end.toISOString()).toBe('2024-03-31T22:00:00.000Z');
    expect((march.week.end.getTime() - march.week.start.getTime()) / HOUR).toBe(167);
    // Monday 25 March 10:00 CET (3 people, 1 h) and Tuesday 26 March 10:00 EDT (2 people,
    // 30 min; I'm tentative, which counts).
    expect(march.meetingCount).toBe(2);
    expect(march.meetingHours).toBe(1.5);
    expect(march.hoursPerDay.map((d) => d.date)).toEqual([
      '2024-03-25',
      '2024-03-26',
      '2024-03-27',
      '2024-03-28',
      '2024-03-29',
      '2024-03-30',
      '2024-03-31',
    ]);
    const october = weeklyStats(occurrences, { ...base, weekOf: new Date('2024-10-27T12:00:00Z') });
    expect(october.week.start.toISOString()).toBe('2024-10-20T22:00:00.000Z');
    expect(october.week.end.toISOString()).toBe('2024-10-27T23:00:00.000Z');
    expect((october.week.end.getTime() - october.week.start.getTime()) / HOUR).toBe(169);
    // The following week's Monday meeting is back at 09:00Z (10:00 CET).
    const after = weeklyStats(occurrences, { ...base, weekOf: new Date('2024-10-29T12:00:00Z') });
    expect(after.topCostly.find((m) => m.title === 'Berlin weekly sync')!.start.toISOString()).toBe(
      '2024-10-28T09:00:00.000Z',
    );
  });

  it('has a 169-hour week in November (New York, weeks from Sunday)', () => {
    const ny = { ...base, timeZone: 'America/New_York', weekStartsOn: 0, weekOf: new Date('2024-11-05T18:00:00Z') };
    const stats = weeklyStats(occurrences, ny);
    expect(stats.week.start.toISOString()).toBe('2024-11-03T04:00:00.000Z'); // 00:00 EDT
    expect(stats.week.end.toISOString()).toBe('2024-11-10T05:00:00.000Z'); // 00:00 EST
    // Working days Mon–Fri 09–17 local: 40 hours whatever the DST change.
    expect(stats.workingHours).toBe(40);
    // Tuesday 5 Nov: the New York sync at 10:00 EST = 15:00Z.
    expect(stats.topCostly.map((m) => [m.title, m.start.toISOString()])).toContainEqual([
      'New York weekly sync',
      '2024-11-05T15:00:00.000Z',
    ]);
  });
});

// ---------------------------------------------------------------------------------------
// Chains, overlaps, boundaries (synthetic occurrences)
// ---------------------------------------------------------------------------------------

function meeting(start: string, minutes: number, extra: Partial<MeetingOccurrence> = {}): MeetingOccurrence {
  const from = new Date(start);
  return {
    uid: `${start}-${minutes}`,
    key: `${start}-${minutes}`,
    title: extra.title ?? `Meeting at ${start}`,
    start: from,
    end: new Date(from.getTime() + minutes * 60_000),
    allDay: false,
    attendeeCount: 3,
    description: '',
    recurring: false,
    isException: false,
    transparent: false,
    hasConference: false,
    ...extra,
  };
}

describe('overlaps, chains and boundaries', () => {
  const utc = { ...base, timeZone: 'UTC', weekOf: new Date('2025-03-05T12:00:00Z') };

  it('counts overlapping meetings in full for hours but once for the share and focus', () => {
    const stats = weeklyStats(
      [
        meeting('2025-03-03T10:00:00Z', 60),
        meeting('2025-03-03T10:30:00Z', 60),
        meeting('2025-03-03T09:00:00Z', 30, { attendeeCount: 1 }),
      ],
      utc,
    );
    expect(stats.meetingCount).toBe(2); // the solo one is not a meeting
    expect(stats.meetingHours).toBe(2);
    expect(stats.shareOfWorkingHours).toBeCloseTo(1.5 / 40, 10); // union 10:00–11:30
    // Monday: 09:00–10:00 (1 h, too short) and 11:30–17:00 (5.5 h).
    expect(stats.focusBlocks[0]).toMatchObject({ hours: 5.5 });
    expect(stats.backToBack.count).toBe(1); // overlapping meetings chain too
  });

  it('chains meetings with gaps of at most 5 minutes', () => {
    const stats = weeklyStats(
      [
        meeting('2025-03-04T09:00:00Z', 30),
        meeting('2025-03-04T09:35:00Z', 25), // 5-minute gap: chained
        meeting('2025-03-04T10:00:00Z', 60), // back to back
        meeting('2025-03-04T11:06:00Z', 30), // 6-minute gap: new chain (alone)
        meeting('2025-03-05T14:00:00Z', 30),
        meeting('2025-03-05T14:30:00Z', 30),
      ],
      utc,
    );
    expect(stats.backToBack.count).toBe(2);
    expect(stats.backToBack.longest).toMatchObject({ meetings: 3, minutes: 120 });
  });

  it('clips meetings that cross the week boundary and ignores zero-length or declined ones', () => {
    const stats = weeklyStats(
      [
        meeting('2025-03-02T23:00:00Z', 120), // Sunday 23:00 → Monday 01:00: 1 h in this week
        meeting('2025-03-09T23:30:00Z', 60), // Sunday 23:30 → Monday 00:30: 30 min in this week
        meeting('2025-03-04T12:00:00Z', 0),
        meeting('2025-03-04T13:00:00Z', 60, { myStatus: 'declined' }),
        meeting('2025-03-04T14:00:00Z', 60, { allDay: true }),
      ],
      utc,
    );
    expect(stats.meetingCount).toBe(2);
    expect(stats.meetingHours).toBe(1.5);
    expect(stats.hoursPerDay[0]!.hours).toBe(1);
    expect(stats.hoursPerDay[6]!.hours).toBe(0.5);
    expect(stats.personHours).toBe(4.5);
  });

  it('has no busiest day, no chain and full focus in an empty week', () => {
    const stats = weeklyStats([], utc);
    expect(stats.meetingCount).toBe(0);
    expect(stats.withAgendaShare).toBe(0);
    expect(stats.busiestDay).toBeNull();
    expect(stats.backToBack).toEqual({ count: 0, longest: null });
    expect(stats.focusHours).toBe(40);
    expect(stats.focusBlocks).toHaveLength(5);
    expect(stats.topCostly).toEqual([]);
  });

  it('uses the runtime zone when timeZone is empty', () => {
    const stats = weeklyStats([], { ...utc, timeZone: '' });
    expect(stats.week.timeZone).toBe(new Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});

// ---------------------------------------------------------------------------------------
// Trend, settings, CSV
// ---------------------------------------------------------------------------------------

describe('trend and export', () => {
  const occurrences = expandIcs(read('team-week.ics'), range('2024-12-01T00:00:00Z', '2025-03-01T00:00:00Z'), {
    myAddresses: ['me@example.com'],
  });

  it('summarises the last n weeks, oldest first, matching weeklyStats', () => {
    const points = trend(occurrences, base, 4);
    expect(points.map((p) => p.weekStart.toISOString())).toEqual([
      '2024-12-22T23:00:00.000Z',
      '2024-12-29T23:00:00.000Z',
      '2025-01-05T23:00:00.000Z',
      '2025-01-12T23:00:00.000Z',
    ]);
    const last = weeklyStats(occurrences, base);
    expect(points[3]).toEqual({
      weekStart: last.week.start,
      meetingHours: last.meetingHours,
      meetingCount: last.meetingCount,
      withAgendaShare: last.withAgendaShare,
      cost: last.cost,
      focusHours: last.focusHours,
    });
    // Week of 6 January: standups Mon–Fri (5 × 15 min), nothing else.
    expect(points[2]).toMatchObject({ meetingCount: 5, meetingHours: 1.25 });
    expect(points[0]).toMatchObject({ meetingCount: 0, focusHours: 40 });
    expect(weeksBack(4, occurrences, base)).toEqual(points);
    expect(trend(occurrences, base)).toHaveLength(8);
  });

  it('builds options from the settings', () => {
    const options = statsOptionsFromSettings(DEFAULT_SETTINGS, new Date('2025-01-15T12:00:00Z'));
    expect(options).toMatchObject({
      weekStartsOn: 1,
      timeZone: '',
      hourlyRate: 100,
      currency: 'USD',
      largeThreshold: 8,
      longThresholdMinutes: 60,
      countSoloEventsAsMeetings: false,
      workingHours: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] },
    });
  });

  it('writes one CSV row per week, RFC 4180', () => {
    const weeks = [
      weeklyStats(occurrences, base),
      weeklyStats(occurrences, { ...base, weekOf: new Date('2025-01-08T12:00:00Z') }),
    ];
    const csv = statsToCsv(weeks);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(4); // header, two rows, and the final CRLF
    expect(lines[3]).toBe('');
    const header = lines[0]!.split(',');
    expect(header.slice(0, 5)).toEqual(['week_start', 'week_end', 'time_zone', 'meetings', 'meeting_hours']);
    const row = Object.fromEntries(header.map((name, index) => [name, lines[1]!.split(',')[index]]));
    expect(row).toMatchObject({
      week_start: '2025-01-13',
      week_end: '2025-01-19',
      time_zone: 'Europe/Berlin',
      meetings: '7',
      meeting_hours: '5.25',
      cost: '2525',
      currency: 'EUR',
      busiest_day: '2025-01-13',
      flagged: '0',
    });
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(statsToCsv([])).toBe(`${lines[0]}\r\n`);
  });

  it('is plain data for JSON export', () => {
    const stats = weeklyStats(occurrences, base);
    const round = JSON.parse(JSON.stringify(stats));
    expect(round.week.start).toBe('2025-01-12T23:00:00.000Z');
    expect(round.meetingCount).toBe(7);
  });
});

// ---------------------------------------------------------------------------------------
// A busy year: about 10,000 occurrences, expanded and summarised for every week
// ---------------------------------------------------------------------------------------

/** Deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 2025 for a busy person: daily and weekly series in six zones (IANA without VTIMEZONE, a
 * Windows ID with VTIMEZONE, an Exchange display name, UTC), biweekly and monthly series,
 * moved and cancelled instances, EXDATEs, and one-off meetings.
 */
function busyYearIcs(): string {
  const rand = random(20250101);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = (d: Date) =>
    `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00`;
  const zones = [
    'Europe/Berlin',
    'America/New_York',
    'Asia/Tokyo',
    'W. Europe Standard Time',
    '"(UTC-08:00) Pacific Time (US & Canada)"',
    'UTC',
  ];
  const out = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Eventually//Busy year//EN',
    'X-WR-TIMEZONE:Europe/Berlin',
    'BEGIN:VTIMEZONE',
    'TZID:W. Europe Standard Time',
    'BEGIN:STANDARD',
    'DTSTART:16010101T030000',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10',
    'END:STANDARD',
    'BEGIN:DAYLIGHT',
    'DTSTART:16010101T020000',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3',
    'END:DAYLIGHT',
    'END:VTIMEZONE',
  ];
  const agenda = 'Agenda:\\n1. Status of the release\\n2. Risks and blockers\\n3. Decisions needed';
  const people = (n: number) => {
    const lines = ['ORGANIZER;CN=Boss:mailto:boss@example.com', 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:me@example.com'];
    for (let i = 1; i < n; i++) lines.push(`ATTENDEE;PARTSTAT=ACCEPTED;CN=P${i}:mailto:p${i}@example.com`);
    return lines;
  };
  const dt = (name: string, zone: string, wall: Date) =>
    zone === 'UTC' ? `${name}:${stamp(wall)}Z` : `${name};TZID=${zone}:${stamp(wall)}`;
  let uid = 0;
  const series = (rule: string, count: number, startYear: number) => {
    for (let i = 0; i < count; i++) {
      const id = `series-${++uid}@busy.example`;
      const zone = pick(zones);
      const hour = 8 + Math.floor(rand() * 9);
      const minute = pick([0, 15, 30, 45]);
      const length = pick([15, 25, 30, 45, 60, 90]);
      const start = new Date(Date.UTC(startYear, 0, 6 + Math.floor(rand() * 5), hour, minute));
      out.push(
        'BEGIN:VEVENT',
        `UID:${id}`,
        `SUMMARY:Series ${uid}`,
        dt('DTSTART', zone, start),
        dt('DTEND', zone, new Date(start.getTime() + length * 60_000)),
        `RRULE:${rule}`,
        ...people(2 + Math.floor(rand() * 10)),
      );
      if (rand() < 0.5) out.push(`DESCRIPTION:${agenda}`);
      if (rand() < 0.5)
        out.push(dt('EXDATE', zone === 'UTC' ? 'Europe/Berlin' : zone, new Date(Date.UTC(2025, 4, 5, hour, minute))));
      out.push('END:VEVENT');
      for (let k = 0; k < 4; k++) {
        // Three moved by an hour, one cancelled.
        const day = new Date(Date.UTC(2025, 1 + Math.floor(rand() * 10), 1 + Math.floor(rand() * 27), hour, minute));
        const moved = new Date(day.getTime() + HOUR);
        out.push(
          'BEGIN:VEVENT',
          `UID:${id}`,
          `SUMMARY:Series ${uid} (moved)`,
          dt('RECURRENCE-ID', zone, day),
          dt('DTSTART', zone, moved),
          dt('DTEND', zone, new Date(moved.getTime() + length * 60_000)),
          'SEQUENCE:1',
          ...people(3),
          ...(k === 3 ? ['STATUS:CANCELLED'] : []),
          'END:VEVENT',
        );
      }
    }
  };
  series('FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR', 14, 2025);
  series('FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR', 5, 2023); // open-ended, started two years before
  series('FREQ=WEEKLY;BYDAY=MO,WE,FR', 8, 2025);
  series('FREQ=WEEKLY', 30, 2025);
  series('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH', 10, 2025);
  series('FREQ=MONTHLY;BYDAY=1MO,3WE', 10, 2025);
  series('FREQ=MONTHLY;BYMONTHDAY=15;COUNT=12', 5, 2025);
  series('FREQ=YEARLY;BYMONTH=3,9;BYDAY=2TH', 3, 2025); // ical.js path
  for (let i = 0; i < 1400; i++) {
    const zone = pick(zones);
    const day = new Date(Date.UTC(2025, 0, 1 + Math.floor(rand() * 365), 8 + Math.floor(rand() * 9), pick([0, 30])));
    out.push(
      'BEGIN:VEVENT',
      `UID:one-off-${i}@busy.example`,
      `SUMMARY:One-off ${i}`,
      dt('DTSTART', zone, day),
      dt('DTEND', zone, new Date(day.getTime() + pick([30, 60, 90]) * 60_000)),
      ...people(1 + Math.floor(rand() * 12)),
      ...(rand() < 0.3 ? [`DESCRIPTION:${agenda}`] : []),
      'END:VEVENT',
    );
  }
  out.push('END:VCALENDAR');
  return out.join('\r\n');
}

describe('a busy year', () => {
  it('expands ~10,000 occurrences and summarises all 52 weeks quickly', () => {
    const ics = busyYearIcs();
    const year = range('2025-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
    const options = { ...base, weekOf: new Date('2025-12-24T12:00:00Z') };

    // Twice: the first run pays for JIT compilation (as the service worker's first refresh
    // does), the second shows the steady state.
    const cpuMs = () => {
      const usage = process.cpuUsage();
      return (usage.user + usage.system) / 1000;
    };
    const runs = ['cold', 'warm'].map((label) => {
      const cpuStarted = cpuMs();
      const started = performance.now();
      const expanded = expandIcsDetailed(ics, year, { myAddresses: ['me@example.com'] });
      const afterExpand = performance.now();
      const oneWeek = weeklyStats(expanded.occurrences, options);
      const afterOneWeek = performance.now();
      const weeks = trend(expanded.occurrences, options, 52);
      const finished = performance.now();
      const cpu = cpuMs() - cpuStarted;
      console.log(
        `busy year (${label}): ${expanded.occurrences.length} occurrences (${(ics.length / 1024).toFixed(0)} KB); ` +
          `expand ${(afterExpand - started).toFixed(0)} ms, one week ${(afterOneWeek - afterExpand).toFixed(1)} ms, ` +
          `52 weeks ${(finished - afterOneWeek).toFixed(0)} ms; total ${(finished - started).toFixed(0)} ms ` +
          `(CPU ${cpu.toFixed(0)} ms; budget 300 ms)`,
      );
      // On a loaded machine wall time is mostly waiting; CPU time is then the fairer figure.
      return { expanded, oneWeek, weeks, total: Math.min(finished - started, cpu) };
    });
    const { expanded, oneWeek, weeks } = runs[0]!;

    expect(expanded.occurrences.length).toBeGreaterThan(9_000);
    expect(expanded.occurrences.length).toBeLessThan(11_000);
    expect(expanded.skipped).toEqual([]);
    expect(expanded.truncated).toBe(false);
    expect(runs[1]!.expanded.occurrences).toEqual(expanded.occurrences);
    expect(weeks).toHaveLength(52);
    expect(weeks[0]!.weekStart.toISOString()).toBe('2024-12-29T23:00:00.000Z');
    expect(weeks[51]!.weekStart.toISOString()).toBe(oneWeek.week.start.toISOString());
    // Every week has meetings; the year holds thousands of meeting hours.
    expect(weeks.every((w) => w.meetingCount > 0)).toBe(true);
    expect(weeks.reduce((sum, w) => sum + w.meetingHours, 0)).toBeGreaterThan(5_000);
    // The real budget (300 ms) is reported by the benchmark; this only catches regressions.
    expect(Math.min(...runs.map((run) => run.total))).toBeLessThan(1500);
  }, 30_000);
});

// weeklyStats picks the five costliest meetings without sorting the whole week; they must be
// the five a stable sort by cost, person-hours and start gives, ties in the list's order.
describe('topCostly', () => {
  const WEEK = Date.UTC(2025, 2, 3); // Monday 3 March 2025, UTC
  const options = { ...base, timeZone: 'UTC', weekOf: new Date(WEEK + 2 * 86_400_000) };
  const occurrence = (index: number, startHour: number, hours: number, people: number): MeetingOccurrence => ({
    uid: `m${index}`,
    key: `m${index}`,
    title: `Meeting ${index}`,
    start: new Date(WEEK + startHour * HOUR),
    end: new Date(WEEK + (startHour + hours) * HOUR),
    allDay: false,
    attendeeCount: people,
    description: '',
    recurring: false,
    isException: false,
    transparent: false,
    hasConference: false,
  });

  it('are the first five of a stable sort, ties in list order', () => {
    // Few distinct starts, lengths and head counts: many ties.
    const meeting = fc.record({
      startHour: fc.integer({ min: 0, max: 4 }).map((h) => h * 24 + 9),
      hours: fc.constantFrom(0.5, 1, 2),
      people: fc.constantFrom(2, 3, 4),
    });
    fc.assert(
      fc.property(fc.array(meeting, { maxLength: 14 }), (meetings) => {
        const list = meetings.map((m, index) => occurrence(index, m.startHour, m.hours, m.people));
        const items = list
          .map((o) => {
            const hours = (o.end.getTime() - o.start.getTime()) / HOUR;
            return { o, start: o.start.getTime(), end: o.end.getTime(), personHours: hours * o.attendeeCount };
          })
          .sort((a, b) => a.start - b.start || a.end - b.end);
        const expected = [...items]
          .sort((a, b) => b.personHours - a.personHours || a.start - b.start)
          .slice(0, 5)
          .map((item) => item.o.uid);
        expect(weeklyStats(list, options).topCostly.map((m) => m.uid)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
