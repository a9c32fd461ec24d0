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

export type TokKind = 'w' | 'c' | 'url' | 'm' | 'e' | 'p' | 'skip';

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

const TOKEN_RE = new RegExp(
  [
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
  ].join('|'),
  'gu',
);

const ASCII_WORD_RE = /^[\x21-\x7e]*$/;
const STRIP_RE = /[\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06ed'’ʼ`\p{Cf}]/gu;
const FOLD_RE = /[ıłđøßςيىكœæ]/g;
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
const NEEDS_NFC_RE = /[\u1100-\u11ff\u3099\u309a\p{M}]/u;
/** Format characters, stray marks and lone apostrophes ("po'", "'t") are transparent. */
const SKIP_RE = /^[\p{Cf}\p{M}\uFE00-\uFE0F'’ʼ`]$/u;
const QUESTION_RE = /^[?？؟;¿]$/u;
const WAVE_EMOJI_RE = /[\u{1F44B}]/u;
const RAISE_EMOJI_RE = /[\u{1F64B}]/u;
const WAVE_CODE_RE = /^:(?:wave\w*|[a-z_-]*waving[a-z_-]*|hello|hi|hey|hiya|howdy|yo|ahoy|aloha)[:]/;
const RAISE_CODE_RE = /^:(?:[a-z_-]*raising[_-]hand[a-z_-]*|raised_hand_with_fingers_splayed|hand)[:]/;

/** Normalised matching form of one word or character (not including repeated-letter fixes). */
export function foldKey(raw: string): string {
  if (ASCII_WORD_RE.test(raw)) {
    return raw.toLowerCase().replace(/['`]/g, '').replace(/[0-9]+/g, '0');
  }
  let s = raw.normalize('NFKD').toLowerCase().replace(STRIP_RE, '');
  if (NEEDS_NFC_RE.test(s)) s = s.normalize('NFC');
  return s.replace(FOLD_RE, (c) => FOLD[c] ?? c).replace(DIGITS_RE, '0');
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
const TRAILING_DOUBLE_RE = /(\p{L})\1$/u;

/**
 * Stretched words ("hiiii", "heyyy", "yooooo", "hellooo", "hii") resolve to a word the
 * lexicon knows; unknown words are left as they are so that e.g. Dutch "mooi" never turns
 * into Finnish "moi".
 */
function destretch(key: string, known: (k: string) => boolean): string {
  if (known(key) || !HAS_DOUBLE_RE.test(key)) return key;
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
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null && out.length < maxTokens; m = TOKEN_RE.exec(text)) {
    const raw = m[0];
    const start = m.index;
    if (m[1] !== undefined) {
      out.push(make('url', start, raw, raw.toLowerCase()));
    } else if (m[2] !== undefined || m[3] !== undefined) {
      out.push(make('m', start, raw, raw.toLowerCase()));
    } else if (m[4] !== undefined) {
      const lower = raw.toLowerCase();
      if (!/[a-z]/.test(lower)) {
        out.push(make('p', start, raw, raw));
        continue;
      }
      const t = make('e', start, raw, lower);
      t.wave = WAVE_CODE_RE.test(lower);
      t.raise = RAISE_CODE_RE.test(lower);
      out.push(t);
    } else if (m[5] !== undefined) {
      const t = make('e', start, raw, raw);
      t.wave = raw === 'o/' || raw === '\\o';
      out.push(t);
    } else if (m[6] !== undefined) {
      const t = make('e', start, raw, raw);
      t.wave = WAVE_EMOJI_RE.test(raw);
      t.raise = RAISE_EMOJI_RE.test(raw);
      out.push(t);
    } else if (m[7] !== undefined) {
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
      t.weight = (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xd840 && code <= 0xd87f) ? 0.5 : 0.34;
      out.push(t);
    } else if (m[8] !== undefined) {
      pushWord(out, raw, start, known);
    } else {
      const t = make(SKIP_RE.test(raw) ? 'skip' : 'p', start, raw, raw);
      t.q = QUESTION_RE.test(raw);
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

function pushWord(
  out: Token[],
  raw: string,
  start: number,
  known: ((key: string) => boolean) | null,
): void {
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
