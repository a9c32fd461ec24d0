import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import {
  assessMeetingInput,
  communicationPaths,
  countAttendees,
  formatDuration,
  formatMoney,
  LEVEL_LABELS,
  levelFor,
  type MeetingInput,
  meetingFromInput,
  occurrencesPerYear,
  type Signals,
} from '../../lib/meeting/assess';
import { assessMeeting, meetingSchema, safeAssessMeeting } from '../../lib/meeting/assess-checked';
import { isStatusTitle, matchStatusTitle } from '../../lib/meeting/status-titles';
import { DEFAULT_SETTINGS } from '../../lib/settings';

const AGENDA = 'Goal: pick the payroll vendor.\nAgenda:\n1. Compare the offers\n2. Decide';
const BERLIN = { timeZone: 'Europe/Berlin' };
const EN = { locale: 'en-US' };

function people(n: number) {
  return Array.from({ length: n }, (_, i) => ({ email: `p${i}@example.com`, organizer: i === 0 }));
}

/** Tuesday 4 March 2025, 10:00–11:00 in Berlin (09:00–10:00 UTC). */
function meeting(overrides: Partial<MeetingInput> = {}): MeetingInput {
  return {
    title: 'Payroll vendor choice',
    start: '2025-03-04T09:00:00Z',
    end: '2025-03-04T10:00:00Z',
    attendees: people(4),
    description: AGENDA,
    ...overrides,
  };
}

const codes = (input: MeetingInput, settings = BERLIN) => assessMeeting(input, settings, EN).reasons.map((r) => r.code);

describe('meetingSchema', () => {
  it('fills defaults and coerces dates', () => {
    const parsed = meetingSchema.parse({ title: 'x', start: '2025-03-04T09:00:00Z', end: 1741082400000 });
    expect(parsed.attendees).toEqual([]);
    expect(parsed.description).toBe('');
    expect(parsed.recurrence).toBeNull();
    expect(parsed.conferencing).toBe(false);
    expect(parsed.end).toBeInstanceOf(Date);
  });

  it('a bad input throws a ZodError; safeAssessMeeting returns it instead', () => {
    expect(() => assessMeeting({ title: 'x', start: 'not a date', end: 'nope' })).toThrow(ZodError);
    expect(() => assessMeeting({} as MeetingInput)).toThrow(ZodError);
    const safe = safeAssessMeeting({ title: 3 });
    expect(safe.success).toBe(false);
    const ok = safeAssessMeeting(meeting(), BERLIN, EN);
    expect(ok.success && ok.assessment.level).toBe('fine');
  });

  // The page's code (sites/calendar-common) judges its adapters' reads with
  // assessMeetingInput, which fills the defaults by hand instead of loading zod: it must give
  // what the schema gives, for every input the schema accepts.
  it('meetingFromInput gives what meetingSchema.parse gives; assessMeetingInput what assessMeeting gives', () => {
    const date = fc.oneof(
      fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2040, 0, 1)), noInvalidDate: true }),
      fc.integer({ min: 946_684_800_000, max: 2_208_988_800_000 }),
      fc
        .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2040, 0, 1)), noInvalidDate: true })
        .map((d) => d.toISOString()),
    );
    const attendee = fc.record(
      {
        email: fc.constantFrom('a@x.org', 'B@x.org ', 'c@x.org', ''),
        name: fc.constantFrom('Ann', 'Bo', ''),
        organizer: fc.boolean(),
        optional: fc.boolean(),
        resource: fc.boolean(),
        responseStatus: fc.constantFrom('accepted', 'declined', 'tentative', 'needsAction') as fc.Arbitrary<
          'accepted' | 'declined' | 'tentative' | 'needsAction'
        >,
      },
      { requiredKeys: [] },
    );
    const recurrence = fc.record(
      {
        frequency: fc.constantFrom('daily', 'weekly', 'monthly', 'yearly') as fc.Arbitrary<
          'daily' | 'weekly' | 'monthly' | 'yearly'
        >,
        interval: fc.integer({ min: 1, max: 4 }),
        hasEnd: fc.boolean(),
        count: fc.integer({ min: 1, max: 30 }),
        until: date,
        byDay: fc.subarray(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const).map((days) => [...days]),
      },
      { requiredKeys: ['frequency', 'hasEnd'] },
    );
    const input: fc.Arbitrary<MeetingInput> = fc.record(
      {
        title: fc.constantFrom('Weekly status sync', 'Design review', '1:1', ''),
        start: date,
        end: date,
        attendees: fc.array(attendee, { maxLength: 12 }),
        attendeeCount: fc.integer({ min: 0, max: 40 }),
        organizer: fc.record(
          { email: fc.constantFrom('a@x.org', 'z@x.org'), name: fc.constant('Ann') },
          { requiredKeys: [] },
        ),
        description: fc.constantFrom('', AGENDA, 'Let us sync', '<p>Agenda</p><ul><li>Budget</li></ul>'),
        recurrence: fc.option(recurrence, { nil: null }),
        conferencing: fc.boolean(),
        allDay: fc.boolean(),
      },
      { requiredKeys: ['title', 'start', 'end'] },
    );
    fc.assert(
      fc.property(input, (given) => {
        const parsed = meetingSchema.parse(given);
        const mine = meetingFromInput(given);
        expect(mine).toEqual(parsed);
        expect(assessMeetingInput(given, BERLIN, EN)).toEqual(assessMeeting(given, BERLIN, EN));
      }),
      { numRuns: 300 },
    );
  });

  it('assessMeetingInput gives null, not a throw, when a time is not a date', () => {
    expect(assessMeetingInput({ title: 'x', start: 'not a date', end: 'nope' })).toBeNull();
    expect(
      assessMeetingInput({ ...meeting(), recurrence: { frequency: 'weekly', hasEnd: true, until: 'soon' } }),
    ).toBeNull();
  });
});

