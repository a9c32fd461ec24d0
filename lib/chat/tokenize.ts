/**
 * Tokenizer for chat messages, shared by the lexicon build and the classifier so that both
 * sides normalise words the same way. Pure and linear: one global regex whose alternatives
 * each consume at least one character and never nest ambiguous quantifiers.
 *
 * Token kinds:
 *   w    a word of a spaced script (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari…)
 *   c    one character of a script written without spaces (Han, kana, Hangul, Thai, Lao,
 *        Khmer, Myanmar), with its combining marks; phrases in these scripts are matched
 *        character by character, so spacing does not matter
 *   url  a link (content)
 *   m    a mention: @name, Slack/Discord <@U123>, <#C123|general>, <!here>
 *   e    an emoji, emoji shortcode (:wave:) or emoticon (:-)); `wave`/`raise` flag greetings
 *   p    punctuation or any other symbol; `q` flags a question mark
 *   skip zero-width and format characters (ZWSP, bidi marks, BOM), stray combining marks and
 *        lone apostrophes: transparent, also inside phrases
 */

type TokKind = 'w' | 'c' | 'url' | 'm' | 'e' | 'p' | 'skip';

export interface Token {
  kind: TokKind;
  /** offsets into the text that was tokenized (UTF-16 code units) */
  start: number;
  end: number;
  /** normalised form used for matching (folded, lowercased, digits → 0) */
  key: string;
  /** the token as typed */
  raw: string;
  wave: boolean;
  raise: boolean;
  q: boolean;
  /** weight of one unknown character of an unspaced script (Han carries more per char) */
  weight: number;
}

/** Scripts written without spaces between words. */
const UNSPACED =
  '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmer}\\p{sc=Myanmar}\\u3005\\u3006\\u30FC\\uFF70';
const WORD_CHAR = `(?:(?![${UNSPACED}])[\\p{L}\\p{M}\\p{N}\\p{Cf}])`;

/**
 * The token grammar: alternatives tried in this order where a token starts. As one expression
 * (TOKEN_SOURCE, 'gu') it is what tokenize() does; but compiled whole it costs 30–60 ms, so
 * tokenize() tries the alternatives one by one, each only when the character at hand can start
 * it, with 3, 7 and 8 (Unicode letter classes) read in code (test/unit/first-call-lexicon.test.ts
 * checks that both give the same tokens).
 */
const TOKEN_ALTERNATIVES = [
  // 1 url (a Slack link <https://…|label> included)
  '((?:https?|ftp):\\/\\/[^\\s<>]+|www\\.[^\\s<>]+|<(?:https?|mailto):[^<>]{0,500}>)',
  // 2 Slack / Discord tokens: <@U123>, <@!123>, <#C123|general>, <!here>
  '(<[@#!][^<>\\s]{0,120}>)',
  // 3 @mention (not inside an e-mail address)
  '((?<![\\p{L}\\p{N}_])@[\\p{L}\\p{N}_]+(?:[.\\-][\\p{L}\\p{N}_]+)*)',
  // 4 emoji shortcode :wave: :skin-tone-2:
  '(:[a-zA-Z0-9_+\\-]{1,60}:)',
  // 5 emoticons; o/ and \\o are waves
  "((?<![\\p{L}\\p{N}])(?:[:;=][\\-'^o]?[)(\\]\\[dDpP/\\\\|*3oO]|\\^[_.\\-]?\\^|<3|[xX]D+|\\(:|T_T|[oO]_[oO]|o\\/|\\\\o)(?![\\p{L}\\p{N}]))",
  // 6 pictographic emoji, with modifiers, ZWJ sequences, flags, keycaps
  '((?:\\p{Extended_Pictographic}|\\p{Regional_Indicator})(?:[\\uFE0E\\uFE0F\\u20E3\\u200D\\u{1F3FB}-\\u{1F3FF}\\u{E0020}-\\u{E007F}]|\\p{Extended_Pictographic}|\\p{Regional_Indicator})*)',
  // 7 one character of an unspaced script
  `([${UNSPACED}][\\p{M}\\uFF9E\\uFF9F\\u200C\\u200D]*)`,
  // 8 word, with inner apostrophes and hyphens
  `([\\p{L}\\p{N}]${WORD_CHAR}*(?:['’ʼ\\-]${WORD_CHAR}+)*)`,
  // 9 anything else that is not white space
  '(\\S)',
];

