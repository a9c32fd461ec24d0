import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEXICON, SOFT_WORDS } from '../../lib/chat/lexicon';
import { buildFullLexicon, createLazyLexicon, type Trie } from '../../lib/chat/matcher';
import {
  charClass,
  foldKey,
  foldText,
  isSimpleWord,
  isSpace,
  scanTokens,
  TOKEN_SOURCE,
  type Token,
} from '../../lib/chat/tokenize';

// The classifier builds its lexicon trie lazily (one first word at a time, see
// lib/chat/matcher.ts). These tests check, over the whole lexicon, that the lazy pieces are
// exactly the trie, vocabulary and filler set that building everything at once gives.

const UNSPACED =
  /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\u3005\u3006\u30FC\uFF70]/u;
const KEY_SPACE = 1 << 20;

function token(key: string): Token {
  const kind = UNSPACED.test(key) ? 'c' : 'w';
  return { kind, start: 0, end: key.length, key, raw: key, wave: false, raise: false, q: false, weight: 0 };
}

/** Children of every node, by key. */
function childrenOf(trie: Trie): Map<number, Map<string, number>> {
  const keyOf = new Map<number, string>();
  for (const [k, id] of trie.ids) keyOf.set(id, k);
  const out = new Map<number, Map<string, number>>();
  for (const [edge, child] of trie.edges) {
    const node = Math.floor(edge / KEY_SPACE);
    const key = keyOf.get(edge % KEY_SPACE) as string;
    const m = out.get(node) ?? new Map<string, number>();
    m.set(key, child);
    out.set(node, m);
  }
  return out;
}

/** Every phrase under `node` with its entry, in a canonical order. */
function dump(trie: Trie, children: Map<number, Map<string, number>>, node: number, path: string, out: string[]): void {
  const e = trie.entries[node];
  if (e) out.push(`${path} => ${e.cat} [${e.langs.join(',')}] ${e.notIn ? e.notIn.join(',') : '-'}`);
  const kids = children.get(node);
  if (!kids) return;
  for (const key of [...kids.keys()].sort()) dump(trie, children, kids.get(key) as number, `${path} ${key}`, out);
}

describe('lazy lexicon', () => {
  const full = buildFullLexicon();
  const fullChildren = childrenOf(full.trie);
  const rootKeys = [...(fullChildren.get(0)?.keys() ?? [])];

  it('knows exactly the words of the lexicon', () => {
    const lazy = createLazyLexicon();
    const missing = [...full.vocab].filter((k) => !lazy.known(k));
    expect(missing).toEqual([]);
    const lazy2 = createLazyLexicon();
    const extra = [...full.vocab, ...rootKeys]
      .flatMap((k) => [`${k}x`, `x${k}`, k.slice(0, -1), `${k}-${k}`])
      .filter((k) => !full.vocab.has(k) && lazy2.known(k));
    expect(extra).toEqual([]);
  });

  it('has exactly the fillers of the lexicon', () => {
    const lazy = createLazyLexicon();
    const keys = new Set([...full.vocab, ...full.soft, ...rootKeys]);
    const soft = [...keys].filter((k) => lazy.soft.has(k)).sort();
    expect(soft).toEqual([...full.soft].sort());
  });

  it('builds, word by word, the same trie as building it all at once', () => {
    const lazy = createLazyLexicon();
    // in two halves and in reverse, so the order in which words are asked for does not matter
    const reversed = [...rootKeys].reverse();
    lazy.prepare(reversed.slice(0, 500).map(token));
    lazy.prepare(reversed.slice(500).map(token));
    const lazyChildren = childrenOf(lazy.trie);
    const mismatched: string[] = [];
    for (const key of rootKeys) {
      const a: string[] = [];
      const b: string[] = [];
      dump(full.trie, fullChildren, fullChildren.get(0)?.get(key) as number, key, a);
      const lazyNode = lazyChildren.get(0)?.get(key);
      if (lazyNode !== undefined) dump(lazy.trie, lazyChildren, lazyNode, key, b);
      if (a.join('\n') !== b.join('\n')) mismatched.push(key);
    }
    expect(mismatched).toEqual([]);
    expect(lazy.trie.size).toBe(full.trie.size);
    expect(lazy.trie.edges.size).toBe(full.trie.edges.size);
  });
});

