import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Popup, type PopupProps } from '../../components/popup/Popup';
import { emptyCounts } from '../../lib/activity';
import type { MeetingOccurrence } from '../../lib/calendar/ics';
import { statsOptionsFromSettings, type WeeklyStats, weeklyStats } from '../../lib/calendar/stats';
import { EMPTY_FEED_STATUS, feedError } from '../../lib/feeds';
import { DEFAULT_SETTINGS } from '../../lib/settings';

const SETTINGS = { ...DEFAULT_SETTINGS, timeZone: 'UTC', myEmails: ['me@example.com'] };
const NOW = Date.UTC(2026, 10, 25, 12); // Wednesday 25 November 2026
const DAY = 86_400_000;
const MONDAY = Date.UTC(2026, 10, 23);

function meeting(
  uid: string,
  dayOffset: number,
  hour: number,
  hours: number,
  people: number,
  agenda = false,
): MeetingOccurrence {
  const start = new Date(MONDAY + dayOffset * DAY + hour * 3600_000);
  return {
    uid,
    key: `${uid}@${start.getTime()}`,
    title: uid,
    start,
    end: new Date(start.getTime() + hours * 3600_000),
    allDay: false,
    attendeeCount: people,
    description: agenda ? 'Agenda:\n1. Budget\n2. Hiring\n3. Launch date' : '',
    recurring: false,
    isException: false,
    transparent: false,
    hasConference: false,
  };
}

// This week: 3 meetings, 3 h, 2 with an agenda, 14 person-hours. Last week: 2, 3.5 h, 1, 14.5.
const OCCURRENCES = [
  meeting('Planning', 0, 10, 1, 4, true),
  meeting('Design review <img src=x onerror=alert(1)>', 1, 14, 1.5, 6),
  meeting('1:1', 2, 9, 0.5, 2, true),
  meeting('Old planning', -7, 10, 2, 5, true),
  meeting('Retro', -3, 15, 1.5, 3),
];

function weeks(occurrences = OCCURRENCES): WeeklyStats[] {
  return Array.from({ length: 8 }, (_, index) =>
    weeklyStats(occurrences, statsOptionsFromSettings(SETTINGS, new Date(NOW - (7 - index) * 7 * DAY))),
  );
}

function renderPopup(overrides: Partial<PopupProps> = {}) {
  const props: PopupProps = {
    weekLabel: 'Week of 23 Nov',
    recorded: { ...emptyCounts(), flagged: 3, 'agenda-added': 2, 'prompt-shown': 4 },
    siteStatuses: [],
    hasFeeds: true,
    onOpenOptions: vi.fn(),
    weeks: weeks(),
    feeds: [
      {
        feed: {
          id: 'a',
          url: 'https://calendar.google.com/calendar/ical/secret-token/basic.ics',
          name: 'Work',
          addedAt: 1,
          kind: 'url',
        },
        status: { ...EMPTY_FEED_STATUS, lastSync: NOW - 5 * 60_000, events: 5 },
      },
    ],
    now: NOW,
    weekOffset: 0,
    canStepBack: true,
    canStepForward: true,
    onStepWeek: vi.fn(),
    onExport: vi.fn(),
    onWriteAsync: vi.fn(async () => true),
    ...overrides,
  };
  const view = render(<Popup {...props} />);
  return { props, view };
}

function tile(label: string): HTMLElement {
  const term = screen.getAllByRole('term').find((el) => el.textContent === label);
  if (!term) throw new Error(`no figure ${label}`);
  return term.parentElement!;
}