/** The token grammar as one expression, for tests and tools ('gu'). */
export const TOKEN_SOURCE = TOKEN_ALTERNATIVES.join('|');

/** Alternatives 1, 2, 4, 5, 6 as sticky expressions, compiled on first use. */
const stickyRes: (RegExp | undefined)[] = [];

function stickyMatch(alt: number, text: string, at: number): number {
  let re = stickyRes[alt];
  if (!re) {
    re = new RegExp(TOKEN_ALTERNATIVES[alt - 1] as string, 'uy');
    stickyRes[alt] = re;
  }
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? at + m[0].length : -1;
}

// Character classes of code points: letter, number, mark, format, unspaced script.
const C_L = 1;
const C_N = 2;
const C_M = 4;
const C_CF = 8;
const C_UNSPACED = 16;
const C_WORD = C_L | C_N | C_M | C_CF;
const P_L = /\p{L}/u;
const P_N = /\p{N}/u;
const P_M = /\p{M}/u;
const P_CF = /\p{Cf}/u;
const P_UNSPACED = new RegExp(`[${UNSPACED}]`, 'u');
const classCache = new Map<number, number>();

/** The classes of a code point (ASCII: letters and digits only; others looked up once). */
export function charClass(cp: number): number {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) ? C_L : cp >= 48 && cp <= 57 ? C_N : 0;
  let c = classCache.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = P_L.test(ch) ? C_L : P_N.test(ch) ? C_N : P_M.test(ch) ? C_M : P_CF.test(ch) ? C_CF : 0;
    // (a script, not a category: CJK radicals and Thai punctuation are unspaced too)
    if (P_UNSPACED.test(ch)) c |= C_UNSPACED;
    if (classCache.size >= 4096) classCache.clear();
    classCache.set(cp, c);
  }
  return c;
}

/** White space as \s matches it. */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    (c >= 0x80 &&
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff))
  );
}

const cpLength = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** The code point that ends just before `at` (a surrogate pair counts as one), or -1. */
function codePointBefore(text: string, at: number): number {
  if (at <= 0) return -1;
  const d = text.charCodeAt(at - 1);
  if (d >= 0xdc00 && d <= 0xdfff && at >= 2) {
    const c = text.charCodeAt(at - 2);
    if (c >= 0xd800 && c <= 0xdbff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return d;
}

const isMentionChar = (cp: number): boolean => cp === 95 || (charClass(cp) & (C_L | C_N)) !== 0;
const isWordChar = (cp: number): boolean => {
  const c = charClass(cp);
  return (c & C_WORD) !== 0 && (c & C_UNSPACED) === 0;
};

/** End of a run of code points from `at` that pass `ok`. */
function runEnd(text: string, at: number, ok: (cp: number) => boolean): number {
  let i = at;
  while (i < text.length) {
    const cp = text.codePointAt(i) as number;
    if (!ok(cp)) break;
    i += cpLength(cp);
  }
  return i;
}

/** `first run (sep run)*`, greedy: alternatives 3 and 8 after their first character. */
function joinedRunEnd(text: string, at: number, ok: (cp: number) => boolean, isSep: (c: number) => boolean): number {
  let i = runEnd(text, at, ok);
  while (i < text.length && isSep(text.charCodeAt(i))) {
    const next = text.codePointAt(i + 1);
    if (next === undefined || !ok(next)) break;
    i = runEnd(text, i + 1, ok);
  }
  return i;
}

const isDotOrHyphen = (c: number): boolean => c === 46 || c === 45;
const isWordJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2bc || c === 45;
const isKanaMark = (cp: number): boolean =>
  cp === 0xff9e || cp === 0xff9f || cp === 0x200c || cp === 0x200d || (charClass(cp) & C_M) !== 0;

/** First characters of alternatives 1 (h f w <) and 5 (: ; = ^ < x X ( T o O \). */
const URL_FIRST = new Set([104, 102, 119, 60]);
const EMOTICON_FIRST = new Set([58, 59, 61, 94, 60, 120, 88, 40, 84, 111, 79, 92]);
/** No pictographic emoji or regional indicator comes before © (U+00A9). */
const FIRST_PICTOGRAPHIC = 0xa9;

/** The token at `at` (a non-space character): its alternative (1–9) and end. */
function tokenAt(text: string, at: number): [number, number] {
  const cp = text.codePointAt(at) as number;
  if (URL_FIRST.has(cp)) {
    const end = stickyMatch(1, text, at);
    if (end > 0) return [1, end];
  }
  if (cp === 60) {
    const end = stickyMatch(2, text, at);
    if (end > 0) return [2, end];
  }
  if (cp === 64 && !isMentionChar(codePointBefore(text, at))) {
    const next = text.codePointAt(at + 1);
    if (next !== undefined && isMentionChar(next)) return [3, joinedRunEnd(text, at + 1, isMentionChar, isDotOrHyphen)];
  }
  if (cp === 58) {
    const end = stickyMatch(4, text, at);
    if (end > 0) return [4, end];
  }
  if (EMOTICON_FIRST.has(cp)) {
    const end = stickyMatch(5, text, at);
    if (end > 0) return [5, end];
  }
  if (cp >= FIRST_PICTOGRAPHIC) {
    const end = stickyMatch(6, text, at);
    if (end > 0) return [6, end];
  }
  const cls = charClass(cp);
  const after = at + cpLength(cp);
  if (cls & C_UNSPACED) return [7, runEnd(text, after, isKanaMark)];
  if (cls & (C_L | C_N)) return [8, joinedRunEnd(text, after, isWordChar, isWordJoiner)];
  return [9, after];
}

/** The tokens of `text` as [alternative, start, end] (for tests and tools). */
export function scanTokens(text: string): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let at = 0; ; ) {
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
    if (at >= text.length) return out;
    const [alt, end] = tokenAt(text, at);
    out.push([alt, at, end]);
    at = end;
  }
}

