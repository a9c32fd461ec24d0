// A generated year of a busy calendar, as an .ics text: recurring series in several time
// zones (daily, weekly, biweekly, monthly) with moved and cancelled instances, plus one-off
// meetings, about 10,000 occurrences in 2026. Deterministic (seeded), so runs compare.

const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Asia/Tokyo',
  'America/Los_Angeles',
  'Europe/London',
  'Australia/Sydney',
];
const TITLES = [
  'Stand-up',
  'Design review',
  'Weekly status sync',
  '1:1',
  'Planning',
  'Retro',
  'Customer call',
  'Hiring debrief',
  'Architecture forum',
  'Budget check-in',
];

function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const pad = (n) => String(n).padStart(2, '0');
const local = (d) =>
  `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00`;
const utc = (d) => `${local(d)}Z`;

function attendees(random, count) {
  const lines = ['ORGANIZER;CN=Organizer:mailto:organizer@example.com'];
  for (let i = 0; i < count; i++) {
    const status = random() < 0.1 ? 'DECLINED' : 'ACCEPTED';
    lines.push(`ATTENDEE;CN=Person ${i};PARTSTAT=${status}:mailto:person${i}@example.com`);
  }
  lines.push(`ATTENDEE;CN=Me;PARTSTAT=${random() < 0.05 ? 'DECLINED' : 'ACCEPTED'}:mailto:me@example.com`);
  return lines;
}

export function busyYearIcs({ year = 2026, seed = 42 } = {}) {
  const random = seeded(seed);
  const events = [];
  let uid = 0;
  const series = [
    // [count of series, RRULE, minutes]
    [24, 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 15],
    [20, 'FREQ=WEEKLY', 30],
    [10, 'FREQ=WEEKLY;INTERVAL=2', 60],
    [8, 'FREQ=MONTHLY', 90],
  ];
  for (const [count, rule, minutes] of series) {
    for (let s = 0; s < count; s++) {
      const zone = ZONES[s % ZONES.length];
      const start = new Date(Date.UTC(year, 0, 5 + (s % 5), 8 + (s % 9), (s % 2) * 30));
      const end = new Date(start.getTime() + minutes * 60_000);
      const id = `series-${uid++}@bench`;
      const description =
        s % 3 === 0
          ? 'Agenda:\\n1. Blockers\\n2. Decisions needed'
          : 'Join with Google Meet: https://meet.google.com/abc-defg-hij';
      events.push(
        [
          'BEGIN:VEVENT',
          `UID:${id}`,
          'SEQUENCE:0',
          `SUMMARY:${TITLES[s % TITLES.length]} ${s}`,
          `DTSTART;TZID=${zone}:${local(start)}`,
          `DTEND;TZID=${zone}:${local(end)}`,
          `RRULE:${rule}`,
          // Two cancelled instances a year (holidays), by EXDATE.
          `EXDATE;TZID=${zone}:${local(new Date(start.getTime() + 7 * 86_400_000 * 20))},${local(new Date(start.getTime() + 7 * 86_400_000 * 40))}`,
          `DESCRIPTION:${description}`,
          ...attendees(random, 2 + Math.floor(random() * 12)),
          'END:VEVENT',
        ].join('\r\n'),
      );
      // One moved instance (RECURRENCE-ID override) per series.
      const moved = new Date(start.getTime() + 7 * 86_400_000 * 10);
      events.push(
        [
          'BEGIN:VEVENT',
          `UID:${id}`,
          'SEQUENCE:1',
          `SUMMARY:${TITLES[s % TITLES.length]} ${s} (moved)`,
          `RECURRENCE-ID;TZID=${zone}:${local(moved)}`,
          `DTSTART;TZID=${zone}:${local(new Date(moved.getTime() + 2 * 3_600_000))}`,
          `DTEND;TZID=${zone}:${local(new Date(moved.getTime() + 2 * 3_600_000 + minutes * 60_000))}`,
          ...attendees(random, 3),
          'END:VEVENT',
        ].join('\r\n'),
      );
    }
  }
  // One-off meetings on working days, in UTC.
  for (let i = 0; i < 3200; i++) {
    const day = Math.floor(random() * 360);
    const date = new Date(Date.UTC(year, 0, 1 + day, 7 + Math.floor(random() * 10), Math.floor(random() * 4) * 15));
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) date.setUTCDate(date.getUTCDate() + 2);
    const minutes = [15, 30, 45, 60, 90, 120][Math.floor(random() * 6)];
    events.push(
      [
        'BEGIN:VEVENT',
        `UID:oneoff-${i}@bench`,
        `SUMMARY:${TITLES[i % TITLES.length]} (one-off ${i})`,
        `DTSTART:${utc(date)}`,
        `DTEND:${utc(new Date(date.getTime() + minutes * 60_000))}`,
        ...attendees(random, 1 + Math.floor(random() * 15)),
        'END:VEVENT',
      ].join('\r\n'),
    );
  }
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Eventually//bench//EN', ...events, 'END:VCALENDAR', ''].join(
    '\r\n',
  );
}

export const BUSY_YEAR_RANGE = { start: new Date(Date.UTC(2026, 0, 1)), end: new Date(Date.UTC(2027, 0, 1)) };

/**
 * Five runs of what the popup's data costs for the busy year: expand it, then summarise its 52
 * weeks. Each run gives wall times (expand, stats, total) and CPU time (on a busy machine, wall
 * time is mostly waiting). `lib` is a built lib/index.mjs.
 */
export function timeBusyYear(lib, ics = busyYearIcs()) {
  const settings = lib.normalizeSettings({ timeZone: 'Europe/Berlin', myEmails: ['me@example.com'] }).settings;
  const cpuMs = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  };
  const runs = [];
  let occurrences = 0;
  for (let run = 0; run < 5; run++) {
    const cpuStarted = cpuMs();
    const started = performance.now();
    const expandedYear = lib.expandIcs(ics, BUSY_YEAR_RANGE, { myAddresses: ['me@example.com'] });
    const expanded = performance.now();
    for (let week = 0; week < 52; week++) {
      const weekOf = new Date(BUSY_YEAR_RANGE.start.getTime() + week * 7 * 86_400_000);
      lib.weeklyStats(expandedYear, lib.statsOptionsFromSettings(settings, weekOf));
    }
    const summarised = performance.now();
    occurrences = expandedYear.length;
    runs.push({
      expandMs: expanded - started,
      statsMs: summarised - expanded,
      totalMs: summarised - started,
      cpuMs: cpuMs() - cpuStarted,
    });
  }
  return { occurrences, runs };
}
