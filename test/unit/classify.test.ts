import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Classification, classifyMessage, type MessageKind } from '../../lib/chat/classify';

interface Corpus {
  locales: { lang: string; greetingOnly: string[]; withContext: string[] }[];
  headerGreetings: string[];
}

const corpus = JSON.parse(
  readFileSync(new URL('../data/greetings/nohello-site.json', import.meta.url), 'utf8'),
) as Corpus;

const kind = (text: string): MessageKind => classifyMessage(text).kind;

const greetingOnlyRows = corpus.locales.flatMap((l) => l.greetingOnly.map((text) => [l.lang, text] as const));
const withContextRows = corpus.locales.flatMap((l) => l.withContext.map((text) => [l.lang, text] as const));

describe('nohello.net corpus', () => {
  it.each(greetingOnlyRows)('%s greetingOnly: %s', (_lang, text) => {
    expect(kind(text)).toBe('greeting-only');
  });

  it.each(withContextRows)('%s withContext: %s', (_lang, text) => {
    expect(kind(text)).toBe('ok');
  });

  it.each(corpus.headerGreetings)('header greeting: %s', (text) => {
    expect(kind(text)).toBe('greeting-only');
  });

  it('prints the figures per category', () => {
    const rows: { category: string; expected: MessageKind; items: (readonly [string, string])[] }[] = [
      { category: 'greetingOnly', expected: 'greeting-only', items: greetingOnlyRows },
      { category: 'withContext', expected: 'ok', items: withContextRows },
      {
        category: 'headerGreetings',
        expected: 'greeting-only',
        items: corpus.headerGreetings.map((t) => ['header', t] as const),
      },
    ];
    const table: Record<string, { correct: number; total: number; misses: string }> = {};
    let wrong = 0;
    for (const row of rows) {
      const misses = row.items.filter(([, text]) => kind(text) !== row.expected);
      wrong += misses.length;
      table[row.category] = {
        correct: row.items.length - misses.length,
        total: row.items.length,
        misses: misses.map(([lang, text]) => `${lang}: ${text}`).join(' | '),
      };
    }
    console.log(`classifyMessage on the nohello.net corpus (${corpus.locales.length} languages)`);
    console.table(table);
    expect(wrong).toBe(0);
  });
});

describe('the result', () => {
  it('gives the greeting as typed, the remainder lowercased, and reasons', () => {
    expect(classifyMessage('Hi Sophie - quick question.')).toEqual<Classification>({
      kind: 'greeting-only',
      greeting: 'Hi Sophie -',
      remainder: '',
      reasons: ['greeting', 'attention-bid'],
      language: 'en',
    });
    const ok = classifyMessage('Hi Sophie, the BUILD is broken again');
    expect(ok.kind).toBe('ok');
    expect(ok.greeting).toBe('Hi Sophie,');
    expect(ok.remainder).toBe('the build is broken');
    expect(ok.reasons).toContain('content');
  });

  it('keeps leading white space out of the greeting', () => {
    expect(classifyMessage('   Hallo zusammen!  ').greeting).toBe('Hallo zusammen!');
  });

  it('names the topic left in a call request', () => {
    const r = classifyMessage('hey, can we hop on a call about the budget?');
    expect(r).toMatchObject({ kind: 'call-request', greeting: 'hey,', remainder: 'about the budget' });
    expect(r.reasons).toEqual(['greeting', 'call-request']);
  });

  it('guesses the language of the matched phrase, helped by the locale', () => {
    expect(classifyMessage('Guten Morgen!').language).toBe('de');
    expect(classifyMessage('Hallo').language).toBe('de');
    expect(classifyMessage('Hallo', { locale: 'nl-NL' }).language).toBe('nl');
    expect(classifyMessage('Hej', { locale: 'da' }).language).toBe('da');
    expect(classifyMessage('👋').language).toBeUndefined();
    expect(classifyMessage('thanks').language).toBeUndefined();
  });

  it('uses the locale to drop greetings that mean something else there', () => {
    expect(kind('ei')).toBe('greeting-only'); // Portuguese "hey"
    expect(classifyMessage('ei', { locale: 'fi-FI' }).kind).toBe('ok'); // Finnish "no"
    expect(classifyMessage('moi', { locale: 'fr' }).kind).toBe('ok'); // French "me"
    expect(classifyMessage('yo', { locale: 'es-MX' }).kind).toBe('ok'); // Spanish "I"
    expect(classifyMessage('hola', { locale: 'es' }).kind).toBe('greeting-only');
  });

  it('takes extra greeting words from the user', () => {
    expect(kind('Wotcha!')).toBe('ok');
    const options = { extraGreetings: ['wotcha', 'Ahoy-hoy'] };
    expect(classifyMessage('Wotcha!', options)).toMatchObject({ kind: 'greeting-only', greeting: 'Wotcha!' });
    expect(classifyMessage('ahoy-hoy @sam', options).kind).toBe('greeting-only');
    expect(classifyMessage('wotcha, the build is red', options).kind).toBe('ok');
    expect(classifyMessage('hi', { extraGreetings: [] }).kind).toBe('greeting-only');
  });

  it('says ok for empty and white-space text', () => {
    for (const text of ['', ' ', '\n\t ', '\u3000'])
      expect(classifyMessage(text)).toMatchObject({ kind: 'ok', reasons: ['empty'] });
  });
});