const ASCII_WORD_RE = /^[\x21-\x7e]*$/;
const STRIP_RE = /[\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06ed'’ʼ`\p{Cf}]/gu;
const FOLD_RE = /[ıłđøßςيىكœæ]/g;
const STRIP_OR_FOLD_RE = new RegExp(`${STRIP_RE.source}|${FOLD_RE.source}`, 'gu');
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
const DIGITS_RE = /\p{Nd}+/gu;
/** After stripping marks only these need recomposing (Hangul jamo, kana voicing, Indic marks…). */
/** Format characters, stray marks and lone apostrophes ("po'", "'t") are transparent. */
// Variation selectors (U+FE00–FE0F) are marks (Mn), so \p{M} covers them.
const SKIP_RE = /^[\p{Cf}\p{M}'’ʼ`]$/u;
const QUESTION_RE = /^[?？؟;¿]$/u;
const WAVE_EMOJI_RE = /[\u{1F44B}]/u;
const RAISE_EMOJI_RE = /[\u{1F64B}]/u;
const WAVE_CODE_RE = /^:(?:wave\w*|[a-z_-]*waving[a-z_-]*|hello|hi|hey|hiya|howdy|yo|ahoy|aloha)[:]/;
const RAISE_CODE_RE = /^:(?:[a-z_-]*raising[_-]hand[a-z_-]*|raised_hand_with_fingers_splayed|hand)[:]/;

/** Normalised matching form of one word or character (not including repeated-letter fixes). */
export function foldKey(raw: string): string {
  if (ASCII_WORD_RE.test(raw)) {
    return raw
      .toLowerCase()
      .replace(/['`]/g, '')
      .replace(/[0-9]+/g, '0');
  }
  return foldText(raw);
}

/**
 * The folding of foldKey applied to a whole text at once (each step works character by
 * character, so every word's key appears in the folded text). The lexicon is searched in
 * its folded form to find the phrases a message could need.
 */
export function foldText(text: string): string {
  let s = text.normalize('NFKD').toLowerCase().replace(STRIP_RE, '');
  if (needsCompose(s)) s = s.normalize('NFC');
  s = s.replace(FOLD_RE, (c) => FOLD[c] ?? c);
  return hasNumber(s) ? s.replace(DIGITS_RE, '0') : s;
}

/** NEEDS_NFC_RE.test(s), by code point classes (no Unicode expression to compile). */
function needsCompose(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x300) continue;
    if ((c >= 0x1100 && c <= 0x11ff) || c === 0x3099 || c === 0x309a) return true;
    const cp = s.codePointAt(i) as number;
    if (charClass(cp) & C_M) return true;
    if (cp > 0xffff) i++;
  }
  return false;
}

/** Whether `s` has a character of \p{N} (so, possibly, of \p{Nd}). */
function hasNumber(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (c >= 48 && c <= 57) return true;
      continue;
    }
    const cp = s.codePointAt(i) as number;
    if (charClass(cp) & C_N) return true;
    if (cp > 0xffff) i++;
  }
  return false;
}

