// Calendars that used to stall the background for seconds to minutes (issue 12, item 1), as
// .ics texts. Deterministic, so runs compare; the tests and `npm run bench` both use them.

const wrap = (lines) => ['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines, 'END:VCALENDAR', ''].join('\r\n');

/** 200 series "last Friday of the month, if it is a fifth Friday" that start in 1900. */
export function lastFifthFridaySince1900({ events = 200 } = {}) {
  const lines = [];
  for (let index = 0; index < events; index++) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:fifth-friday-${index}@example.com`,
      `SUMMARY:Fifth Friday ${index}`,
      'DTSTART:19000105T090000Z',
      'DURATION:PT1H',
      'RRULE:FREQ=MONTHLY;BYDAY=5FR;BYSETPOS=-1',
      'END:VEVENT',
    );
  }
  return wrap(lines);
}

/** One event whose HTML description is 128k '<' characters. */
export function altDescriptionOfAngles({ length = 128 * 1024 } = {}) {
  return wrap([
    'BEGIN:VEVENT',
    'UID:angles@example.com',
    'SUMMARY:Angles',
    'DTSTART:20260105T090000Z',
    'DURATION:PT1H',
    `X-ALT-DESC;FMTTYPE=text/html:${'<'.repeat(length)}`,
    'END:VEVENT',
  ]);
}

/** About 0.9 MB of nested BEGIN lines, each closed by an END that matches none of them. */
export function unmatchedNesting({ depth = 35_000 } = {}) {
  const lines = ['BEGIN:VEVENT', 'UID:nest@example.com', 'DTSTART:20260105T090000Z'];
  for (let index = 0; index < depth; index++) lines.push('BEGIN:X-NEST');
  for (let index = 0; index < depth; index++) lines.push('END:X-NONE');
  lines.push('END:VEVENT');
  return wrap(lines);
}

/** One event whose TZID is 40 KB of '(' characters. */
export function hugeTzid({ length = 40 * 1024 } = {}) {
  return wrap([
    'BEGIN:VEVENT',
    'UID:tzid@example.com',
    'SUMMARY:Huge TZID',
    `DTSTART;TZID=${'('.repeat(length)}:20260105T090000`,
    'DURATION:PT1H',
    'END:VEVENT',
  ]);
}
