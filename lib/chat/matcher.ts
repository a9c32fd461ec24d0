/**
 * The lexicon as a trie, and greedy longest-first matching of a token stream against it.
 * Pure. The trie is built lazily: a message only needs the phrases that start with one of its
 * words, so on first use the lexicon is only folded into one searchable string, and the
 * phrases starting with a word (and whether a word is in the lexicon at all) are worked out
 * the first time a message contains that word. The result is the same trie, piece by piece,
 * as building all of it at once (see buildFullLexicon, kept for tools and tests).
 */
import { CAT_PRIORITY, CATS, type Cat, LEXICON, SOFT_WORDS } from './lexicon';
import { foldKey, foldText, foldTextForSearch, isSimpleWord, type Token, tokenize } from './tokenize';

// ───────────────────────────── lexicon trie

interface Entry {
  readonly cat: Cat;
  readonly langs: readonly string[];
  readonly notIn: readonly string[] | null;
}

/**
 * A trie flattened into one map of numeric edges (node × KEY_SPACE + key id → child node) and
 * an array of entries by node: a few large objects instead of tens of thousands of small
 * ones, which keeps the build and later garbage collections cheap. Node 0 is the root.
 */
export interface Trie {
  ids: Map<string, number>;
  edges: Map<number, number>;
  entries: (Entry | undefined)[];
  size: number;
}

const KEY_SPACE = 1 << 20;

/** Membership of word keys (answered on demand by the lazy lexicon). */
interface KeySet {
  has(key: string): boolean;
}

export interface Lexicon {
  trie: Trie;
  /** whether a word key is in the lexicon (a stable function: the tokenizer caches by it) */
  known: (key: string) => boolean;
  /** keys that a phrase may contain without spelling them out (one-word fillers, SOFT_WORDS) */
  soft: KeySet;
  /** Makes sure the trie holds every phrase that starts with one of these tokens. */
  prepare(toks: readonly Token[]): void;
}

const RANK = new Map<Cat, number>(CAT_PRIORITY.map((c, i) => [c, i]));

function newTrie(): Trie {
  return { ids: new Map(), edges: new Map(), entries: [], size: 1 };
}

/** Key ids of a message's tokens, looked up once per message (-1: not in the trie). */
function keyIds(trie: Trie, toks: readonly Token[]): Int32Array {
  const ids = new Int32Array(toks.length);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k] as Token;
    ids[k] = isWordish(t) ? (trie.ids.get(t.key) ?? -1) : -1;
  }
  return ids;
}

/** Start offsets of the parts of `list` between top-level commas (parentheses group). */
function partStarts(list: string): number[] {
  const starts = [0];
  let depth = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list.charCodeAt(i);
    if (c === 40 /* ( */) depth++;
    else if (c === 41 /* ) */) depth--;
    else if (c === 44 /* , */ && depth === 0) starts.push(i + 1);
  }
  return starts;
}

function partsOf(list: string, starts: readonly number[]): string[] {
  return starts.map((s, i) => list.slice(s, i + 1 < starts.length ? (starts[i + 1] as number) - 1 : list.length));
}

const normalizePattern = (p: string): string => p.replace(/\s+/g, ' ').trim();

/** Splits a category string into its phrases (patterns) on top-level commas. */
function splitPatterns(list: string): string[] {
  return partsOf(list, partStarts(list))
    .map(normalizePattern)
    .filter((p) => p.length > 0);
}

/** Expands one pattern's "(a|b|)" groups into plain phrases. */
function expandPattern(pattern: string): string[] {
  const out: string[] = [];
  const walk = (phrase: string): void => {
    const open = phrase.indexOf('(');
    if (open < 0) {
      const clean = phrase.replace(/\s+/g, ' ').trim();
      if (clean) out.push(clean);
      return;
    }
    const close = phrase.indexOf(')', open);
    const head = phrase.slice(0, open);
    const tail = phrase.slice(close + 1);
    for (const alt of phrase.slice(open + 1, close).split('|')) walk(head + alt + tail);
  };
  walk(pattern);
  return out;
}