describe('attendee count', () => {
  const count = (input: Partial<MeetingInput>) => countAttendees(meetingSchema.parse(meeting(input)));

  it('counts the listed people, the organizer once', () => {
    expect(count({ attendees: people(6) })).toBe(6);
    expect(count({ attendees: people(6), organizer: { email: 'p0@example.com' } })).toBe(6);
  });

  it('adds an organizer who is not in the list', () => {
    const guests = [{ email: 'a@example.com' }, { email: 'b@example.com' }];
    expect(count({ attendees: guests, organizer: { email: 'boss@example.com' } })).toBe(3);
    expect(count({ attendees: guests, organizer: { email: 'A@Example.com' } })).toBe(2);
    expect(count({ attendees: guests })).toBe(2);
  });

  it('leaves out declined people, rooms and duplicates', () => {
    expect(
      count({
        attendees: [
          { email: 'a@example.com', organizer: true },
          { email: 'b@example.com', responseStatus: 'declined' },
          { email: 'room-4@resource.calendar.google.com', resource: true },
          { email: 'A@example.com' },
          { name: 'Carol' },
          { email: 'd@example.com', optional: true, responseStatus: 'tentative' },
        ],
      }),
    ).toBe(3);
  });

  it('a known head count wins when larger', () => {
    expect(count({ attendees: people(2), attendeeCount: 12 })).toBe(12);
    expect(count({ attendees: people(5), attendeeCount: 3 })).toBe(5);
  });
});

describe('cost', () => {
  it('shows the formula, person-hours and the amount', () => {
    const { cost } = assessMeeting(meeting({ attendees: people(6) }), BERLIN, EN);
    expect(cost).toMatchObject({
      minutes: 60,
      attendees: 6,
      personHours: 6,
      amount: 600,
      currency: 'USD',
      hourlyRate: 100,
      amountText: '$600',
      formula: '1 h × 6 people × $100/h',
    });
    expect(cost.perYear).toBeUndefined();
  });

  it('uses the rate and currency from settings', () => {
    const { cost } = assessMeeting(
      meeting({ end: '2025-03-04T09:30:00Z', attendees: people(3) }),
      { ...BERLIN, hourlyRate: 80, currency: 'EUR' },
      { locale: 'de-DE' },
    );
    expect(cost.personHours).toBe(1.5);
    expect(cost.amount).toBe(120);
    expect(cost.formula).toBe('30 min × 3 people × 80\u00A0€/h'); // Intl puts a no-break space before €
    expect(cost.amountText).toBe('120\u00A0€');
  });

  it('a solo block costs one person', () => {
    const { cost } = assessMeeting(meeting({ attendees: [] }), BERLIN, EN);
    expect(cost.formula).toBe('1 h × 1 person × $100/h');
  });

  it('per year for recurring meetings', () => {
    const weekly = assessMeeting(
      meeting({ attendees: people(6), recurrence: { frequency: 'weekly', hasEnd: false } }),
      BERLIN,
      EN,
    );
    expect(weekly.cost.perYear).toEqual({ occurrences: 52, personHours: 312, amount: 31200, amountText: '$31,200' });
  });

  it('end before start costs nothing and does not throw', () => {
    const { cost } = assessMeeting(meeting({ end: '2025-03-04T08:00:00Z' }), BERLIN, EN);
    expect(cost.minutes).toBe(0);
    expect(cost.amount).toBe(0);
  });
});