describe('tokenizer', () => {
  // tokenize() tries the grammar's alternatives one by one; the grammar as one expression is
  // the reference: the same tokens (kind by alternative, start, end) on any text.
  const reference = new RegExp(TOKEN_SOURCE, 'gu');
  const referenceTokens = (text: string): string[] => {
    const out: string[] = [];
    reference.lastIndex = 0;
    for (let m = reference.exec(text); m !== null; m = reference.exec(text)) {
      const alt = m.findIndex((g, i) => i > 0 && g !== undefined);
      out.push(`${alt}:${m.index}:${m.index + m[0].length}`);
    }
    return out;
  };
  const ourTokens = (text: string): string[] => scanTokens(text).map(([alt, start, end]) => `${alt}:${start}:${end}`);

  it('classifies white space like \\s', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it('knows no pictographic emoji before U+00A9, and no unspaced letters, marks or format characters in ASCII', () => {
    const early: number[] = [];
    for (let c = 0; c < 0xa9; c++)
      if (/[\p{Extended_Pictographic}\p{Regional_Indicator}]/u.test(String.fromCharCode(c))) early.push(c);
    expect(early).toEqual([]);
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c);
      const expected = (/\p{L}/u.test(ch) ? 1 : 0) | (/\p{N}/u.test(ch) ? 2 : 0) | (/[\p{M}\p{Cf}]/u.test(ch) ? 4 : 0);
      expect(charClass(c), ch).toBe(expected);
    }
  });

  it('splits every text like the one-expression grammar', () => {
    const samples = [
      ...fc.sample(fc.string({ unit: 'binary', maxLength: 60 }), { numRuns: 3000, seed: 7 }),
      ...fc.sample(fc.string({ unit: 'grapheme', maxLength: 40 }), { numRuns: 2000, seed: 8 }),
      ...fc.sample(
        fc
          .array(
            fc.constantFrom(
              'hi',
              'héllo',
              "l'été",
              'ку-ку',
              '@sam',
              '@sam.o-k',
              'a@b',
              '_@x',
              '<@U1>',
              '<#C1|gen>',
              '<!here>',
              ':wave:',
              ':-)',
              ';p',
              'xD',
              'o/',
              '\\o',
              'T_T',
              '^_^',
              '<3',
              '(:',
              'https://x.y/z?q',
              'www.a.b',
              '<https://a|b>',
              '👋',
              '👋🏽',
              '🇩🇪',
              '©',
              '1️⃣',
              '田中さん',
              'おはよーー',
              'ｶﾞ',
              'ครับ',
              'ຂອບໃຈ',
              '⺀',
              '〇',
              '々',
              '𠮷',
              '\u0301',
              '\u200b',
              '\u200d',
              '\ufeff',
              '\u00a0',
              '\u3000',
              ' ',
              '\n',
              '-',
              "'",
              '’',
              'ʼ',
              ',',
              '?',
              '¿',
              '\ud800',
              '\udfff',
              'İ',
              'ß',
              'ﬁ',
              '①',
              '٣',
              'ـ',
              'Ⅻ',
              '𝐀𝐁',
            ),
            { maxLength: 12 },
          )
          .map((parts) => parts.join('')),
        { numRuns: 3000, seed: 9 },
      ),
    ];
    const differ = samples.filter((text) => ourTokens(text).join(' ') !== referenceTokens(text).join(' '));
    expect(differ.slice(0, 5).map((t) => JSON.stringify(t))).toEqual([]);
  });
});

describe('word folding without Unicode expressions', () => {
  // the expressions these checks replace, as they were
  const SIMPLE_WORD_RE =
    /^(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\u3005\u3006\u30FC\uFF70])[\p{L}\p{M}])+$/u;
  const STRIP_RE = /[\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06ed'’ʼ`\p{Cf}]/gu;
  const NEEDS_NFC_RE = /[\u1100-\u11ff\u3099\u309a\p{M}]/u;
  const FOLD: Record<string, string> = {
    ı: 'i',
    ł: 'l',
    đ: 'd',
    ø: 'o',
    ß: 'ss',
    ς: 'σ',
    ي: 'ی',
    ى: 'ی',
    ك: 'ک',
    œ: 'oe',
    æ: 'ae',
  };
  const reference = (raw: string): string => {
    let s = raw.normalize('NFKD').toLowerCase().replace(STRIP_RE, '');
    if (NEEDS_NFC_RE.test(s)) s = s.normalize('NFC');
    return s.replace(/[ıłđøßςيىكœæ]/g, (c) => FOLD[c] ?? c).replace(/\p{Nd}+/gu, '0');
  };
  const words = [
    ...new Set(
      [...LEXICON.flatMap((g) => Object.values(g).filter((v): v is string => typeof v === 'string')), SOFT_WORDS]
        .join(' ')
        .split(/[\s,()|]+/),
    ),
    ...fc.sample(fc.string({ unit: 'binary', maxLength: 12 }), { numRuns: 5000, seed: 3 }),
    ...fc.sample(fc.string({ unit: 'grapheme', maxLength: 8 }), { numRuns: 3000, seed: 4 }),
  ];

  it('folds every word as before', () => {
    expect(words.filter((w) => foldText(w) !== reference(w)).slice(0, 5)).toEqual([]);
    expect(words.filter((w) => isSimpleWord(w) !== SIMPLE_WORD_RE.test(w)).slice(0, 5)).toEqual([]);
    expect(foldKey('Olá')).toBe('ola');
  });

  it('folds every single character as before', () => {
    const wrong: number[] = [];
    for (let cp = 0x80; cp <= 0x10ffff; cp += cp < 0x30000 ? 1 : 97) {
      const ch = String.fromCodePoint(cp);
      if (
        foldText(ch) !== reference(ch) ||
        foldText(`a${ch}1`) !== reference(`a${ch}1`) ||
        isSimpleWord(ch) !== SIMPLE_WORD_RE.test(ch)
      )
        wrong.push(cp);
    }
    expect(wrong).toEqual([]);
  });
});
