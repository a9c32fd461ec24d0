import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectAgenda } from '../../lib/meeting/agenda';
import { asciiLettersOnly } from '../../lib/meeting/conference';
import { matchStatusTitle } from '../../lib/meeting/status-titles';
import { anchorsOf, foldCase, lowerForAnchors, RegexUnion, type UnionMatch } from '../../lib/text/regex-union';

// The word rules of lib/meeting are RegexUnions: compiled piece by piece, but meant to give
// exactly what the whole alternation as one expression gives. These tests check that, rule by
// rule, on texts built from the rules' own words mixed with case variants and letters of
// other scripts (which the narrowed word boundaries must treat like any letter).

// (some rules are made on first use)
detectAgenda('Agenda:\n- Budget\n- Hiring');
matchStatusTitle('Weekly sync');

const TRICKY = [
  ' ',
  '  ',
  '\t',
  '\n',
  ',',
  '.',
  ':',
  '!',
  '?',
  '-',
  "'",
  '’',
  '(',
  ')',
  '[',
  '…',
  '¿',
  '：',
  '。',
  'K',
  'ſ',
  'İ',
  'ı',
  'ẞ',
  'ß',
  'Å',
  '\u0345',
  'é',
  'É',
  'ü',
  'Ü',
  'ñ',
  'ç',
  'œ',
  'ж',
  'Ж',
  'ω',
  'ع',
  'א',
  'ǂ',
  '߀',
  '٣',
  '²',
  'Ⅻ',
  '𝐀',
  '𐀀',
  '𝟎',
  '𠮷',
  '👋',
  '\u0301',
  '\u200b',
  '\ud800',
  '議題',
  '안건',
  'タ',
  'x',
  'Q3',
  '2026',
  'é-',
  "l'",
  'https://x.y/z',
];

function wordsOf(union: RegexUnion): string[] {
  const words = new Set<string>();
  for (const src of union.sources) {
    for (const w of src.replace(/\\[sSdDwWbB]/g, ' ').match(/[\p{L}\p{N}'’][\p{L}\p{N}\p{M}'’ -]*/gu) ?? []) {
      const t = w.trim();
      if (t) words.add(t);
    }
  }
  return [...words];
}

const variant = fc.constantFrom<(s: string) => string>(
  (s) => s,
  (s) => s.toUpperCase(),
  (s) => s.charAt(0).toUpperCase() + s.slice(1),
  (s) => s.replace(/k/g, 'K').replace(/s/g, 'ſ'),
);

function normal(m: UnionMatch | RegExpExecArray | null): string {
  if (!m) return 'null';
  const text = 'text' in m && typeof m.text === 'string' && !Array.isArray(m) ? m.text : (m as RegExpExecArray)[0];
  const groups = Object.entries(m.groups ?? {}).filter(([, v]) => v !== undefined);
  return JSON.stringify([m.index, text, groups]);
}

describe('word rules compiled piece by piece', () => {
  const unions = RegexUnion.all;

  it('are all the rules there are', () => {
    expect(unions.length).toBe(19);
  });

  it.each(unions.map((u, i) => [`${i}: ${u.sources[0]?.slice(0, 50)}`, u] as const))(
    'match like one expression: %s',
    (_label, union) => {
      const whole = new RegExp(union.sources.join('|'), union.flags);
      const words = wordsOf(union);
      const piece = fc.oneof(
        { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...words), variant).map(([w, v]) => v(w)) },
        { weight: 2, arbitrary: fc.constantFrom(...TRICKY) },
      );
      const texts = fc.sample(
        fc.array(piece, { maxLength: 9 }).map((parts) => parts.join(fc.sample(fc.constantFrom('', ' ', ' '), 1)[0])),
        {
          numRuns: 1500,
          seed: union.sources.length,
        },
      );
      // each rule's own words, alone and inside a sentence, with neighbours of other scripts
      for (const w of words)
        texts.push(
          w,
          ` ${w} `,
          `ж${w}`,
          `${w}ж`,
          `𝐀${w}`,
          `${w}\u0345`,
          `ǂ${w}`,
          `${w}é`,
          `Let's ${w} the plan.`,
          w.toUpperCase(),
        );
      const differ: string[] = [];
      let matched = 0;
      for (const text of texts) {
        const expected = whole.exec(text);
        if (expected) matched++;
        if (normal(union.exec(text)) !== normal(expected) || union.test(text) !== (expected !== null))
          differ.push(JSON.stringify(text));
      }
      expect(differ.slice(0, 5)).toEqual([]);
      expect(matched).toBeGreaterThan(0);
    },
  );
});