describe('occurrencesPerYear', () => {
  const start = new Date('2025-03-04T09:00:00Z');
  const weekdays = DEFAULT_SETTINGS.workingHours.days;
  const per = (r: Parameters<typeof occurrencesPerYear>[0]) => occurrencesPerYear(r, start, weekdays);

  it.each([
    [{ frequency: 'weekly', interval: 1, hasEnd: false }, 52],
    [{ frequency: 'weekly', interval: 2, hasEnd: false }, 26],
    [{ frequency: 'weekly', interval: 1, hasEnd: false, byDay: ['MO', 'WE'] }, 104],
    [{ frequency: 'daily', interval: 1, hasEnd: false }, 260],
    [{ frequency: 'daily', interval: 1, hasEnd: false, byDay: ['MO', 'TU', 'WE', 'TH', 'FR'] }, 260],
    [{ frequency: 'daily', interval: 2, hasEnd: false }, 130],
    [{ frequency: 'monthly', interval: 1, hasEnd: false }, 12],
    [{ frequency: 'monthly', interval: 3, hasEnd: false }, 4],
    [{ frequency: 'yearly', interval: 1, hasEnd: false }, 1],
    [{ frequency: 'weekly', interval: 1, hasEnd: true, count: 10 }, 10],
    [{ frequency: 'weekly', interval: 1, hasEnd: true, until: new Date('2025-06-03T09:00:00Z') }, 13],
  ] as const)('%j → %i', (recurrence, n) => {
    expect(per({ ...recurrence, byDay: 'byDay' in recurrence ? [...recurrence.byDay] : undefined })).toBe(n);
  });

  it('follows the working days for daily meetings', () => {
    expect(occurrencesPerYear({ frequency: 'daily', interval: 1, hasEnd: false }, start, [1, 2, 3, 4])).toBe(208);
  });
});

