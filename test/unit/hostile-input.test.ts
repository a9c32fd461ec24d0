/**
 * Hostile input: whatever a page, a chat message or a calendar feed contains, the core never
 * throws (except expandIcs's own, clear IcsError) and stays fast. Property tests with
 * fast-check over arbitrary strings, plus hand-picked nasty ones, plus mutated real calendars.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandIcs, IcsError } from '../../lib/calendar/ics';
import { classifyMessage } from '../../lib/chat/classify';
import { detectAgenda } from '../../lib/meeting/agenda';
import { assessMeeting } from '../../lib/meeting/assess-checked';

const CORPUS = new URL('../data/ics-corpus/', import.meta.url);
/**
 * A fixed seed keeps `npm test` reproducible (a failure names its seed and path); set
 * FC_SEED to explore other inputs, e.g. `FC_SEED=$RANDOM npx vitest run test/unit/hostile`.
 */
const seed = Number(process.env.FC_SEED ?? 20261123);
fc.configureGlobal({ seed });

/** Strings made of the characters that break naive text code. */
const nasty = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '\uD800',
      '\uDFFF',
      '\u200B',
      '\u200D',
      '\u200E',
      '\u200F',
      '\u202E',
      '\uFEFF',
      '\u0000',
      '\r',
      '\n',
      '\t',
    ),
    fc.constantFrom(
      '👋',
      '🏳️‍🌈',
      '👩🏽‍💻',
      'é',
      'ß',
      'İ',
      'ﬁ',
      '你',
      '好',
      'こ',
      '안',
      'ا',
      'ש',
      'ก',
      '@',
      '<',
      '>',
      '&',
      ':',
      '#',
    ),
    fc.constantFrom(
      'hi',
      'hello',
      'call',
      'Agenda:',
      '1.',
      '- ',
      '<script>',
      '</li>',
      '&nbsp;',
      'zoom.us/j/1',
      'BEGIN:VEVENT',
    ),
    fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
  ),
  maxLength: 400,
});
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), nasty, fc.string({ maxLength: 400 }));

function meetingFrom(title: string, description: string, attendees: number, minutes: number) {
  const start = new Date(Date.UTC(2026, 10, 24, 9));
  return {
    title,
    description,
    start,
    end: new Date(start.getTime() + minutes * 60_000),
    attendees: Array.from({ length: attendees }, (_, i) => ({ email: `p${i}@example.com`, name: title.slice(0, 20) })),
  };
}

function timed<T>(fn: () => T): [T, number] {
  const started = performance.now();
  const value = fn();
  return [value, performance.now() - started];
}

describe('the core never throws on any string', () => {
  it('classifyMessage', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = classifyMessage(text);
        expect(['greeting-only', 'call-request', 'ok']).toContain(result.kind);
      }),
      { numRuns: 3000 },
    );
  });

  it('detectAgenda', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(typeof detectAgenda(text).hasAgenda).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('assessMeeting', () => {
    fc.assert(
      fc.property(
        anyText,
        anyText,
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 24 * 60 }),
        (title, description, people, minutes) => {
          const assessment = assessMeeting(meetingFrom(title, description, people, minutes));
          expect(['fine', 'needs-agenda', 'consider-async']).toContain(assessment.level);
          expect(Number.isFinite(assessment.cost.personHours)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('the core stays fast on huge and strange input', () => {
  const MB = 1024 * 1024;
  const huge: Record<string, string> = {
    'plain text': 'lorem ipsum dolor sit amet '.repeat(MB / 27),
    'lone surrogates': '\uD800a\uDC00'.repeat(MB / 3),
    'right-to-left and zero-width': '\u202Eשלום\u200B\u200F مرحبا '.repeat(MB / 16),
    'only emoji': '👋🏽🎉'.repeat(MB / 8),
    'one long word': 'a'.repeat(MB),
    'nested markup': `${'<ul><li>'.repeat(MB / 16)}x`,
  };
  // Quiet machine: a few ms to tens of ms each. The bounds leave room for a loaded CI box and
  // still catch super-linear behaviour, which takes seconds at this size.
  for (const [name, text] of Object.entries(huge)) {
    it(`1 MB of ${name}`, () => {
      const [classification, classifyMs] = timed(() => classifyMessage(text));
      const [agenda, agendaMs] = timed(() => detectAgenda(text));
      const [assessment, assessMs] = timed(() => assessMeeting(meetingFrom(text, text, 12, 90)));
      expect(classification.kind).toBeDefined();
      expect(typeof agenda.hasAgenda).toBe('boolean');
      expect(assessment.level).toBeDefined();
      expect(classifyMs).toBeLessThan(50);
      expect(agendaMs).toBeLessThan(500);
      expect(assessMs).toBeLessThan(1000);
    });
  }
});

describe('expandIcs on mutated real calendars', () => {
  const files = readdirSync(CORPUS).filter((name) => name.endsWith('.ics'));
  const texts = files.map((name) => readFileSync(new URL(name, CORPUS), 'utf8'));
  const range = { start: new Date(Date.UTC(1990, 0, 1)), end: new Date(Date.UTC(2035, 0, 1)) };

  /** Damage a calendar the way transfers and hand edits do. */
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('drop-line' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.constantFrom(
        'RRULE:FREQ=SECONDLY',
        'RRULE:FREQ=MINUTELY;INTERVAL=0',
        'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30',
        'RRULE:FREQ=YEARLY;BYWEEKNO=53;BYDAY=MO',
        'EXDATE:garbage',
        'DTSTART;TZID=Nowhere/Land:20260101T090000',
        'DTSTART:99999999T999999',
        'DURATION:P99999W',
        'BEGIN:VEVENT',
        'END:VCALENDAR',
        'RECURRENCE-ID:20260101T090000Z',
        '\uD800',
      ),
    }),
    fc.record({
      kind: fc.constant('flip' as const),
      at: fc.nat(),
      char: fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
    }),
  );

  function mutate(text: string, steps: { kind: string; at: number; text?: string; char?: string }[]): string {
    let lines = text.split(/\r?\n/);
    for (const step of steps) {
      const index = lines.length ? step.at % lines.length : 0;
      if (step.kind === 'cut') lines = lines.slice(0, index);
      else if (step.kind === 'drop-line') lines.splice(index, 1);
      else if (step.kind === 'duplicate-line') lines.splice(index, 0, lines[index] ?? '');
      else if (step.kind === 'insert') lines.splice(index, 0, step.text ?? '');
      else if (step.kind === 'flip') {
        const line = lines[index] ?? '';
        const at = line.length ? step.at % line.length : 0;
        lines[index] = line.slice(0, at) + (step.char ?? '') + line.slice(at + 1);
      }
    }
    return lines.join('\r\n');
  }

  it('only ever throws its own clear error, and never loops', () => {
    let refused = 0;
    let expanded = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: texts.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (which, steps) => {
          const text = mutate(texts[which]!, steps);
          const started = performance.now();
          try {
            const occurrences = expandIcs(text, range);
            expect(occurrences.length).toBeLessThanOrEqual(50_000);
            expanded++;
          } catch (error) {
            expect(error, `${files[which]}: ${String(error)}`).toBeInstanceOf(IcsError);
            expect((error as Error).message.length).toBeGreaterThan(10);
            refused++;
          }
          // A 45-year range over any mutation: bounded by the step budget and the output cap.
          expect(performance.now() - started).toBeLessThan(3000);
        },
      ),
      { numRuns: 300 },
    );
    expect(expanded).toBeGreaterThan(0);
    expect(refused + expanded).toBe(300);
  }, 120_000);
});