/** Every phrase of a category string, expanded (for tests and tools). */
export function expandPhrases(list: string): string[] {
  return splitPatterns(list).flatMap(expandPattern);
}

/**
 * A pattern as a sequence of slots, each a list of alternative key sequences; null when a
 * group is glued to a neighbouring word ("chiamar(ti|e)"), which needs string expansion.
 */
function parseSlots(pattern: string, keysOf: (chunk: string) => string[] | null): string[][][] | null {
  const slots: string[][][] = [];
  const literal = (text: string): boolean => {
    for (const word of text.split(' ')) {
      if (!word) continue;
      const keys = keysOf(word);
      if (!keys) return false;
      slots.push([keys]);
    }
    return true;
  };
  let pos = 0;
  while (pos < pattern.length) {
    const open = pattern.indexOf('(', pos);
    if (open < 0) return literal(pattern.slice(pos)) ? slots : null;
    const close = pattern.indexOf(')', open);
    const before = pattern[open - 1];
    const after = pattern[close + 1];
    if (close < 0 || (before !== undefined && before !== ' ') || (after !== undefined && after !== ' ')) return null;
    if (!literal(pattern.slice(pos, open))) return null;
    const alts: string[][] = [];
    for (const alt of pattern.slice(open + 1, close).split('|')) {
      const keys: string[] = [];
      for (const word of alt.split(' ')) {
        if (!word) continue;
        const k = keysOf(word);
        if (!k) return null;
        keys.push(...k);
      }
      alts.push(keys);
    }
    slots.push(alts);
    pos = close + 1;
  }
  return slots;
}

function walkPath(trie: Trie, node: number, keys: readonly string[]): number {
  let n = node;
  for (const key of keys) {
    let id = trie.ids.get(key);
    if (id === undefined) {
      id = trie.ids.size;
      trie.ids.set(key, id);
    }
    const edge = n * KEY_SPACE + id;
    let next = trie.edges.get(edge);
    if (next === undefined) {
      next = trie.size++;
      trie.edges.set(edge, next);
    }
    n = next;
  }
  return n;
}

/** Entries are immutable and shared: thousands of phrases have the same category and language. */
const entryPool = new Map<string, Entry>();

function entryOf(cat: Cat, langs: readonly string[], notIn: readonly string[] | null): Entry {
  const id = `${cat}|${langs.join(',')}|${notIn ? notIn.join(',') : ''}`;
  let e = entryPool.get(id);
  if (!e) {
    e = { cat, langs, notIn };
    entryPool.set(id, e);
  }
  return e;
}

function setEntry(trie: Trie, node: number, cat: Cat, lang: string, notIn: readonly string[] | null): void {
  const old = trie.entries[node];
  if (!old || (RANK.get(cat) ?? 99) < (RANK.get(old.cat) ?? 99)) {
    trie.entries[node] = entryOf(cat, [lang], notIn);
  } else if (old.cat === cat) {
    const langs = old.langs.includes(lang) ? old.langs : [...old.langs, lang];
    // a restriction holds only when every source of the phrase has it
    const restricted = old.notIn && notIn ? old.notIn.filter((l) => notIn.includes(l)) : null;
    trie.entries[node] = entryOf(cat, langs, restricted);
  }
}

/**
 * Inserts the phrases of `slots` (from slot i on, `depth` keys down). With `first`, only the
 * phrases whose first key is `first` (used to build the trie one first word at a time).
 */
function insertSlots(
  trie: Trie,
  node: number,
  slots: readonly string[][][],
  i: number,
  depth: number,
  cat: Cat,
  lang: string,
  notIn: readonly string[] | null,
  first: string | null = null,
): void {
  if (i === slots.length) {
    if (depth > 0) setEntry(trie, node, cat, lang, notIn);
    return;
  }
  for (const alt of slots[i] as string[][]) {
    let rest = first;
    if (first !== null) {
      if (alt.length > 0 && alt[0] !== first) continue;
      if (alt.length > 0) rest = null;
    }
    insertSlots(trie, walkPath(trie, node, alt), slots, i + 1, depth + alt.length, cat, lang, notIn, rest);
  }
}