describe('signals', () => {
  it('no agenda', () => {
    const a = assessMeeting(meeting({ description: "Let's sync" }), BERLIN, EN);
    expect(a.hasAgenda).toBe(false);
    expect(a.agendaReasons).toEqual(['No topics, goals or questions found.']);
    expect(a.reasons.map((r) => r.code)).toEqual(['no-agenda']);
  });

  it('large, with the communication paths', () => {
    const a = assessMeeting(meeting({ attendees: people(12) }), BERLIN, EN);
    expect(a.communicationPaths).toBe(66);
    expect(a.reasons).toContainEqual({
      code: 'large',
      text: '12 people means 66 conversations to keep in sync; could a smaller group decide and write it up?',
      params: { people: 12, paths: 66 },
    });
    expect(codes(meeting({ attendees: people(8) }))).not.toContain('large');
    expect(codes(meeting({ attendees: people(9) }))).toContain('large');
  });

  it('long', () => {
    expect(codes(meeting({ end: '2025-03-04T10:00:00Z' }))).not.toContain('long');
    const a = assessMeeting(meeting({ end: '2025-03-04T10:30:00Z' }), BERLIN, EN);
    expect(a.reasons).toContainEqual({
      code: 'long',
      text: 'At 1 h 30 min it runs long; could it fit in 1 h?',
      params: { minutes: 90, limitMinutes: 60 },
    });
  });

  it('recurring with no end date, with the yearly figure', () => {
    const a = assessMeeting(meeting({ recurrence: { frequency: 'weekly', hasEnd: false } }), BERLIN, EN);
    expect(a.reasons).toContainEqual({
      code: 'recurring-no-end',
      text: 'It repeats with no end date, about 52 times and 208 person-hours a year; an end date makes it easy to revisit.',
      params: { times: 52, personHours: 208 },
    });
    expect(codes(meeting({ recurrence: { frequency: 'weekly', hasEnd: true } }))).not.toContain('recurring-no-end');
    expect(codes(meeting({ recurrence: { frequency: 'weekly', hasEnd: false, count: 6 } }))).not.toContain(
      'recurring-no-end',
    );
  });

  it('status-style title', () => {
    const a = assessMeeting(meeting({ title: 'Weekly sync' }), BERLIN, EN);
    expect(a.reasons).toContainEqual({
      code: 'status-title',
      text: '‘Weekly sync’ sounds like a status update; a written one could save everyone the time.',
      params: { title: 'Weekly sync' },
    });
    const long = assessMeeting(
      meeting({ title: 'Weekly update on the migration of the billing platform to the new cluster' }),
      BERLIN,
      EN,
    );
    expect(long.reasons.find((r) => r.code === 'status-title')?.text).toBe(
      '‘Weekly’ sounds like a status update; a written one could save everyone the time.',
    );
  });

  it('thresholds come from settings', () => {
    const strict = { ...BERLIN, thresholds: { maxAttendees: 4, maxMinutes: 30 } };
    expect(codes(meeting({ attendees: people(5), end: '2025-03-04T09:45:00Z' }), strict)).toEqual(['large', 'long']);
    expect(codes(meeting({ attendees: people(4), end: '2025-03-04T09:30:00Z' }), strict)).toEqual([]);
    // A partial thresholds object keeps the other default.
    expect(codes(meeting({ attendees: people(9) }), { ...BERLIN, thresholds: { maxMinutes: 30 } } as never)).toEqual([
      'large',
      'long',
    ]);
  });

  it('a solo block is fine, with no reasons and no cost nagging', () => {
    for (const attendees of [[], people(1)]) {
      const a = assessMeeting(
        meeting({ attendees, description: '', title: 'Weekly sync', end: '2025-03-04T13:00:00Z' }),
        BERLIN,
        EN,
      );
      expect(a).toMatchObject({ level: 'fine', label: 'Looks fine', reasons: [], solo: true, communicationPaths: 0 });
    }
  });

  it('an all-day event is not judged', () => {
    const a = assessMeeting(
      meeting({ allDay: true, start: '2025-03-04T00:00:00Z', end: '2025-03-05T00:00:00Z', description: '' }),
      BERLIN,
      EN,
    );
    expect(a).toMatchObject({ level: 'fine', reasons: [], solo: true });
  });
});