describe('English', () => {
  const greetingOnly = [
    'hi',
    'hey @sam',
    'Good morning :)',
    'hi sophie - quick question.',
    'you got a sec?',
    'are you there?',
    'ping',
    'yt?',
    'hello?',
    'Hi, how are you?',
    'hey man, how’s it going?',
    'Hi, I hope you’re doing well.',
    'Hi everyone, hope you all had a great weekend!',
    'Hi Sophie Martin!',
    'Hi Dr. Smith',
    'Sophie, hi!',
    'hi Sam and Alex',
    'hi there',
    'there?',
    'anyone?',
    'good morning everyone!',
    'Morning! Got a minute?',
    'got a really quick sec?',
    'hi, can I ask you something?',
    'I have a question',
    'can we talk?',
    'Hey, you free?',
    'G’day mate',
    'Howdy partner',
    'sup bro',
  ];
  const callRequest = [
    'can we hop on a quick call?',
    'got 5 min for a zoom?',
    "let's jump on a call",
    'huddle?',
    'can you call me?',
    'quick sync?',
    'hi! can we jump on a call?',
    'Hey - got a sec for a quick call?',
    'are you free for a call?',
    'call me',
    'zoom?',
    "let's sync",
    'can we have a meeting?',
    'we should have a call',
    'can we hop on a call about the budget?',
  ];
  const ok = [
    'hi, the build is broken',
    'hi, can you review my PR?',
    'hey, got a minute to help me with the deploy?',
    "quick question: what's the wifi password?",
    'Hi! Hope you’re well. Could you send me the Q3 report?',
    'can we hop on a call about the Q3 budget numbers in the sheet, the totals don’t match row 14',
    "I'm on a call",
    'sorry, in a meeting',
    'can you call the client?',
    'can you call him?',
    'did you call?',
    'how was the call?',
    "I'll call you tomorrow",
    "let's sync tomorrow",
    'no need for a call',
    'meet you there',
    'join the call',
    'Zoom in please',
    'Teams is down',
    'Hi! Can we schedule a call for next week to discuss the roadmap?',
    'hey, lunch?',
    'there',
    'busy',
    'Happy Friday!',
    'Happy birthday Sam!',
    'good night',
    'bye',
    'Are you there? The prod DB is down',
  ];
  it.each(greetingOnly)('greeting-only: %s', (text) => expect(kind(text)).toBe('greeting-only'));
  it.each(callRequest)('call-request: %s', (text) => expect(kind(text)).toBe('call-request'));
  it.each(ok)('ok: %s', (text) => expect(kind(text)).toBe('ok'));
});

describe('short replies are never caught', () => {
  const replies = [
    'thanks',
    'ok',
    'okay',
    'k',
    '👍',
    '👍👍',
    'on it',
    'sure',
    'yes',
    'no',
    'lol',
    'haha',
    'np',
    'ty',
    'brb',
    'done',
    'lgtm',
    '+1',
    'will do',
    'sounds good',
    'got it',
    'cool',
    'nice!',
    'sorry',
    'hmm',
    '🙂',
    ':)',
    ':D',
    '^^',
    ':+1:',
    ':tada:',
    '🎉',
    '❤️',
    'danke',
    'Danke dir!',
    'merci',
    'gracias',
    'obrigado',
    'valeu',
    'grazie',
    'dank je',
    'tack',
    'kiitos',
    'köszi',
    'mulțumesc',
    'ευχαριστώ',
    'dzięki',
    'díky',
    'спасибо',
    'дякую',
    'teşekkürler',
    'terima kasih',
    'cảm ơn',
    'شكرا',
    'תודה',
    'ممنون',
    'धन्यवाद',
    'ขอบคุณครับ',
    'ありがとう',
    'ありがとうございます',
    '了解です',
    '감사합니다',
    '네',
    '谢谢',
    '好的',
    '收到',
    '在的',
    '在',
    'ja',
    'oui',
    'sí',
    'sim',
    'tak',
    'да',
    'evet',
    'vâng',
    'نعم',
    'כן',
    'はい',
    '嗯',
    'one sec',
    'wait',
    'einen Moment bitte',
    '等一下',
  ];
  it.each(replies)('%s', (text) => expect(kind(text)).toBe('ok'));
});