/** Kana, CJK ideographs and Hangul syllables without marks: one token per character. */
const SIMPLE_CJK_RE = /^[\u3040-\u309f\u30a0-\u30ff\u4e00-\u9fff\uac00-\ud7a3]+$/;
/** A character of a script written without spaces (its own token). */
const UNSPACED_START_RE =
  /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\u3005\u3006\u30FC\uFF70]/u;
/** Plain lower-case ASCII letters: the key is the chunk itself. */
const PLAIN_ASCII_RE = /^[a-z]+$/;

/** Keys of one space-free chunk of a phrase; null when it holds punctuation or symbols. */
function chunkKeys(chunk: string, vocab: Set<string>, memo: Map<string, string[] | null>): string[] | null {
  let keys = memo.get(chunk);
  if (keys !== undefined) return keys;
  if (PLAIN_ASCII_RE.test(chunk)) {
    keys = [chunk];
    vocab.add(chunk);
  } else if (isSimpleWord(chunk)) {
    // (a word of a spaced script without apostrophes, hyphens or digits: one token, keyed directly)
    const key = foldKey(chunk);
    keys = [key];
    vocab.add(key);
  } else if (SIMPLE_CJK_RE.test(chunk)) {
    keys = chunk.split('');
  } else {
    const toks = tokenize(chunk, null).filter((t) => t.kind !== 'skip');
    keys = toks.length > 0 && toks.every(isWordish) ? toks.map((t) => t.key) : null;
    if (keys) for (const t of toks) if (t.kind === 'w') vocab.add(t.key);
  }
  memo.set(chunk, keys);
  return keys;
}

/** One pattern read: its slots, or (for glued groups) its expanded phrases' keys (null: cannot match). */
interface Parsed {
  slots: string[][][] | null;
  phrases: { text: string; keys: string[] | null }[] | null;
}

function parsePattern(pattern: string, keysOf: (chunk: string) => string[] | null): Parsed {
  const slots = parseSlots(pattern, keysOf);
  if (slots) return { slots, phrases: null };
  const phrases = expandPattern(pattern).map((text) => {
    const keys: string[] = [];
    let bad = false;
    for (const word of text.split(' ')) {
      const k = keysOf(word);
      if (!k) bad = true;
      else keys.push(...k);
    }
    return { text, keys: bad || keys.length === 0 ? null : keys };
  });
  return { slots: null, phrases };
}

/** Is the pattern a single one-word filler (a key that may be skipped inside other phrases)? */
function softKeyOf(p: Parsed): string | null {
  const s = p.slots;
  return s?.length === 1 && s[0]?.length === 1 && s[0][0]?.length === 1 ? (s[0][0][0] as string) : null;
}

function insertPattern(
  trie: Trie,
  p: Parsed,
  cat: Cat,
  lang: string,
  notIn: readonly string[] | null,
  first: string | null,
): void {
  if (p.slots) {
    insertSlots(trie, 0, p.slots, 0, 0, cat, lang, notIn, first);
    return;
  }
  for (const phrase of p.phrases ?? []) {
    if (phrase.keys && (first === null || phrase.keys[0] === first))
      setEntry(trie, walkPath(trie, 0, phrase.keys), cat, lang, notIn);
  }
}

function buildTrie(
  trie: Trie,
  vocab: Set<string>,
  memo: Map<string, string[] | null>,
  list: string,
  cat: Cat,
  lang: string,
  notIn: readonly string[] | null,
  soft: Set<string> | null,
  problems: string[] | null,
): void {
  const keysOf = (chunk: string): string[] | null => chunkKeys(chunk, vocab, memo);
  for (const pattern of splitPatterns(list)) {
    const parsed = parsePattern(pattern, keysOf);
    const softKey = soft && cat === 'f' ? softKeyOf(parsed) : null;
    if (softKey !== null) soft?.add(softKey);
    for (const phrase of parsed.phrases ?? []) if (!phrase.keys) problems?.push(`${lang}/${cat}: ${phrase.text}`);
    insertPattern(trie, parsed, cat, lang, notIn, null);
  }
}