describe('outside working hours (time zones)', () => {
  const at = (start: string, end: string, settings: object = BERLIN) =>
    assessMeeting(meeting({ start, end }), settings, EN).reasons.find((r) => r.code === 'outside-working-hours')?.text;

  it('07:00 in Berlin is outside', () => {
    expect(at('2025-03-04T06:00:00Z', '2025-03-04T06:30:00Z')).toBe(
      'It starts at 07:00, before your working hours (09:00–17:00).',
    );
    // Summer time: 07:00 CEST is 05:00 UTC.
    expect(at('2025-07-01T05:00:00Z', '2025-07-01T05:30:00Z')).toBe(
      'It starts at 07:00, before your working hours (09:00–17:00).',
    );
  });

  it('09:00–17:00 in Berlin is inside, to the minute', () => {
    expect(at('2025-03-04T08:00:00Z', '2025-03-04T09:00:00Z')).toBeUndefined();
    expect(at('2025-03-04T15:00:00Z', '2025-03-04T16:00:00Z')).toBeUndefined();
  });

  it('running past the end of the day, or starting after it', () => {
    expect(at('2025-03-04T15:30:00Z', '2025-03-04T16:30:00Z')).toBe(
      'It runs until 17:30, past your working hours (09:00–17:00).',
    );
    expect(at('2025-03-04T17:00:00Z', '2025-03-04T17:30:00Z')).toBe(
      'It starts at 18:00, after your working hours (09:00–17:00).',
    );
    expect(at('2025-03-04T15:00:00Z', '2025-03-05T08:30:00Z')).toBe(
      'It runs until 09:30, past your working hours (09:00–17:00).',
    );
  });

  it('a non-working day is outside', () => {
    expect(at('2025-03-08T10:00:00Z', '2025-03-08T11:00:00Z')).toBe('It’s on a Saturday, outside your working days.');
    expect(
      at('2025-03-08T10:00:00Z', '2025-03-08T11:00:00Z', {
        ...BERLIN,
        workingHours: { start: '09:00', end: '17:00', days: [6] },
      }),
    ).toBeUndefined();
  });

  it('the same instant differs by zone', () => {
    // 13:00 UTC is 14:00 in Berlin but 08:00 in New York.
    expect(at('2025-03-04T13:00:00Z', '2025-03-04T13:30:00Z')).toBeUndefined();
    expect(at('2025-03-04T13:00:00Z', '2025-03-04T13:30:00Z', { timeZone: 'America/New_York' })).toBe(
      'It starts at 08:00, before your working hours (09:00–17:00).',
    );
  });

  it("'' uses the runtime's zone", () => {
    const start = new Date(2025, 2, 4, 7, 0); // 07:00 local, Tuesday
    const end = new Date(2025, 2, 4, 7, 30);
    const a = assessMeeting(meeting({ start, end }), { timeZone: '' }, EN);
    expect(a.reasons.find((r) => r.code === 'outside-working-hours')?.text).toBe(
      'It starts at 07:00, before your working hours (09:00–17:00).',
    );
  });

  it('custom working hours and an unknown zone', () => {
    expect(
      at('2025-03-04T06:00:00Z', '2025-03-04T06:30:00Z', {
        ...BERLIN,
        workingHours: { start: '07:00', end: '15:00', days: [1, 2, 3, 4, 5] },
      }),
    ).toBeUndefined();
    expect(() => assessMeeting(meeting(), { timeZone: 'Mars/Olympus' }, EN)).not.toThrow();
  });
});

describe('the level rule', () => {
  const base: Signals = {
    solo: false,
    noAgenda: false,
    statusTitle: false,
    large: false,
    long: false,
    recurringNoEnd: false,
  };
  it.each([
    [{}, 'fine'],
    [{ noAgenda: true }, 'needs-agenda'],
    [{ noAgenda: true, long: true }, 'needs-agenda'],
    [{ noAgenda: true, recurringNoEnd: true }, 'needs-agenda'],
    [{ noAgenda: true, large: true }, 'consider-async'],
    [{ statusTitle: true }, 'consider-async'],
    [{ statusTitle: true, noAgenda: true }, 'consider-async'],
    [{ large: true }, 'fine'],
    [{ long: true }, 'fine'],
    [{ recurringNoEnd: true }, 'fine'],
    [{ large: true, long: true }, 'consider-async'],
    [{ long: true, recurringNoEnd: true }, 'consider-async'],
    [{ large: true, recurringNoEnd: true }, 'consider-async'],
    [{ solo: true, noAgenda: true, statusTitle: true, large: true }, 'fine'],
  ] as const)('%j → %s', (signals, level) => {
    expect(levelFor({ ...base, ...signals })).toBe(level);
  });

  it('end to end, with labels', () => {
    const level = (input: Partial<MeetingInput>) => {
      const a = assessMeeting(meeting(input), BERLIN, EN);
      expect(a.label).toBe(LEVEL_LABELS[a.level]);
      return a.level;
    };
    expect(level({})).toBe('fine');
    expect(level({ description: '' })).toBe('needs-agenda');
    expect(level({ description: '', attendees: people(10) })).toBe('consider-async');
    expect(level({ title: 'Team stand-up' })).toBe('consider-async');
    expect(level({ attendees: people(10), end: '2025-03-04T11:00:00Z' })).toBe('consider-async');
    expect(level({ attendees: people(10) })).toBe('fine');
    expect(level({ recurrence: { frequency: 'weekly', hasEnd: false }, end: '2025-03-04T11:00:00Z' })).toBe(
      'consider-async',
    );
  });
});