describe('Popup with figures', () => {
  it('shows this week against last week, with the direction in words', () => {
    renderPopup();
    expect(within(tile('Meeting hours')).getByText('3 h')).toBeTruthy();
    expect(tile('Meeting hours').textContent).toContain('down 30 min from last week');
    expect(within(tile('Meetings')).getByText('3')).toBeTruthy();
    expect(tile('Meetings').textContent).toContain('up 1 from last week');
    expect(within(tile('With an agenda')).getByText('67%')).toBeTruthy();
    expect(tile('With an agenda').textContent).toContain('2 of 3');
    expect(tile('With an agenda').textContent).toContain('up 17 pts from last week');
    expect(within(tile('Cost')).getByText('$1,400')).toBeTruthy();
    expect(tile('Cost').textContent).toContain('14 person-hours');
    expect(tile('Cost').textContent).toContain('down $50 from last week');
    // Good news and bad news look different (fewer hours is good, more meetings is not).
    expect(tile('Meeting hours').querySelector('.ev-delta-good')).not.toBeNull();
    expect(tile('Meetings').querySelector('.ev-delta-bad')).not.toBeNull();
  });

  it('draws hours per day with a text label for each bar', () => {
    renderPopup();
    const days = within(screen.getByRole('region', { name: /Meeting hours per day/ })).getAllByRole('listitem');
    // The figure is in the text a screen reader reads (not an aria-label it may skip).
    expect(days.map((day) => day.querySelector('.ev-sr')?.textContent)).toEqual([
      'Monday: 1 h',
      'Tuesday: 1.5 h',
      'Wednesday: 30 min',
      'Thursday: 0 h',
      'Friday: 0 h',
      'Saturday: 0 h',
      'Sunday: 0 h',
    ]);
    expect(screen.getByText('Busiest: Tuesday, 1.5 h')).toBeTruthy();
  });

  it('draws the 8-week trend with a title per bar, and its figures as a list of text', () => {
    renderPopup();
    const weeks = within(screen.getByRole('list', { name: 'Meeting hours per week, oldest first' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(weeks).toHaveLength(8);
    expect(weeks.slice(-2)).toEqual(['Week of 16 Nov: 3.5 h in 2 meetings', 'Week of 23 Nov: 3 h in 3 meetings']);
    const chart = screen.getByRole('region', { name: /week trend/ }).querySelector('svg')!;
    expect(chart.getAttribute('aria-hidden')).toBe('true');
    const titles = [...chart.querySelectorAll('title')].map((title) => title.textContent);
    expect(titles).toHaveLength(8);
    expect(titles[7]).toBe('Week of 23 Nov: 3 h in 3 meetings');
  });

  it('lists the costliest meetings as text, and copies an async write-up', async () => {
    const { props } = renderPopup();
    const list = within(screen.getByRole('region', { name: 'Costliest meetings' })).getAllByRole('listitem');
    expect(list[0]!.textContent).toContain('Design review <img src=x onerror=alert(1)>');
    expect(list[0]!.querySelector('img')).toBeNull();
    expect(list[0]!.textContent).toContain('6 people · 1.5 h · $900');
    fireEvent.click(within(list[0]!).getByRole('button', { name: /^Write it async “Design review/ }));
    expect(props.onWriteAsync).toHaveBeenCalledWith(
      expect.objectContaining({ uid: 'Design review <img src=x onerror=alert(1)>', attendees: 6 }),
    );
    expect(await within(list[0]!).findByText('Copied')).toBeTruthy();
  });

  it('says what Eventually did, and shows each calendar without its secret address', () => {
    renderPopup();
    const nudges = screen.getByRole('region', { name: 'Nudges this week' });
    expect(nudges.textContent).toContain('3 meetings flagged');
    expect(nudges.textContent).toContain('4 bare “hi”s caught');
    const calendars = screen.getByRole('region', { name: /Calendars/ });
    expect(calendars.textContent).toContain('calendar.google.com/…');
    expect(calendars.textContent).toContain('Synced 5 minutes ago · 5 events');
    expect(document.body.textContent).not.toContain('secret-token');
  });

  it('shows a feed error where it is seen', () => {
    renderPopup({
      feeds: [
        {
          feed: { id: 'a', url: 'https://calendar.example.com/gone.ics', name: 'Old link', addedAt: 1, kind: 'url' },
          status: { ...EMPTY_FEED_STATUS, lastSync: NOW - 3600_000, error: feedError({ kind: 'http', status: 404 }) },
        },
      ],
    });
    expect(screen.getByText(/1 calendar has a problem\./).textContent).toContain('See why');
    const line = within(screen.getByRole('region', { name: /Calendars/ })).getByRole('listitem');
    expect(line.className).toContain('ev-feed-error');
    expect(line.textContent).toContain('Problem: HTTP 404 Not Found.');
    expect(line.textContent).toContain('Showing the copy from 1 hour ago.');
  });

  it('steps between weeks and exports, all with buttons', () => {
    const { props } = renderPopup({ canStepForward: false });
    fireEvent.click(screen.getByRole('button', { name: 'Previous week' }));
    expect(props.onStepWeek).toHaveBeenCalledWith(-1);
    expect((screen.getByRole('button', { name: 'Next week' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(props.onExport).toHaveBeenNthCalledWith(1, 'csv');
    expect(props.onExport).toHaveBeenNthCalledWith(2, 'json');
    expect(screen.getByText('This week')).toBeTruthy();
    expect(screen.getByText('23 – 29 Nov 2026')).toBeTruthy();
  });

  it('names the week shown when stepping back', () => {
    renderPopup({ weekOffset: -1 });
    expect(screen.getByText('Last week')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Nudges, last week' })).toBeTruthy();
  });

  it('shows an empty week without dividing by zero', () => {
    renderPopup({ weeks: weeks([]) });
    expect(within(tile('With an agenda')).getByText('—')).toBeTruthy();
    expect(within(tile('Meeting hours')).getByText('0 h')).toBeTruthy();
    expect(tile('Meeting hours').textContent).toContain('same as last week');
    expect(screen.getByText('No meetings in this week.')).toBeTruthy();
  });
});

describe('Popup without figures', () => {
  it('leads to adding a calendar on first run', () => {
    const { props } = renderPopup({ hasFeeds: false, feeds: [], weeks: null });
    expect(screen.queryByRole('term')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add a calendar' }));
    expect(props.onOpenOptions).toHaveBeenCalledWith('feeds');
    expect(screen.queryByRole('button', { name: 'Export CSV' })).toBeNull();
  });

  it('says when the stats are switched off, with the way to turn them on', () => {
    const { props } = renderPopup({ statsEnabled: false });
    expect(screen.getByText('Weekly meeting stats are switched off.')).toBeTruthy();
    expect(screen.queryByRole('term')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Turn them on in Settings' }));
    expect(props.onOpenOptions).toHaveBeenCalled();
  });

  it('keeps the layout-not-recognised warnings', () => {
    renderPopup({ siteStatuses: [{ site: 'slack', status: 'layout-not-recognised', detail: 'composer', at: 1 }] });
    expect(screen.getByText(/Slack: layout not recognised/)).toBeTruthy();
  });
});

describe('Popup with a weekly meeting budget', () => {
  const budget = () => screen.getByRole('region', { name: 'Meeting budget' });

  it('shows the booked hours against the budget: a bar, the hours left, words for screen readers', () => {
    renderPopup({ budgetHours: 5 });
    // This week: 3 h booked.
    expect(budget().textContent).toContain('3 h of 5 h · 2 h left');
    expect(budget().textContent).toContain('3 h of meetings booked against a budget of 5 h: 2 h left.');
    const fill = budget().querySelector<HTMLElement>('.ev-budget-fill')!;
    expect(fill.style.width).toBe('60%');
    expect(budget().hasAttribute('data-over')).toBe(false);
  });

  it('says how far over, with the bar full', () => {
    renderPopup({ budgetHours: 2 });
    expect(budget().textContent).toContain('3 h of 2 h · 1 h over');
    expect(budget().querySelector<HTMLElement>('.ev-budget-fill')!.style.width).toBe('100%');
    expect(budget().getAttribute('data-over')).toBe('true');
  });

  it('is not there without a budget (the default)', () => {
    renderPopup();
    expect(screen.queryByRole('region', { name: 'Meeting budget' })).toBeNull();
  });
});
