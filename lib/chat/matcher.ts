/**
 * The lexicon as a trie, and greedy longest-first matching of a token stream against it.
 * Pure; built once, on first use.
 */
import { CAT_PRIORITY, CATS, LEXICON, SOFT_WORDS, type Cat } from './lexicon';
import { foldKey, tokenize, type Token } from './tokenize';

// ───────────────────────────── lexicon trie

interface Entry {
  readonly cat: Cat;
  readonly langs: readonly string[];
  readonly notIn: readonly string[] | null;
}

/**
 * A trie flattened into one map of numeric edges (node × KEY_SPACE + key id → child node) and
 * an array of entries by node: a few large objects instead of tens of thousands of small
 * ones, which keeps the one-time build and later garbage collections cheap. Node 0 is the root.
 */
interface Trie {
  ids: Map<string, number>;
  edges: Map<number, number>;
  entries: (Entry | undefined)[];
  size: number;
}

const KEY_SPACE = 1 << 20;

export interface Lexicon {
  trie: Trie;
  vocab: Set<string>;
  /** whether a word key is in the lexicon (a stable function: the tokenizer caches by it) */
  known: (key: string) => boolean;
  /** keys that a phrase may contain without spelling them out (one-word fillers, SOFT_WORDS) */
  soft: Set<string>;
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

/** Splits a category string into its phrases (patterns) on top-level commas. */
function splitPatterns(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 0);
}

/** Expands one pattern's "(a|b|)" groups into plain phrases. */
export function expandPattern(pattern: string): string[] {
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

function insertSlots(
  trie: Trie,
  node: number,
  slots: readonly string[][][],
  i: number,
  depth: number,
  cat: Cat,
  lang: string,
  notIn: readonly string[] | null,
): void {
  if (i === slots.length) {
    if (depth > 0) setEntry(trie, node, cat, lang, notIn);
    return;
  }
  for (const alt of slots[i] as string[][]) {
    insertSlots(trie, walkPath(trie, node, alt), slots, i + 1, depth + alt.length, cat, lang, notIn);
  }
}

/** Patterns of the lexicon that cannot match (they contain punctuation or symbols). */
export function lexiconProblems(): string[] {
  getLexicon();
  return problems.slice();
}

let lexicon: Lexicon | null = null;
const problems: string[] = [];

/** A word of a spaced script without apostrophes, hyphens or digits: one token, keyed directly. */
const SIMPLE_WORD_RE = /^(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\u3005\u3006\u30FC\uFF70])[\p{L}\p{M}])+$/u;
/** Kana, CJK ideographs and Hangul syllables without marks: one token per character. */
const SIMPLE_CJK_RE = /^[\u3040-\u309f\u30a0-\u30ff\u4e00-\u9fff\uac00-\ud7a3]+$/;

/** Keys of one space-free chunk of a phrase; null when it holds punctuation or symbols. */
function chunkKeys(chunk: string, vocab: Set<string>, memo: Map<string, string[] | null>): string[] | null {
  let keys = memo.get(chunk);
  if (keys !== undefined) return keys;
  if (SIMPLE_WORD_RE.test(chunk)) {
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

function buildTrie(
  trie: Trie,
  vocab: Set<string>,
  memo: Map<string, string[] | null>,
  list: string,
  cat: Cat,
  lang: string,
  notIn: readonly string[] | null,
  soft: Set<string> | null,
): void {
  const keysOf = (chunk: string): string[] | null => chunkKeys(chunk, vocab, memo);
  for (const pattern of splitPatterns(list)) {
    const slots = parseSlots(pattern, keysOf);
    if (soft && cat === 'f' && slots?.length === 1 && slots[0]?.length === 1 && slots[0][0]?.length === 1) {
      soft.add(slots[0][0][0] as string);
    }
    if (slots) {
      insertSlots(trie, 0, slots, 0, 0, cat, lang, notIn);
      continue;
    }
    for (const phrase of expandPattern(pattern)) {
      const keys: string[] = [];
      let bad = false;
      for (const word of phrase.split(' ')) {
        const k = keysOf(word);
        if (!k) bad = true;
        else keys.push(...k);
      }
      if (bad || keys.length === 0) problems.push(`${lang}/${cat}: ${phrase}`);
      else setEntry(trie, walkPath(trie, 0, keys), cat, lang, notIn);
    }
  }
}

export function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const trie = newTrie();
  const vocab = new Set<string>();
  const memo = new Map<string, string[] | null>();
  const soft = new Set<string>();
  for (const group of LEXICON) {
    for (const cat of CATS) {
      const list = group[cat];
      if (list) buildTrie(trie, vocab, memo, list, cat, group.lang, group.notIn ?? null, soft);
    }
  }
  for (const word of splitPatterns(SOFT_WORDS)) {
    const keys = chunkKeys(word, vocab, memo);
    if (keys?.length === 1) soft.add(keys[0] as string);
  }
  lexicon = { trie, vocab, soft, known: (k) => vocab.has(k) };
  return lexicon;
}

export type Extras = Lexicon;

const extrasCache = new Map<string, Extras>();

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
    if (phrase) buildTrie(trie, vocab, memo, phrase.replace(/[(),|]/g, ''), 'g', '', null, null);
  }
  if (extrasCache.size >= 8) extrasCache.clear();
  const lex = getLexicon();
  const extras = { trie, vocab, soft: lex.soft, known: (k: string) => lex.vocab.has(k) || vocab.has(k) };
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

export function isWordish(t: Token): boolean {
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
function longest(
  trie: Trie,
  ids: Int32Array,
  soft: ReadonlySet<string>,
  toks: readonly Token[],
  i: number,
  lang: string,
): number {
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