describe('reasons are short, kind sentences', () => {
  it('every reason is one sentence of modest length', () => {
    const a = assessMeeting(
      meeting({
        title: 'Weekly sync',
        description: '',
        attendees: people(14),
        start: '2025-03-08T06:00:00Z',
        end: '2025-03-08T08:00:00Z',
        recurrence: { frequency: 'weekly', hasEnd: false },
      }),
      BERLIN,
      EN,
    );
    expect(a.reasons.map((r) => r.code)).toEqual([
      'no-agenda',
      'status-title',
      'large',
      'long',
      'recurring-no-end',
      'outside-working-hours',
    ]);
    for (const { text } of a.reasons) {
      expect(text.length).toBeLessThanOrEqual(120);
      expect(text.match(/[.?!](?:\s|$)/g)?.length).toBe(1);
      expect(text).not.toMatch(/\b(?:waste|useless|pointless|must|should not|stop)\b/i);
    }
  });
});

describe('helpers', () => {
  it('communicationPaths is n(n−1)/2', () => {
    expect([0, 1, 2, 3, 5, 8, 10, 15].map(communicationPaths)).toEqual([0, 0, 1, 3, 10, 28, 45, 105]);
    expect(communicationPaths(-3)).toBe(0);
    expect(communicationPaths(Number.NaN)).toBe(0);
  });

  it('formatMoney', () => {
    expect(formatMoney(600, 'USD', 'en-US')).toBe('$600');
    expect(formatMoney(12.5, 'USD', 'en-US')).toBe('$12.50');
    expect(formatMoney(31200, 'USD', 'en-US')).toBe('$31,200');
    expect(formatMoney(1234.56, 'EUR', 'de-DE')).toBe('1.235\u00A0€');
    expect(formatMoney(50.5, 'JPY', 'ja-JP')).toBe('￥51');
    expect(formatMoney(10, 'USD', 'not a locale!!')).toBe('$10');
    expect(formatMoney(10, 'nope')).toBe('10 nope');
    expect(formatMoney(Number.POSITIVE_INFINITY, 'USD')).toBe('— USD');
  });

  it('formatDuration', () => {
    expect([0, 15, 60, 90, 120, 135].map(formatDuration)).toEqual([
      '0 min',
      '15 min',
      '1 h',
      '1 h 30 min',
      '2 h',
      '2 h 15 min',
    ]);
  });
});

describe('status-style titles', () => {
  it.each([
    ['Weekly sync', 'Weekly'],
    ['Team sync-up', 'sync-up'],
    ['Project status', 'status'],
    ['Status update: billing', 'Status update'],
    ['Monday check-in', 'check-in'],
    ['Daily stand-up', 'Daily'],
    ['Standup', 'Standup'],
    ['Quick catch-up', 'catch-up'],
    ['Touch base re: Q3', 'Touch base'],
    ['Friday round-up', 'round-up'],
    ['Jour fixe Vertrieb', 'Jour fixe'],
    ['Statusmeeting Projekt X', 'Statusmeeting'],
    ['Projektabstimmung', 'Projektabstimmung'],
    ['Abstimmung Marketing', 'Abstimmung'],
    ['Point hebdo', 'Point hebdo'],
    ["Point d'équipe", "Point d'équipe"],
    ['Point projet Atlas', 'Point projet'],
    ['Reunión de seguimiento', 'Reunión de seguimiento'],
    ['Actualización semanal', 'Actualización'],
    ['Alinhamento semanal', 'Alinhamento'],
    ['Status semanal do time', 'Status semanal'],
    ['Aggiornamento progetto', 'Aggiornamento'],
    ['Punto settimanale', 'Punto settimanale'],
    ['SAL cantiere', 'SAL'],
    ['Wekelijks overleg', 'Wekelijks overleg'],
    ['Teamoverleg', 'Teamoverleg'],
    ['定例会議', '定例'],
    ['進捗確認', '進捗'],
    ['朝会', '朝会'],
    ['주간 회의', '주간 회의'],
    ['스탠드업', '스탠드업'],
    ['产品周会', '周会'],
    ['每日站会', '站会'],
    ['部门例会', '例会'],
  ])('%j → %j', (title, word) => {
    expect(matchStatusTitle(title)).toBe(word);
  });

  it.each([
    'Async review of the RFC',
    'Payroll vendor choice',
    '1:1 with Sal',
    'Quarterly planning',
    'PowerPoint training',
    'Point of sale demo',
    'Overleg',
    '',
    'Design review: pick a palette',
  ])('%j is not a status title', (title) => {
    expect(isStatusTitle(title)).toBe(false);
  });
});