// ───────────────────────────── the whole lexicon at once (tools and tests)

export interface FullLexicon {
  trie: Trie;
  vocab: Set<string>;
  soft: Set<string>;
  problems: string[];
}

let full: FullLexicon | null = null;

/** The whole trie built in one go (about 150 ms): what the lazy lexicon builds piece by piece. */
export function buildFullLexicon(): FullLexicon {
  if (full) return full;
  const trie = newTrie();
  const vocab = new Set<string>();
  const memo = new Map<string, string[] | null>();
  const soft = new Set<string>();
  const problems: string[] = [];
  for (const group of LEXICON) {
    for (const cat of CATS) {
      const list = group[cat];
      if (list) buildTrie(trie, vocab, memo, list, cat, group.lang, group.notIn ?? null, soft, problems);
    }
  }
  for (const word of splitPatterns(SOFT_WORDS)) {
    const keys = chunkKeys(word, vocab, memo);
    if (keys?.length === 1) soft.add(keys[0] as string);
  }
  full = { trie, vocab, soft, problems };
  return full;
}

/** Patterns of the lexicon that cannot match (they contain punctuation or symbols). */
export function lexiconProblems(): string[] {
  return buildFullLexicon().problems.slice();
}

// ───────────────────────────── the lazy lexicon

/** One category string of the lexicon (or SOFT_WORDS, with cat null). */
interface Source {
  raw: string;
  cat: Cat | null;
  lang: string;
  notIn: readonly string[] | null;
}