/**
 * Whether a word is only letters and marks of scripts written with spaces (as
 * /^(?:(?![unspaced])[\p{L}\p{M}])+$/u tests), by code point classes.
 */
export function isSimpleWord(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const cp = word.codePointAt(i) as number;
    const c = charClass(cp);
    if ((c & (C_L | C_M)) === 0 || (c & C_UNSPACED) !== 0) return false;
    if (cp > 0xffff) i++;
  }
  return true;
}

/**
 * foldText without its last steps, for searching: characters stay decomposed (search for
 * `key.normalize('NFD')`) and digits stay as they are (a key's "0" stands for any run of
 * digits). Cheaper on a large text; every word's key, so written, occurs in the result.
 */
export function foldTextForSearch(text: string): string {
  // (stripping and the one-letter folds in one pass: neither makes characters of the other)
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(STRIP_OR_FOLD_RE, (c) => FOLD[c] ?? '');
}

/** Chat words repeat: keep recent keys (bounded, cleared when full). */
const keyCache = new Map<string, string>();
const KEY_CACHE_MAX = 4096;
const canonCache = new Map<string, string>();
let lastKnown: ((key: string) => boolean) | null = null;

/** Longer words are rare and not worth keeping. */
const CACHED_WORD_MAX = 32;

function cachedKey(raw: string): string {
  let key = keyCache.get(raw);
  if (key === undefined) {
    key = foldKey(raw);
    if (raw.length <= CACHED_WORD_MAX) {
      if (keyCache.size >= KEY_CACHE_MAX) keyCache.clear();
      keyCache.set(raw, key);
    }
  }
  return key;
}

const RUN3_RE = /(\p{L})\1{2,}/gu;
const HAS_DOUBLE_RE = /(\p{L})\1/u;
const HAS_DOUBLE_ASCII_RE = /([A-Za-z])\1/;
const TRAILING_DOUBLE_RE = /(\p{L})\1$/u;

/**
 * Stretched words ("hiiii", "heyyy", "yooooo", "hellooo", "hii") resolve to a word the
 * lexicon knows; unknown words are left as they are so that e.g. Dutch "mooi" never turns
 * into Finnish "moi".
 */
function destretch(key: string, known: (k: string) => boolean): string {
  // (a word without a doubled letter is never stretched: ask the lexicon only about the others)
  const doubled = ASCII_WORD_RE.test(key) ? HAS_DOUBLE_ASCII_RE.test(key) : HAS_DOUBLE_RE.test(key);
  if (!doubled || known(key)) return key;
  const two = key.replace(RUN3_RE, '$1$1');
  if (two !== key && known(two)) return two;
  const one = key.replace(RUN3_RE, '$1');
  if (one !== key && known(one)) return one;
  const trailing = two.replace(TRAILING_DOUBLE_RE, '$1');
  if (trailing !== two && known(trailing)) return trailing;
  return key;
}

/**
 * 'cap' when the first letter is upper case and the rest is not all upper case (a likely
 * proper name: "Sophie", not "NFR"); 'lower' for other words of a cased script; 'none' for
 * scripts without letter case (Arabic, Hebrew, Devanagari…).
 */
export function letterCase(raw: string): 'cap' | 'lower' | 'none' {
  const first = raw.charAt(0);
  const upper = first.toUpperCase();
  if (first.toLowerCase() === upper) return 'none';
  const rest = raw.slice(1);
  return first === upper && (rest.length === 0 || rest !== rest.toUpperCase()) ? 'cap' : 'lower';
}

function make(kind: TokKind, start: number, raw: string, key: string): Token {
  return {
    kind,
    start,
    end: start + raw.length,
    key,
    raw,
    wave: false,
    raise: false,
    q: false,
    weight: 0,
  };
}

/**
 * Splits `text` into tokens (at most about `maxTokens`). `known` tells which word keys the lexicon contains: it is used to
 * undo stretched letters and to decide whether a hyphenated word stays whole ("ку-ку") or is
 * split into its parts ("e-aí" → "e", "ai").
 */