describe('chat markup', () => {
  it('treats mentions, Slack tokens and emoji shortcodes as no content', () => {
    expect(kind('<@U123ABC> hi')).toBe('greeting-only');
    expect(kind('hi <@U123ABC|sam>')).toBe('greeting-only');
    expect(kind('<!here> anyone around?')).toBe('greeting-only');
    expect(kind('hey <#C123|general>')).toBe('greeting-only');
    expect(kind('hey <@!4242> <@&99>')).toBe('greeting-only'); // Discord
    expect(kind(':wave:')).toBe('greeting-only');
    expect(kind(':wave::skin-tone-3: @sam')).toBe('greeting-only');
    expect(kind('hi :slightly_smiling_face:')).toBe('greeting-only');
    expect(kind('@sam?')).toBe('greeting-only');
    expect(kind('@sam')).toBe('ok'); // looping someone in
    expect(kind('<@U123> the deploy is green')).toBe('ok');
  });

  it('reads waves and raised hands as greetings, other emoji as decoration', () => {
    expect(classifyMessage('👋').reasons).toEqual(['greeting']);
    expect(kind('👋🏽')).toBe('greeting-only');
    expect(classifyMessage('🙋‍♀️').reasons).toEqual(['attention-bid']);
    expect(kind('hi 🙂')).toBe('greeting-only');
    expect(kind('Hey there 😊')).toBe('greeting-only');
    expect(kind('o/')).toBe('greeting-only');
    expect(kind('🙂')).toBe('ok');
    expect(kind('😂😂😂')).toBe('ok');
  });

  it('undoes stretched letters', () => {
    for (const text of [
      'hiiii',
      'heyyyy',
      'yooooooooooo!',
      'hii',
      'heyy',
      'Hellooooo?',
      'HEYYY',
      'привееет',
      'holaaaa',
      'oiii',
      'สวัสดีครับบบ',
    ]) {
      expect(kind(text), text).toBe('greeting-only');
    }
    expect(kind('mooi!')).toBe('ok'); // Dutch "nice", not Finnish "moi"
  });

  it('counts a link as content', () => {
    expect(classifyMessage('hi https://example.com/x')).toMatchObject({
      kind: 'ok',
      remainder: 'https://example.com/x',
    });
    expect(kind('hey www.example.com')).toBe('ok');
    expect(kind('hi <https://example.com|the doc>')).toBe('ok');
  });

  it('ignores zero-width characters and direction marks', () => {
    expect(kind('\u200Bhi\u200B')).toBe('greeting-only');
    expect(kind('\u200Fשלום\u200F')).toBe('greeting-only');
    expect(kind('\u202Bمرحبا\u202C')).toBe('greeting-only');
    expect(kind('\uFEFFhello')).toBe('greeting-only');
    expect(kind('h\u200Di')).toBe('greeting-only'); // a joiner inside a word is dropped
  });

  it('folds full-width and compatibility forms', () => {
    expect(kind('ｈｉ！')).toBe('greeting-only');
    expect(kind('Ｈｅｌｌｏ？')).toBe('greeting-only');
    expect(kind('ﾊﾛｰ')).toBe('greeting-only'); // half-width katakana
    expect(kind('１０ｍｉｎ ｆｏｒ ａ ｃａｌｌ？')).toBe('call-request');
  });
});