/** Cached answers about message words are bounded (they are about what users type). */
const MEMO_MAX = 4096;
const LIST_SEP = '\u0001';
/**
 * Where patterns end: a comma outside a group (groups are flat: the lexicon test checks), or
 * the end of a source.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: U+0001 is LIST_SEP, the separator we put between sources
const PATTERN_END = /,(?![^()]*\))|\u0001/g;
/** A group glued to a word, in raw lexicon text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: U+0001 is LIST_SEP, the separator we put between sources
const GLUED_RE = /[^\s,\u0001]\(|\)[^\s,\u0001]/g;
const ASCII_RE = /^\p{ASCII}*$/u;

const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isBlank = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

/** Index of the last of the ascending `starts` that is at most `offset` (0 if none). */
function bisect(starts: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The pattern (index into `ends`) that holds the offset: the first that ends at or after it. */
function patternHolding(ends: Int32Array, offset: number): number {
  let lo = 0;
  let hi = ends.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ends[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Offsets where each pattern ends in `text` (then one past the end). */
function patternEnds(text: string): Int32Array {
  const ends: number[] = [];
  PATTERN_END.lastIndex = 0;
  for (let m = PATTERN_END.exec(text); m; m = PATTERN_END.exec(text)) ends.push(m.index);
  ends.push(text.length);
  return Int32Array.from(ends);
}

/**
 * Can the word at `at` in a (folded) pattern starting at `from` be its first word? Only when
 * it starts the pattern or an alternative of a group, and nothing but groups with an empty
 * alternative ("(a|one|)") comes before it or its group. (Groups are flat.)
 */
function canStart(text: string, from: number, at: number): boolean {
  let k = at - 1;
  for (;;) {
    while (k >= from && isBlank(text.charCodeAt(k))) k--;
    if (k < from) return true;
    const c = text.charCodeAt(k);
    if (c === 40 /* ( */ || c === 124 /* | */) {
      // the first word of an alternative: go on before its group
      while (k >= from && text.charCodeAt(k) !== 40) k--;
      k--;
    } else if (c === 41 /* ) */) {
      // a group before: it must be able to be empty
      const close = k;
      while (k >= from && text.charCodeAt(k) !== 40) k--;
      if (
        k < from ||
        !text
          .slice(k + 1, close)
          .split('|')
          .some((alt) => alt.trim() === '')
      )
        return false;
      k--;
    } else {
      return false;
    }
  }
}

function remember<T>(map: Map<string, T>, key: string, value: T): T {
  if (map.size >= MEMO_MAX) map.clear();
  map.set(key, value);
  return value;
}

/** A new lazy lexicon (the classifier shares one, see getLexicon; tests make their own). */
export function createLazyLexicon(): Lexicon {
  const sources: Source[] = [];
  for (const group of LEXICON) {
    for (const cat of CATS) {
      const list = group[cat];
      if (list) sources.push({ raw: list, cat, lang: group.lang, notIn: group.notIn ?? null });
    }
  }
  sources.push({ raw: SOFT_WORDS, cat: null, lang: '', notIn: null });

  // The lexicon folded like message words (one string, sources separated by LIST_SEP): a
  // word's key occurs in it, so searching it finds every pattern that can use a key.
  // Patterns are numbered across the lexicon, in order; pattern g ends at rawEnds[g] in the
  // raw text and at foldedEnds[g] in the folded one.
  const rawAll = sources.map((s) => s.raw).join(LIST_SEP);
  const foldedAll = foldTextForSearch(rawAll);
  const rawEnds = patternEnds(rawAll);
  const foldedEnds = patternEnds(foldedAll);
  const patternCount = rawEnds.length;
  let aligned = foldedEnds.length === patternCount;
  /** the first pattern of each source */
  const firstPattern: number[] = [0];
  for (let g = 0; g + 1 < patternCount; g++) {
    const sourceEnd = rawAll.charCodeAt(rawEnds[g] as number) === 1;
    if (sourceEnd) firstPattern.push(g + 1);
    if (aligned && sourceEnd !== (foldedAll.charCodeAt(foldedEnds[g] as number) === 1)) aligned = false;
  }
  const sourceOf = (g: number): Source => sources[bisect(firstPattern, g)] as Source;
  const rawStartOf = (g: number): number => (g === 0 ? 0 : (rawEnds[g - 1] as number) + 1);
  const foldedStartOf = (g: number): number => (g === 0 ? 0 : (foldedEnds[g - 1] as number) + 1);

  const patterns: (string | undefined)[] = [];
  /** Pattern g, whitespace-normalised ('' for an empty one). */
  const patternAt = (g: number): string => (patterns[g] ??= normalizePattern(rawAll.slice(rawStartOf(g), rawEnds[g])));

  // A group glued to a word ("chiamar(ti|e)") makes words that are not in the folded text:
  // those few patterns are searched in their expanded phrases, folded, instead.
  const gluedOwner: number[] = [];
  const gluedStart: number[] = [];
  let gluedFolded = '';
  const glued = new Set<number>();
  for (const m of rawAll.matchAll(GLUED_RE)) glued.add(patternHolding(rawEnds, m.index ?? 0));
  for (const g of [...glued].sort((a, b) => a - b)) {
    for (const phrase of expandPattern(patternAt(g))) {
      gluedOwner.push(g);
      gluedStart.push(gluedFolded.length);
      gluedFolded += `${foldTextForSearch(phrase)}${LIST_SEP}`;
    }
  }

  let digitRe: RegExp | null = null;

  // An empty key ("ـ" folds to nothing) can only come from a lexicon word whose characters all
  // fold to nothing, so one that starts with such a character (not after a letter and its
  // marks). Checked once, when a message first has such a word.
  let emptyKey: boolean | null = null;
  const emptyKeyPossible = (): boolean => {
    if (emptyKey !== null) return emptyKey;
    const vanishing = new Set(
      [...new Set(rawAll.match(/\P{ASCII}/gu) ?? [])].filter((c) => /[\p{L}\p{N}\p{M}]/u.test(c) && foldText(c) === ''),
    );
    const chars = [...rawAll];
    emptyKey = chars.some((c, i) => {
      if (!vanishing.has(c)) return false;
      let k = i - 1;
      while (k >= 0 && /\p{M}/u.test(chars[k] as string)) k--;
      return k < 0 || !/[\p{L}\p{N}]/u.test(chars[k] as string) || UNSPACED_START_RE.test(chars[k] as string);
    });
    return emptyKey;
  };

  const trie = newTrie();
  const vocab = new Set<string>();
  const memo = new Map<string, string[] | null>();
  const keysOf = (chunk: string): string[] | null => chunkKeys(chunk, vocab, memo);
  const parsed: (Parsed | null | undefined)[] = [];
  /** Pattern g read exactly (null for an empty one); its words join the vocabulary. */
  const parsedAt = (g: number): Parsed | null => {
    let p = parsed[g];
    if (p === undefined) {
      const pattern = patternAt(g);
      if (!pattern) p = null;
      else if (sourceOf(g).cat === null) {
        // SOFT_WORDS: single words
        const keys = keysOf(pattern);
        p = { slots: keys?.length === 1 ? [[keys]] : null, phrases: null };
      } else {
        p = parsePattern(pattern, keysOf);
      }
      parsed[g] = p;
    }
    return p;
  };

  /** Offsets in `text` where the search form of `key` occurs (see foldTextForSearch). */
  const occurrences = (text: string, key: string, wordKey: boolean): number[] => {
    const out: number[] = [];
    // a key's "0" stands for digits: look for its longest run of other characters
    const digits = key.includes('0');
    let find = digits ? key.split('0').reduce((a, b) => (b.length > a.length ? b : a), '') : key;
    if (!ASCII_RE.test(find)) find = find.normalize('NFD');
    if (find === '') {
      // only digits: every digit
      digitRe ??= /\p{Nd}/gu;
      digitRe.lastIndex = 0;
      for (let m = digitRe.exec(text); m; m = digitRe.exec(text)) out.push(m.index);
      return out;
    }
    const bounded = wordKey && !digits;
    if (bounded && find.length <= 2) {
      // a short word occurs inside many others: let an expression skip those
      const re = new RegExp(`(?<![a-z0-9])${find.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')}(?![a-z0-9])`, 'g');
      for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
      return out;
    }
    for (let at = text.indexOf(find); at >= 0; at = text.indexOf(find, at + 1)) {
      if (bounded && (isAsciiAlnum(text.charCodeAt(at - 1)) || isAsciiAlnum(text.charCodeAt(at + find.length))))
        continue;
      out.push(at);
    }
    return out;
  };

  /**
   * Patterns (in lexicon order) that can contain the key `key` — with `firstOnly`, as their
   * first word. A superset: each is then read exactly.
   */
  const candidates = (key: string, wordKey: boolean, firstOnly: boolean, accept: (s: Source) => boolean): number[] => {
    const found = new Set<number>();
    if (key.length === 0 && !emptyKeyPossible()) return [];
    // (a key with digits may start after digits: no first-word check for it)
    const first = firstOnly && !key.includes('0');
    // patterns with glued groups: searched in their expanded phrases
    for (const at of key ? occurrences(gluedFolded, key, wordKey) : []) {
      const k = bisect(gluedStart, at);
      if (first && gluedFolded.slice(gluedStart[k], at).trim() !== '') continue;
      const g = gluedOwner[k] as number;
      if (accept(sourceOf(g))) found.add(g);
    }
    if (!aligned || key.length === 0) {
      // (not expected) read every pattern
      for (let g = 0; g < patternCount; g++) if (accept(sourceOf(g))) found.add(g);
    } else {
      for (const at of occurrences(foldedAll, key, wordKey)) {
        const g = patternHolding(foldedEnds, at);
        if (found.has(g) || !accept(sourceOf(g))) continue;
        if (first && !canStart(foldedAll, foldedStartOf(g), at)) continue;
        found.add(g);
      }
    }
    return [...found].sort((a, b) => a - b);
  };

  const anySource = (): boolean => true;
  const phraseSource = (s: Source): boolean => s.cat !== null;
  const softSource = (s: Source): boolean => s.cat === null || s.cat === 'f';

  const built = new Set<string>();
  const absent = new Map<string, true>();
  const prepareKey = (key: string, wordKey: boolean): void => {
    if (built.has(key) || absent.has(key)) return;
    const found = candidates(key, wordKey, true, phraseSource);
    if (found.length === 0) {
      remember(absent, key, true);
      return;
    }
    built.add(key);
    for (const g of found) {
      const p = parsedAt(g);
      const src = sourceOf(g);
      if (p && src.cat) insertPattern(trie, p, src.cat, src.lang, src.notIn, key);
    }
  };

  const knownMemo = new Map<string, boolean>();
  const known = (key: string): boolean => {
    if (vocab.has(key)) return true;
    const cached = knownMemo.get(key);
    if (cached !== undefined) return cached;
    for (const g of candidates(key, true, false, anySource)) parsedAt(g);
    return remember(knownMemo, key, vocab.has(key));
  };

  const softMemo = new Map<string, boolean>();
  const soft: KeySet = {
    has(key: string): boolean {
      const cached = softMemo.get(key);
      if (cached !== undefined) return cached;
      let yes = false;
      for (const g of candidates(key, true, false, softSource)) {
        const p = parsedAt(g);
        if (p && softKeyOf(p) === key) yes = true;
      }
      return remember(softMemo, key, yes);
    },
  };

  return {
    trie,
    known,
    soft,
    prepare(toks: readonly Token[]): void {
      for (const t of toks) if (t.kind === 'w' || t.kind === 'c') prepareKey(t.key, t.kind === 'w');
    },
  };
}

let lexicon: Lexicon | null = null;

/** The lexicon (built lazily; see the top of this file). */
export function getLexicon(): Lexicon {
  lexicon ??= createLazyLexicon();
  return lexicon;
}

export type Extras = Lexicon;

const extrasCache = new Map<string, Extras>();
const noPrepare = (): void => {};

export function getExtras(words: readonly string[] | undefined): Extras | null {
  if (!Array.isArray(words) || words.length === 0) return null;
  const cacheKey = words.join('\u0000');
  const cached = extrasCache.get(cacheKey);
  if (cached) return cached;
  const trie = newTrie();
  const vocab = new Set<string>();
  const memo = new Map<string, string[] | null>();
  for (const word of words) {
    if (typeof word !== 'string' || word.length > 100) continue;
    const phrase = tokenize(word, null)
      .filter(isWordish)
      .map((t) => t.raw)
      .join(' ');
    if (phrase) buildTrie(trie, vocab, memo, phrase.replace(/[(),|]/g, ''), 'g', '', null, null, null);
  }
  if (extrasCache.size >= 8) extrasCache.clear();
  const lex = getLexicon();
  const extras: Extras = {
    trie,
    soft: lex.soft,
    known: (k: string) => lex.known(k) || vocab.has(k),
    prepare: noPrepare,
  };
  extrasCache.set(cacheKey, extras);
  return extras;
}

// ───────────────────────────── matching

export type ItemCat = Cat | 'u' | 'url' | 'm' | 'e' | 'p' | 'skip' | 'name';

export interface Item {
  cat: ItemCat;
  /** the category before names and conjunctions were resolved */
  orig: ItemCat;
  /** token range [from, to) */
  from: number;
  to: number;
  langs: readonly string[] | null;
}

function isWordish(t: Token): boolean {
  return t.kind === 'w' || t.kind === 'c';
}

/** Fillers skipped in a row inside one phrase, at most. */
const MAX_SOFT_SKIPS = 2;
/** Search states explored per start position, at most (keeps matching linear). */
const MAX_STATES = 48;

// the search stack, shared (matching is synchronous): trie node, token index, fillers skipped
const stackNode = new Int32Array(2 * MAX_STATES + 2);
const stackAt = new Int32Array(2 * MAX_STATES + 2);
const stackSkips = new Int32Array(2 * MAX_STATES + 2);
/** The entry of the last successful `longest` call. */
let found: Entry | null = null;

/**
 * The end of the longest phrase starting at token i (its entry in `found`), or -1. Fillers
 * ("mal", "kurz", "really") may be passed over inside a phrase, so a filler that is also the
 * next word of some other phrase is tried both ways: a small search, bounded per start.
 */
function longest(trie: Trie, ids: Int32Array, soft: KeySet, toks: readonly Token[], i: number, lang: string): number {
  let bestEnd = -1;
  found = null;
  stackNode[0] = 0;
  stackAt[0] = i;
  stackSkips[0] = 0;
  let top = 1;
  let budget = MAX_STATES;
  while (top > 0 && budget-- > 0) {
    top--;
    const node = stackNode[top] as number;
    let j = stackAt[top] as number;
    const skipped = stackSkips[top] as number;
    while (j < toks.length && (toks[j] as Token).kind === 'skip') j++;
    const t = toks[j];
    if (!t || !isWordish(t)) continue;
    if (j > i && skipped < MAX_SOFT_SKIPS && t.kind === 'w' && soft.has(t.key)) {
      // "got a really quick sec": pass over a filler inside a phrase
      stackNode[top] = node;
      stackAt[top] = j + 1;
      stackSkips[top] = skipped + 1;
      top++;
    }
    const id = ids[j] as number;
    const next = id < 0 ? undefined : trie.edges.get(node * KEY_SPACE + id);
    if (next === undefined) continue;
    const e = trie.entries[next];
    if (e && j + 1 > bestEnd && !(e.notIn && lang && e.notIn.includes(lang))) {
      bestEnd = j + 1;
      found = e;
    }
    stackNode[top] = next;
    stackAt[top] = j + 1;
    stackSkips[top] = 0;
    top++;
  }
  return bestEnd;
}

/**
 * Unknown words (a Han character counts ½, other unspaced characters ⅓) after which a message
 * surely carries content: matching stops and the rest becomes one unknown item.
 */
const CONTENT_ENOUGH = 12;

/** Items of a message; `decided` when matching stopped early because content is certain. */
export interface Match {
  items: Item[];
  decided: boolean;
}

export function matchItems(toks: readonly Token[], lex: Lexicon, extras: Extras | null, lang: string): Match {
  const items: Item[] = [];
  lex.prepare(toks);
  const ids = keyIds(lex.trie, toks);
  const extraIds = extras ? keyIds(extras.trie, toks) : null;
  let unknown = 0;
  for (let i = 0; i < toks.length; ) {
    const t = toks[i] as Token;
    if (!isWordish(t)) {
      const cat = t.kind as ItemCat;
      items.push({ cat, orig: cat, from: i, to: i + 1, langs: null });
      i++;
      continue;
    }
    let end = longest(lex.trie, ids, lex.soft, toks, i, lang);
    let entry = found;
    if (extras && extraIds) {
      const x = longest(extras.trie, extraIds, extras.soft, toks, i, lang);
      if (x > 0 && x >= end) {
        end = x;
        entry = found;
      }
    }
    if (end > 0 && entry) {
      items.push({ cat: entry.cat, orig: entry.cat, from: i, to: end, langs: entry.langs });
      i = end;
    } else {
      unknown += t.kind === 'c' ? t.weight : 1;
      if (unknown > CONTENT_ENOUGH) {
        items.push({ cat: 'u', orig: 'u', from: i, to: toks.length, langs: null });
        return { items, decided: true };
      }
      items.push({ cat: 'u', orig: 'u', from: i, to: i + 1, langs: null });
      i++;
    }
  }
  return { items, decided: false };
}