export function tokenize(text: string, known: ((key: string) => boolean) | null, maxTokens = Infinity): Token[] {
  const out: Token[] = [];
  for (let at = 0; out.length < maxTokens; ) {
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
    if (at >= text.length) break;
    const [alt, end] = tokenAt(text, at);
    const raw = text.slice(at, end);
    const start = at;
    at = end;
    if (alt === 1) {
      out.push(make('url', start, raw, raw.toLowerCase()));
    } else if (alt === 2 || alt === 3) {
      out.push(make('m', start, raw, raw.toLowerCase()));
    } else if (alt === 4) {
      const lower = raw.toLowerCase();
      if (!/[a-z]/.test(lower)) {
        out.push(make('p', start, raw, raw));
        continue;
      }
      const t = make('e', start, raw, lower);
      t.wave = WAVE_CODE_RE.test(lower);
      t.raise = RAISE_CODE_RE.test(lower);
      out.push(t);
    } else if (alt === 5) {
      const t = make('e', start, raw, raw);
      t.wave = raw === 'o/' || raw === '\\o';
      out.push(t);
    } else if (alt === 6) {
      const t = make('e', start, raw, raw);
      t.wave = WAVE_EMOJI_RE.test(raw);
      t.raise = RAISE_EMOJI_RE.test(raw);
      out.push(t);
    } else if (alt === 7) {
      const code = raw.charCodeAt(0);
      // fast path: plain kana, CJK ideographs, Hangul syllables, Thai without marks
      const plain =
        raw.length === 1 &&
        ((code >= 0x3040 && code <= 0x30ff) ||
          (code >= 0x4e00 && code <= 0x9fff) ||
          (code >= 0xac00 && code <= 0xd7a3) ||
          (code >= 0x0e00 && code <= 0x0e7f));
      const key = plain ? raw : cachedKey(raw);
      const t = make('c', start, raw, key);
      // Han (CJK ideographs and extensions) carry about a word per two characters
      t.weight =
        (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xd840 && code <= 0xd87f)
          ? 0.5
          : 0.34;
      out.push(t);
    } else if (alt === 8) {
      pushWord(out, raw, start, known);
    } else {
      const c = raw.charCodeAt(0);
      // (ASCII: only the apostrophe and backtick are skipped, only ? and ; ask)
      const t = make((c < 128 ? c === 39 || c === 96 : SKIP_RE.test(raw)) ? 'skip' : 'p', start, raw, raw);
      t.q = c < 128 ? c === 63 || c === 59 : QUESTION_RE.test(raw);
      out.push(t);
    }
  }
  return collapseCharRuns(out);
}

/**
 * Stretched characters of unspaced scripts ("ครับบบ", "おはよーーー", "哈哈哈"): a run of three
 * or more identical adjacent characters (two or more for the long-vowel mark) becomes one.
 */
function collapseCharRuns(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i] as Token;
    let j = i + 1;
    if (t.kind === 'c') {
      while (j < tokens.length) {
        const n = tokens[j] as Token;
        if (n.kind !== 'c' || n.key !== t.key || n.start !== (tokens[j - 1] as Token).end) break;
        j++;
      }
    }
    const run = j - i;
    if (run >= 3 || (run === 2 && t.key === 'ー')) {
      out ??= tokens.slice(0, i);
      const last = tokens[j - 1] as Token;
      out.push({ ...t, end: last.end, raw: t.raw.repeat(run) });
    } else if (out) {
      for (let k = i; k < j; k++) out.push(tokens[k] as Token);
    }
    i = j;
  }
  return out ?? tokens;
}

/** The de-stretched key depends on what is known: cached for the latest `known` only. */
function canonicalKey(raw: string, key: string, known: (k: string) => boolean): string {
  if (known !== lastKnown) {
    canonCache.clear();
    lastKnown = known;
  }
  let word = canonCache.get(raw);
  if (word === undefined) {
    word = destretch(key, known);
    if (raw.length <= CACHED_WORD_MAX) {
      if (canonCache.size >= KEY_CACHE_MAX) canonCache.clear();
      canonCache.set(raw, word);
    }
  }
  return word;
}

function pushWord(out: Token[], raw: string, start: number, known: ((key: string) => boolean) | null): void {
  const key = cachedKey(raw);
  if (known && key.includes('-') && !known(key)) {
    let offset = 0;
    for (const part of raw.split('-')) {
      if (part.length > 0) pushWord(out, part, start + offset, known);
      offset += part.length + 1;
    }
    return;
  }
  out.push(make('w', start, raw, known ? canonicalKey(raw, key, known) : key));
}
