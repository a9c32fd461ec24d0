/**
 * The recurrence engine on the examples of RFC 5545 §3.8.5.3 that the ical.js property test
 * (ics.test.ts) does not draw: BYWEEKNO, BYYEARDAY, BYSETPOS, negative BYMONTHDAY, BYDAY
 * ordinals within the year, WKST. Expected dates are the RFC's own.
 */
import { describe, expect, it } from 'vitest';
import { expandIcs } from '../../lib/calendar/ics';

function dates(dtstart: string, rrule: string, until = '2000-01-01T00:00:00Z'): string[] {
  const text = [
    'BEGIN:VCALENDAR',
    'BEGIN:VEVENT',
    'UID:r',
    `DTSTART:${dtstart}`,
    `RRULE:${rrule}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return expandIcs(text.join('\r\n'), { start: new Date('1997-01-01T00:00:00Z'), end: new Date(until) }).map((o) =>
    o.start.toISOString().slice(0, 10),
  );
}

describe('RFC 5545 examples', () => {
  it('Monday of week number 20', () => {
    expect(dates('19970512T090000Z', 'FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO')).toEqual([
      '1997-05-12',
      '1998-05-11',
      '1999-05-17',
    ]);
  });

  it('every third year on the 1st, 100th and 200th day, 10 times', () => {
    expect(
      dates('19970101T090000Z', 'FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200', '2010-01-01T00:00:00Z'),
    ).toEqual([
      '1997-01-01',
      '1997-04-10',
      '1997-07-19',
      '2000-01-01',
      '2000-04-09',
      '2000-07-18',
      '2003-01-01',
      '2003-04-10',
      '2003-07-19',
      '2006-01-01',
    ]);
  });

  it('the last work day of the month', () => {
    expect(dates('19970929T090000Z', 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', '1998-04-01T00:00:00Z')).toEqual([
      '1997-09-29',
      '1997-09-30',
      '1997-10-31',
      '1997-11-28',
      '1997-12-31',
      '1998-01-30',
      '1998-02-27',
      '1998-03-31',
    ]);
  });

  it('the third-to-last day of the month', () => {
    expect(dates('19970928T090000Z', 'FREQ=MONTHLY;BYMONTHDAY=-3', '1998-03-01T00:00:00Z')).toEqual([
      '1997-09-28',
      '1997-10-29',
      '1997-11-28',
      '1997-12-29',
      '1998-01-29',
      '1998-02-26',
    ]);
  });

  it('every Thursday in March, and the 20th Monday of the year', () => {
    expect(dates('19970313T090000Z', 'FREQ=YEARLY;BYMONTH=3;BYDAY=TH', '1999-01-01T00:00:00Z')).toEqual([
      '1997-03-13',
      '1997-03-20',
      '1997-03-27',
      '1998-03-05',
      '1998-03-12',
      '1998-03-19',
      '1998-03-26',
    ]);
    expect(dates('19970519T090000Z', 'FREQ=YEARLY;BYDAY=20MO')).toEqual(['1997-05-19', '1998-05-18', '1999-05-17']);
  });

  it('the third of Tuesday, Wednesday or Thursday of the month, 3 times', () => {
    expect(dates('19970904T090000Z', 'FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3')).toEqual([
      '1997-09-04',
      '1997-10-07',
      '1997-11-06',
    ]);
  });

  it('WKST changes which days a fortnightly rule gives', () => {
    expect(dates('19970805T090000Z', 'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO')).toEqual([
      '1997-08-05',
      '1997-08-10',
      '1997-08-19',
      '1997-08-24',
    ]);
    expect(dates('19970805T090000Z', 'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU')).toEqual([
      '1997-08-05',
      '1997-08-17',
      '1997-08-19',
      '1997-08-31',
    ]);
  });
});
