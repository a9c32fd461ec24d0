import { describe, expect, it } from 'vitest';
import {
  type ActivityLog,
  countsForWeek,
  eventHistory,
  MAX_WEEKS_KEPT,
  recordActivity,
  weekKey,
} from '../../lib/activity';

const week = { weekStartsOn: 1, timeZone: 'Europe/Berlin' };
const tuesday = Date.UTC(2026, 10, 24, 10);

describe('activity log', () => {
  it('keys weeks by their first day in the user zone', () => {
    expect(weekKey(tuesday, 1, 'Europe/Berlin')).toBe('2026-11-23');
    expect(weekKey(tuesday, 0, 'Europe/Berlin')).toBe('2026-11-22');
    // Sunday 23:30 UTC is already Monday in Tokyo.
    expect(weekKey(Date.UTC(2026, 10, 22, 23, 30), 1, 'Asia/Tokyo')).toBe('2026-11-23');
    expect(weekKey(Date.UTC(2026, 10, 22, 23, 30), 1, 'America/New_York')).toBe('2026-11-16');
  });

  it('counts an event once per kind and week, however often it is seen', () => {
    let log: ActivityLog = {};
    for (let i = 0; i < 3; i++) log = recordActivity(log, { kind: 'flagged', key: 'evt1', at: tuesday + i }, week);
    log = recordActivity(log, { kind: 'flagged', key: 'evt2', at: tuesday }, week);
    log = recordActivity(log, { kind: 'agenda-added', key: 'evt1', at: tuesday }, week);
    const counts = countsForWeek(log, '2026-11-23');
    expect(counts.flagged).toBe(2);
    expect(counts['agenda-added']).toBe(1);
    expect(counts['prompt-shown']).toBe(0);
    expect(eventHistory(log, 'evt1').sort()).toEqual(['agenda-added', 'flagged']);
  });

  it('counts chat events every time', () => {
    let log: ActivityLog = {};
    for (let i = 0; i < 4; i++) log = recordActivity(log, { kind: 'prompt-shown', key: 'slack:C1', at: tuesday }, week);
    expect(countsForWeek(log, '2026-11-23')['prompt-shown']).toBe(4);
  });

  it(`keeps only the last ${MAX_WEEKS_KEPT} weeks`, () => {
    let log: ActivityLog = {};
    for (let w = 0; w < MAX_WEEKS_KEPT + 5; w++) {
      log = recordActivity(log, { kind: 'flagged', key: `e${w}`, at: tuesday + w * 7 * 86400000 }, week);
    }
    expect(Object.keys(log)).toHaveLength(MAX_WEEKS_KEPT);
    expect(Object.keys(log).sort()[0]).toBe(weekKey(tuesday + 5 * 7 * 86400000, 1, 'Europe/Berlin'));
  });
});