describe('robustness', () => {
  const weird = [
    '\uD800',
    '\uDC00',
    'hi \uD800',
    '\uD83D',
    '\u0000',
    '\u200B\u200C\u200D\u2060\uFEFF',
    '\u202E\u2066\u2069\u200E\u200F',
    '\u0301\u0301\u0301',
    '🏳️‍🌈🏳️‍🌈',
    '👨‍👩‍👧‍👦',
    '🇩🇪🇫🇷',
    '1️⃣',
    '((((((((((((',
    ':'.repeat(400),
    '<http:'.repeat(80),
    '@'.repeat(400),
    'a-'.repeat(240),
    "'".repeat(400),
    'www.'.repeat(100),
    'x'.repeat(499),
    '٣٣٣',
    '\n\n\nhi\n\n',
  ];

  it.each(weird.map((w) => [JSON.stringify(w).slice(0, 40), w] as const))('never throws on %s', (_label, text) => {
    const r = classifyMessage(text);
    expect(['greeting-only', 'call-request', 'ok']).toContain(r.kind);
    expect(r.reasons).not.toContain('error');
  });

  it('never throws on arbitrary strings', () => {
    const pool = [
      'hi',
      'hey',
      ' ',
      ',',
      '?',
      '!',
      '-',
      ':',
      '@sam',
      '<@U1>',
      ':wave:',
      'call',
      'can we',
      'zoom',
      '在吗',
      'さん',
      '님',
      '\uD800',
      '\uDFFF',
      '\u200B',
      '\u200F',
      '\u0301',
      '👋',
      '🏽',
      '\u200D',
      'ı',
      'İ',
      'ß',
      'ﬁ',
      '①',
      'ｈ',
      'https://x',
      "'",
    ];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 120 }),
          fc.array(fc.constantFrom(...pool), { maxLength: 40 }).map((parts) => parts.join('')),
        ),
        fc.option(fc.constantFrom('en', 'de-DE', 'fi', 'zz', '', 'x'.repeat(50))),
        (text, locale) => {
          const r = classifyMessage(text, locale === null ? undefined : { locale });
          return ['greeting-only', 'call-request', 'ok'].includes(r.kind) && !r.reasons.includes('error');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('survives bad arguments', () => {
    expect(classifyMessage(undefined as unknown as string).kind).toBe('ok');
    expect(classifyMessage(42 as unknown as string).kind).toBe('ok');
    expect(classifyMessage('hi', { extraGreetings: [null, 3, '(', '|'] as unknown as string[] }).kind).toBe(
      'greeting-only',
    );
    expect(classifyMessage('hi', { locale: 7 as unknown as string }).kind).toBe('greeting-only');
  });

  it('answers ok for long text without reading it, fast', () => {
    const mb = 'hi '.repeat(350_000);
    const start = performance.now();
    const r = classifyMessage(mb);
    const ms = performance.now() - start;
    expect(r).toMatchObject({ kind: 'ok', reasons: ['too-long'] });
    expect(ms).toBeLessThan(50);
    expect(kind(`hi${' '.repeat(1_000_000)}`)).toBe('ok');
    expect(kind(`${'👋'.repeat(300)}`)).toBe('ok');
  });

  it('stays linear on adversarial input at the length cap', () => {
    classifyMessage('warm up');
    for (const text of [
      ':'.repeat(500),
      '<http:'.repeat(83),
      'a'.repeat(500),
      'ha '.repeat(166),
      '在'.repeat(500),
      'quick '.repeat(83),
    ]) {
      let best = Infinity;
      for (let run = 0; run < 5; run++) {
        const start = performance.now();
        classifyMessage(text);
        best = Math.min(best, performance.now() - start);
      }
      expect(best, text.slice(0, 12)).toBeLessThan(5);
    }
  });
});

describe('timing', () => {
  it('takes well under 20 µs per call on the corpus (median of 1000 rounds)', () => {
    const all = [...corpus.headerGreetings, ...greetingOnlyRows.map((r) => r[1]), ...withContextRows.map((r) => r[1])];
    for (let i = 0; i < 50; i++) for (const text of all) classifyMessage(text);
    // CPU time, not wall time: other processes on a busy machine must not make this flaky
    const cpu: number[] = [];
    const wall: number[] = [];
    for (let round = 0; round < 1000; round++) {
      const startCpu = process.cpuUsage();
      const start = performance.now();
      for (const text of all) classifyMessage(text);
      wall.push(((performance.now() - start) * 1000) / all.length);
      const used = process.cpuUsage(startCpu);
      cpu.push((used.user + used.system) / all.length);
    }
    const single: number[] = [];
    const short = all.filter((t) => t.length <= 40);
    for (let round = 0; round < 100; round++) {
      for (const text of short) {
        const start = performance.now();
        classifyMessage(text);
        single.push((performance.now() - start) * 1000);
      }
    }
    const median = (xs: number[]): number => xs.sort((a, b) => a - b)[xs.length >> 1] as number;
    single.sort((a, b) => a - b);
    const p99 = single[Math.floor(single.length * 0.99)] as number;
    console.log(
      `classifyMessage per call, median over ${all.length} corpus messages × 1000: ` +
        `${median(cpu).toFixed(1)} µs CPU, ${median(wall).toFixed(1)} µs wall; ` +
        `p99 ${p99.toFixed(1)} µs wall on messages of ≤ 40 characters`,
    );
    expect(median(cpu)).toBeLessThan(20);
  }, 60_000);
});
