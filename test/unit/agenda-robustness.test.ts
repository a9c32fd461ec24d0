import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectAgenda } from '../../lib/meeting/agenda';
import { stripConferenceBoilerplate } from '../../lib/meeting/conference';
import { matchStatusTitle } from '../../lib/meeting/status-titles';
import { htmlToText } from '../../lib/text/html';

const MB = 1024 * 1024;

function fill(unit: string, size = MB): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Inputs built to hurt: long runs, unclosed markup, the shapes the rules look for. */
const HOSTILE: Record<string, string> = {
  letters: fill('a'),
  spaces: fill(' '),
  newlines: fill('\n'),
  dots: `${fill('.')}x`,
  commas: `${fill(',')}x`,
  punctuation: `${fill('.:;!?|~=_-')}x`,
  colons: fill(':'),
  digits: fill('1234567890 '),
  phoneish: fill('+1 646 558 8656 US\n'),
  openTags: fill('<'),
  tagSoup: fill('<a href="https://x.test/'),
  anchors: fill('<a href="https://x.test">x</a>'),
  unclosedComment: `<!--${fill('-')}`,
  unclosedScript: `<script>${fill('x')}`,
  entities: fill('&amp;&#x1F600;&#99999999;&bogus;'),
  headings: fill('Agenda:\n'),
  bareHeadings: fill('Agenda\n\n\n'),
  bullets: fill('- a\n'),
  emptyBullets: fill('1.\n'),
  purpose: fill('wir müssen wir müssen wir müssen '),
  decide: fill('we need to decide we need to decide '),
  emails: fill('a@b'),
  emailDots: `a@${fill('b.')}!`,
  urls: fill('https://'),
  conference: fill('Join Zoom Meeting https://zoom.us/j/1 Meeting ID: 1 '),
  fences: fill('______________________________\n'),
  googleFence: fill('-::~:~::~:~:~:~::~:~::-\n'),
  loneSurrogates: fill('\uD800a\uDC00\uDFFF'),
  rtl: fill('\u202Eمرحبا بالعالم \u05E9\u05DC\u05D5\u05DD \u200F'),
  emoji: fill('🎉👩‍👩‍👧‍👦🏳️‍🌈'),
  cjk: fill('議題：予算の確認と採用計画\n'),
  nul: fill('\u0000'),
  escapedIcs: fill('Agenda\\n1. Budget\\, hiring\\n'),
};

describe('detectAgenda never throws and stays fast', () => {
  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`1 MB of ${name}`, () => {
      // Median of three calls, so one hiccup of a busy machine does not decide the test.
      const times: number[] = [];
      let result = detectAgenda('warm up');
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        result = detectAgenda(text);
        times.push(performance.now() - started);
      }
      const median = times.sort((a, b) => a - b)[1] ?? 0;
      expect(typeof result.hasAgenda).toBe('boolean');
      expect(result.reasons.length).toBeGreaterThan(0);
      // Quiet machine: 7–25 ms. The bound leaves room for a loaded CI box while still
      // catching super-linear behaviour (which takes seconds on 1 MB).
      expect(median).toBeLessThan(250);
      expect(() => stripConferenceBoilerplate(text)).not.toThrow();
      expect(() => htmlToText(text)).not.toThrow();
      expect(() => matchStatusTitle(text)).not.toThrow();
    });
  }

  it('small odd inputs', () => {
    for (const text of [
      '\uD800',
      '\uDFFF',
      '🎉',
      '🎉🎉🎉',
      '\u202E',
      '‏',
      '<',
      '&',
      '&#;',
      '\\n',
      '<a',
      '<a href=',
      '<br',
      '•',
      '1.',
      ':',
    ]) {
      expect(() => detectAgenda(text)).not.toThrow();
      expect(detectAgenda(text).hasAgenda).toBe(false);
    }
  });

  it('right-to-left text with an agenda heading', () => {
    expect(detectAgenda('\u200FAgenda:\n\u200F- مراجعة الميزانية\n\u200F- خطة التوظيف').hasAgenda).toBe(true);
  });

  it('emoji-only is not an agenda and not “empty”', () => {
    expect(detectAgenda('🎉🍕🎂')).toEqual({ hasAgenda: false, reasons: ['No topics, goals or questions found.'] });
  });

  it('escaped ICS text is read as lines', () => {
    expect(detectAgenda('Agenda:\\n1. Budget\\n2. Hiring').reasons).toEqual([
      'Has an ‘Agenda’ heading.',
      'Lists 2 topics.',
    ]);
  });

  it('non-string input does not throw', () => {
    expect(detectAgenda(undefined as unknown as string).hasAgenda).toBe(false);
    expect(detectAgenda(42 as unknown as string).hasAgenda).toBe(false);
  });

  it('only the first 20,000 characters of text are read', () => {
    const late = `${'x '.repeat(15_000)}\nAgenda:\n- Budget review\n- Hiring plan`;
    expect(detectAgenda(late).hasAgenda).toBe(false);
  });

  it('random strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const result = detectAgenda(text);
        return typeof result.hasAgenda === 'boolean' && result.reasons.length > 0;
      }),
      { numRuns: 300 },
    );
  });

  it('random lines made of the pieces the rules look for (property)', () => {
    const piece = fc.constantFrom(
      'Agenda',
      'Agenda:',
      '- ',
      '1. ',
      '• ',
      'TBD',
      'https://zoom.us/j/1',
      'Meeting ID: 1',
      '<br>',
      '<li>',
      '</li>',
      '&nbsp;',
      'decide whether',
      '目的：',
      '\n',
      ' ',
      'Budget',
      '+1 646 558 8656',
      '____________',
      '-::~:~::~',
      '?',
      ':',
      '(',
      ')',
      'wir müssen',
      'entscheiden',
      '\uD800',
      '🎉',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const result = detectAgenda(pieces.join(''));
        return typeof result.hasAgenda === 'boolean';
      }),
      { numRuns: 500 },
    );
  });

  it('a typical description takes well under a millisecond', () => {
    const typical = `Hi all,\n\nGoal: pick the payroll vendor for 2026.\n\nAgenda:\n1. Recap of the three offers (Ana)\n2. Finance view on cost\n3. Decide and agree next steps\n\nPre-read: https://docs.google.com/document/d/1abc/edit\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_x>\nMeeting ID: 245 123 456 789\nPasscode: aB3cDe\n________________________________________________________________________________\n`;
    for (let i = 0; i < 50; i++) detectAgenda(typical); // warm up
    const runs = 500;
    const started = performance.now();
    for (let i = 0; i < runs; i++) detectAgenda(typical);
    const perCall = (performance.now() - started) / runs;
    expect(perCall).toBeLessThan(1);
  });
});
