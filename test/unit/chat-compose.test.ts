import { describe, expect, it } from 'vitest';
import { normalizeComposerText, questionInsertion, sameText } from '../../lib/chat/compose';
import { DEFAULT_TEMPLATES } from '../../lib/settings';

const templates = { chatQuestion: DEFAULT_TEMPLATES.chatQuestion, callToAsync: DEFAULT_TEMPLATES.callToAsync };

describe('questionInsertion', () => {
  it('greeting, no template: a new line after the greeting, caret on it', () => {
    expect(questionInsertion('greeting-only', 'hi', templates)).toEqual({ text: '\n', caret: 3, expected: 'hi\n' });
  });

  it('greeting with the person’s template: the caret at the end of its first line', () => {
    const result = questionInsertion('greeting-only', 'Hallo Sam!', {
      ...templates,
      chatQuestion: 'Meine Frage: \nKontext: ',
    });
    expect(result.text).toBe('\nMeine Frage: \nKontext: ');
    expect(result.expected.slice(0, result.caret)).toBe('Hallo Sam!\nMeine Frage: ');
  });

  it('does not add a second line break when the draft already ends with one', () => {
    expect(questionInsertion('greeting-only', 'hi\n', templates)).toEqual({ text: '', caret: 3, expected: 'hi\n' });
  });

  it('call request: the written-question template on a new line, caret after "Topic: "', () => {
    const result = questionInsertion('call-request', 'can we hop on a call?', templates);
    expect(result.expected).toBe(`can we hop on a call?\n${DEFAULT_TEMPLATES.callToAsync}`);
    expect(result.expected.slice(0, result.caret)).toBe('can we hop on a call?\nTopic: ');
  });

  it('call request: offers the written alternative that fits what the call is for', () => {
    const all = DEFAULT_TEMPLATES;
    const cases: [string, string][] = [
      ['can we hop on a call to decide?', all.callDecision],
      ['hi, can we jump on a call re: the design review?', all.callReview],
      ['got a minute for a call about the handover?', all.callHandover],
      ['Können wir kurz telefonieren wegen der Übergabe?', all.callHandover],
      ['on s’appelle pour la décision ?', all.callDecision],
      ['can we sync on a call?', all.callToAsync],
      ['can we hop on a call?', all.callToAsync],
    ];
    for (const [draft, template] of cases) {
      expect(questionInsertion('call-request', draft, all).text).toBe(`\n${template}`);
    }
    // Without the per-purpose templates (an older caller), the general one.
    expect(questionInsertion('call-request', 'can we hop on a call to decide?', templates).text).toBe(
      `\n${DEFAULT_TEMPLATES.callToAsync}`,
    );
  });

  it('never changes the draft itself, only adds after it', () => {
    for (const draft of ['', 'hi', 'hi 👋🏽', 'こんにちは', 'hey\n']) {
      for (const kind of ['greeting-only', 'call-request'] as const) {
        const result = questionInsertion(kind, draft, { chatQuestion: 'Q: ', callToAsync: 'T: \r\nQ: ' });
        expect(result.expected.startsWith(draft)).toBe(true);
        expect(result.expected).toBe(draft + result.text);
        expect(result.caret).toBeGreaterThanOrEqual(draft.length);
        expect(result.caret).toBeLessThanOrEqual(result.expected.length);
        expect(result.text).not.toContain('\r');
      }
    }
  });
});

describe('composer text', () => {
  it('normalises what editors put in the DOM', () => {
    expect(normalizeComposerText('Topic:\u00a0\r\nx\u200b\ufeff\u2060')).toBe('Topic: \nx');
  });
  it('compares line by line, ignoring spaces at line ends but not new lines', () => {
    expect(sameText('Topic:\u00a0\nMy question: ', 'Topic: \nMy question:')).toBe(true);
    expect(sameText('hi', 'hi\n')).toBe(false);
    expect(sameText('hi\n', 'hi\n')).toBe(true);
  });
});
