import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { durationMinutes, parseRecurrence, parseWhen } from '../../lib/meeting/parse-when';

const reference = new Date('2026-11-20T12:00:00Z');
const utc = (text: string, options: { dayFirst?: boolean } = {}) => {
  const when = parseWhen(text, { reference, timeZone: 'UTC', ...options });
  return when && { start: when.start.toISOString(), end: when.end.toISOString(), allDay: when.allDay };
};

describe('parseWhen', () => {
  it.each([
    // Google Calendar details popover and quick-create (sites.md)
    ['Tuesday, November 24⋅10:00 – 11:30am', '2026-11-24T10:00', '2026-11-24T11:30'],
    ['Tuesday, November 24⋅11:30am – 12:30pm', '2026-11-24T11:30', '2026-11-24T12:30'],
    ['Friday, December 31⋅9 – 10am', '2026-12-31T09:00', '2026-12-31T10:00'],
    ['Tuesday, November 24 ⋅ 3:00 – 4:00pm', '2026-11-24T15:00', '2026-11-24T16:00'],
    // Google editor fields joined
    ['Tuesday, November 24, 2026 10:00am - Tuesday, November 24, 2026 11:00am', '2026-11-24T10:00', '2026-11-24T11:00'],
    // Outlook peek and compose (en-US)
    ['Tue 11/24/2026 10:00 AM - 11:00 AM', '2026-11-24T10:00', '2026-11-24T11:00'],
    ['Thu 9/17/2026 4:00 PM - 4:30 PM', '2026-09-17T16:00', '2026-09-17T16:30'],
    ['11/24/2026 2:00 PM 3:30 PM', '2026-11-24T14:00', '2026-11-24T15:30'],
    // other locales
    ['Dienstag, 24. November⋅10:00–11:30', '2026-11-24T10:00', '2026-11-24T11:30'],
    ['mardi 24 novembre⋅14:00 – 15:30', '2026-11-24T14:00', '2026-11-24T15:30'],
    ['martes, 24 de noviembre de 2026⋅10:00 – 11:30', '2026-11-24T10:00', '2026-11-24T11:30'],
    ['24.11.2026 14:00–15:30', '2026-11-24T14:00', '2026-11-24T15:30'],
    ['2026年11月24日 10:00～11:30', '2026-11-24T10:00', '2026-11-24T11:30'],
    ['11월 24일 (화요일) ⋅ 오후 2:00~3:30', '2026-11-24T14:00', '2026-11-24T15:30'],
    ['2026-11-24T10:00 - 2026-11-24T11:00', '2026-11-24T10:00', '2026-11-24T11:00'],
  ])('reads %s', (text, start, end) => {
    expect(utc(text)).toEqual({ start: `${start}:00.000Z`, end: `${end}:00.000Z`, allDay: false });
  });

  it('reads day-first numeric dates when told, and obvious ones anyway', () => {
    expect(utc('Tue 05/11/2026 10:00 - 11:00', { dayFirst: true })?.start).toBe('2026-11-05T10:00:00.000Z');
    expect(utc('Tue 05/11/2026 10:00 - 11:00')?.start).toBe('2026-05-11T10:00:00.000Z');
    expect(utc('Tue 24/11/2026 10:00 - 11:00')?.start).toBe('2026-11-24T10:00:00.000Z');
  });

  it('reads all-day events and ranges of days', () => {
    expect(utc('Tuesday, November 24')).toEqual({
      start: '2026-11-24T00:00:00.000Z',
      end: '2026-11-25T00:00:00.000Z',
      allDay: true,
    });
    expect(utc('Tuesday, November 24 – Wednesday, November 25')?.end).toBe('2026-11-26T00:00:00.000Z');
  });

  it('runs past midnight and across days', () => {
    expect(utc('Tuesday, November 24⋅11pm – 1am')?.end).toBe('2026-11-25T01:00:00.000Z');
    expect(utc('Tuesday, November 24, 2026, 10am – Wednesday, November 25, 2026, 11am')?.end).toBe(
      '2026-11-25T11:00:00.000Z',
    );
  });

  it('picks the year nearest to the reference when the text has none', () => {
    expect(utc('Thursday, January 7⋅10:00 – 11:00')?.start).toBe('2027-01-07T10:00:00.000Z');
    expect(utc('Monday, October 5⋅10:00 – 11:00')?.start).toBe('2026-10-05T10:00:00.000Z');
  });

  it('reads the wall time in the given zone', () => {
    const when = parseWhen('Tuesday, November 24⋅10:00 – 11:30am', { reference, timeZone: 'America/New_York' });
    expect(when?.start.toISOString()).toBe('2026-11-24T15:00:00.000Z');
    expect(durationMinutes(when)).toBe(90);
  });

  it('gives null for text it cannot read', () => {
    for (const text of [
      '',
      'nonsense',
      '10:00',
      'Q4 planning 2026',
      'February 30⋅10:00 – 11:00',
      'Tuesday, November 24⋅10:00',
    ]) {
      expect(utc(text)).toBeNull();
    }
    expect(parseWhen(undefined)).toBeNull();
    expect(parseWhen(42 as unknown)).toBeNull();
    expect(
      parseWhen('Tuesday, November 24⋅10:00 – 11:30am', { timeZone: 'Not/AZone', reference })?.start,
    ).toBeInstanceOf(Date);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const when = parseWhen(text, { reference });
        if (when) expect(when.end.getTime()).toBeGreaterThan(when.start.getTime());
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseRecurrence', () => {
  it.each([
    ['Weekly on Tuesday', { frequency: 'weekly', interval: 1, hasEnd: false, byDay: ['TU'] }],
    ['Weekly on weekdays', { frequency: 'weekly', interval: 1, hasEnd: false, byDay: ['MO', 'TU', 'WE', 'TH', 'FR'] }],
    [
      'Every weekday (Monday to Friday)',
      { frequency: 'weekly', interval: 1, hasEnd: false, byDay: ['MO', 'TU', 'WE', 'TH', 'FR'] },
    ],
    ['Daily', { frequency: 'daily', interval: 1, hasEnd: false }],
    ['Monthly on the fourth Tuesday', { frequency: 'monthly', interval: 1, hasEnd: false }],
    ['Annually on November 24', { frequency: 'yearly', interval: 1, hasEnd: false }],
    ['Every 2 weeks on Monday, until Dec 31, 2026', { frequency: 'weekly', interval: 2, hasEnd: true, byDay: ['MO'] }],
    ['Occurs every Monday', { frequency: 'weekly', interval: 1, hasEnd: false, byDay: ['MO'] }],
    ['Occurs on the last Friday of every month', { frequency: 'monthly', interval: 1, hasEnd: false }],
    ['Repeat: Weekly', { frequency: 'weekly', interval: 1, hasEnd: false }],
    ['Wöchentlich am Dienstag', { frequency: 'weekly', interval: 1, hasEnd: false, byDay: ['TU'] }],
    ['Weekly on Tuesday, 10 times', { frequency: 'weekly', interval: 1, hasEnd: true, byDay: ['TU'] }],
  ])('reads %s', (text, expected) => {
    expect(parseRecurrence(text)).toEqual(expected);
  });

  it('gives null for no recurrence and for other text', () => {
    for (const text of ['Does not repeat', "Don't repeat", 'Remind me: 15 minutes before', '', 'Busy']) {
      expect(parseRecurrence(text)).toBeNull();
    }
    expect(parseRecurrence(null)).toBeNull();
  });
});