describe('anchors', () => {
  it('are read off a source soundly', () => {
    expect(anchorsOf('(?<![\\p{L}\\p{N}])(?:goal|goals)\\s+(?:of|for)\\s+(?:this|the)')).toEqual(['goal', 'goals']);
    expect(anchorsOf('^(?:n/?a)[\\s.!…]*$')).toEqual(['n']);
    expect(anchorsOf('^(?:xxx+)$')).toEqual(['xxx']);
    expect(anchorsOf('^(?:\\.{2,})$')).toEqual(['.']);
    expect(anchorsOf('(?:a|b)?c')).toEqual(['c']);
    expect(anchorsOf('(?:a|)')).toBeNull();
    expect(anchorsOf('finali[sz]e|Set(?:ting)? Up')).toEqual(['finali', 'set']);
    expect(anchorsOf('[\\p{L}]+')).toBeNull();
    expect(anchorsOf('meeting\\s+Agenda')).toEqual(['meeting']);
    expect(anchorsOf('status[\\s-]*update')).toEqual(['status']);
    expect(anchorsOf('pre-read')).toEqual(['pre-read']);
  });

  it('are found in the lower-cased text whenever a case-insensitive match needs them', () => {
    const chars = new Set<string>();
    for (const union of RegexUnion.all)
      for (const src of union.sources) for (const a of anchorsOf(src) ?? []) for (const c of a) chars.add(c);
    const everything: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) everything.push(String.fromCodePoint(cp));
    const all = everything.join('');
    const escaped = [...chars].map((c) => c.replace(/[\\\]^-]/g, '\\$&'));
    const wrong: string[] = [];
    for (const flags of ['giu', 'gi']) {
      const any = new RegExp(`[${escaped.join('')}]`, flags);
      for (const m of all.matchAll(any)) {
        const x = m[0];
        for (const c of chars) {
          if (
            new RegExp(c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'), flags.slice(1)).test(x) &&
            !lowerForAnchors(x).includes(c)
          ) {
            wrong.push(`${flags} ${x} ~ ${c}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('treat letters as [\\p{L}] / [\\p{N}] do with the i flag', () => {
    const wrong: number[] = [];
    for (let cp = 0x80; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      const letter = /[\p{L}]/iu.test(ch);
      const number = /[\p{N}]/iu.test(ch);
      if (letter !== (/\p{L}/u.test(ch) || ch === '\u0345') || number !== /\p{N}/u.test(ch)) wrong.push(cp);
    }
    expect(wrong).toEqual([]);
  });
});

describe('lower case for caseless parts', () => {
  it("keeps the length, and a rule's letter sees what it sees with the i flag", () => {
    const letters = new Set<string>();
    for (const union of RegexUnion.all) {
      for (const src of union.sources) {
        for (const ch of src.replace(/\\(?:[pPu]\{[^}]*\}|[\s\S])/g, ''))
          if (/\p{L}/u.test(ch) && ch === ch.toLowerCase()) letters.add(ch);
      }
    }
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const x = String.fromCodePoint(cp);
      const folded = foldCase(x);
      if (folded.length !== x.length) wrong.push(`length ${cp.toString(16)}`);
      if (letters.has(folded) && !new RegExp(folded, 'iu').test(x)) wrong.push(`${cp.toString(16)} -> ${folded}`);
    }
    const all: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) all.push(String.fromCodePoint(cp));
    const any = new RegExp(`[${[...letters].join('')}]`, 'giu');
    for (const m of all.join('').matchAll(any)) {
      for (const p of letters) if (new RegExp(p, 'iu').test(m[0]) && foldCase(m[0]) !== p) wrong.push(`${m[0]} ~ ${p}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('text with ASCII letters only', () => {
  // lib/meeting uses ASCII versions of these expressions on text that asciiLettersOnly accepts
  const pairs: [RegExp, RegExp][] = [
    [/[\p{L}\p{N}][\p{L}\p{N}\p{M}'-]*/gu, /[A-Za-z0-9][A-Za-z0-9'-]*/g],
    [/\p{L}[\p{L}\p{M}]|\p{L}[&/+]\p{L}/gu, /[A-Za-z][A-Za-z]|[A-Za-z][&/+][A-Za-z]/g],
    [/^[\p{L} ().'-]{2,40}:\s*(?=[+(]?\d)/gu, /^[A-Za-z ().'-]{2,40}:\s*(?=[+(]?\d)/gu],
    [/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu, /(?!)/g],
  ];
  it('matches like the Unicode expressions', () => {
    const texts = fc.sample(
      fc
        .array(
          fc.oneof(
            fc.constantFrom(
              'Budget',
              'Q&A',
              'a/b',
              ' ',
              ':',
              '+1 ',
              '(NY)',
              "it's",
              'x-y',
              '—',
              '•',
              '…',
              '€',
              '👋',
              '²',
              'é',
              'ж',
              '⺀',
              '〇',
              'ー',
              '\u0301',
              '5',
            ),
            fc.string({ unit: 'binary', maxLength: 3 }),
          ),
          { maxLength: 10 },
        )
        .map((p) => p.join('')),
      { numRuns: 5000, seed: 5 },
    );
    const wrong: string[] = [];
    let plain = 0;
    for (const text of texts) {
      if (!asciiLettersOnly(text)) continue;
      plain++;
      for (const [unicode, ascii] of pairs)
        if (JSON.stringify(text.match(unicode)) !== JSON.stringify(text.match(ascii))) wrong.push(JSON.stringify(text));
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(plain).toBeGreaterThan(500);
    expect(asciiLettersOnly('Hiring plan — decide • 👋 €5')).toBe(true);
    expect(asciiLettersOnly('Café')).toBe(false);
    expect(asciiLettersOnly('⺀')).toBe(false);
  });
});
