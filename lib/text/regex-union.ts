/**
 * RegexUnion: a long alternation of regular expressions that compiles lazily, piece by piece,
 * with exactly the matches of one `new RegExp(parts.join('|'), flags)`. Used by the word rules
 * of lib/meeting/ (agenda, status titles, conference boilerplate).
 */

// ---------------------------------------------------------------------------------------
//
// The rules of agenda.ts and status-titles.ts are long alternations of words in ten
// languages, most with the word boundaries (?<![\p{L}\p{N}]) … (?![\p{L}\p{N}]) under the
// `iu` flags. Compiled as single expressions they cost 100–300 ms on first use (a case-
// insensitive Unicode letter class is expensive, and there are dozens). A RegexUnion gives
// exactly the result of `new RegExp(parts.join('|'), flags)` but:
//  - compiles a part only when first needed, and skips a part when the text lacks every one
//    of its anchors (literal strings, one of which any match contains; read off the part's
//    source, and compared with the lower-cased text);
//  - for a part with \p{L} or \p{N}, uses explicit classes of the letters the part's rules
//    contain, and matches on a copy of the text (same length) in which any other letter is
//    replaced by a placeholder letter (ǂ) and any other number by a placeholder digit (߀):
//    for such a part, every other letter behaves alike, so the result is the same;
//  - compiles a part written in lower case without the `i` flag, and matches it on the text
//    in lower case (same length; "ſ" as "s", "İ" kept): cheaper to compile, same matches.
// test/unit/first-call-rules.test.ts checks both against the single expressions.

/** A match of a RegexUnion: like RegExpExecArray's index, [0] and groups, from the original text. */
export interface UnionMatch {
  index: number;
  /** the matched text */
  text: string;
  groups: Record<string, string | undefined> | undefined;
}

interface UnionPart {
  index: number;
  /** ids of the part's anchors (see anchorsOf), or null when it has none (always tried) */
  anchors: number[] | null;
  /** (known once compiled) \p{L} / \p{N} narrowed to the union's letters, on the folded text */
  narrow: boolean;
  /** (known once compiled) without the `i` flag, on the text in lower case */
  caseless: boolean;
  re: RegExp | null;
}

// Anchors of all unions, indexed by their first one or two characters (with bitmaps of the
// characters and pairs that start one, to pass over the others quickly).
const anchorIds = new Map<string, number>();
const anchorText: string[] = [];
const anchorsByPair = new Map<number, number[]>();
const anchorsByChar = new Map<number, number[]>();
const startsSingle = new Uint8Array(65536);
const startsPair = new Uint8Array(65536);
const pairHash = (a: number, b: number): number => (a * 31 + b) & 0xffff;
let anchorVersion = 0;

function anchorId(text: string): number {
  let id = anchorIds.get(text);
  if (id === undefined) {
    id = anchorText.length;
    anchorIds.set(text, id);
    anchorText.push(text);
    const first = text.charCodeAt(0);
    const single = text.length === 1;
    const bucket = single ? anchorsByChar : anchorsByPair;
    const key = single ? first : first * 65536 + text.charCodeAt(1);
    if (single) startsSingle[first] = 1;
    else startsPair[pairHash(first, text.charCodeAt(1))] = 1;
    const list = bucket.get(key);
    if (list) list.push(id);
    else bucket.set(key, [id]);
    anchorVersion++;
  }
  return id;
}

/** Lower case for the anchor check: a case-insensitive match of an anchor's letter is found in it. */
export function lowerForAnchors(text: string): string {
  const lower = text.toLowerCase();
  // (the long s folds to s, but has no lower-case form of its own)
  return lower.includes('ſ') ? lower.replace(/ſ/g, 's') : lower;
}

/**
 * Which anchors occur in a text (ids). The last few texts are kept: each line is read by
 * several rules, also in pieces (a list item, a label), and the anchors of a line include
 * those of its pieces (more anchors only means more parts tried).
 */
const scans: { text: string; lower: string; version: number; hits: number[] }[] = [];
const KEPT_SCANS = 8;
let seen = new Int32Array(1024);
let scanCount = 0;

function anchorsIn(text: string): number[] {
  for (const s of scans) if (s.text === text && s.version === anchorVersion) return s.hits;
  const lower = lowerForAnchors(text);
  for (const s of scans) if (s.version === anchorVersion && s.lower.includes(lower)) return s.hits;
  const hits: number[] = [];
  if (seen.length < anchorText.length) seen = new Int32Array(anchorText.length * 2);
  const scan = ++scanCount;
  const note = (id: number): void => {
    if (seen[id] !== scan) {
      seen[id] = scan;
      hits.push(id);
    }
  };
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (startsSingle[c] === 1) for (const id of anchorsByChar.get(c) ?? []) note(id);
    const d = lower.charCodeAt(i + 1);
    if (startsPair[pairHash(c, d)] === 1) {
      for (const id of anchorsByPair.get(c * 65536 + d) ?? [])
        if (lower.startsWith(anchorText[id] as string, i)) note(id);
    }
  }
  if (scans.length >= KEPT_SCANS) scans.shift();
  scans.push({ text, lower, version: anchorVersion, hits });
  return hits;
}

// --- reading a part's source

/** Index just past the class that starts at `i` ("["). */
function classEnd(src: string, i: number): number {
  let k = i + 1;
  while (k < src.length && src.charCodeAt(k) !== 93 /* ] */) k += src.charCodeAt(k) === 92 /* \ */ ? 2 : 1;
  return k + 1;
}

/** The quantifier at `i`: [its minimum, index after it], or null. */
function quantifier(src: string, i: number): [number, number] | null {
  const c = src.charCodeAt(i);
  let min: number;
  let end: number;
  if (c === 63 /* ? */ || c === 42 /* * */) [min, end] = [0, i + 1];
  else if (c === 43 /* + */) [min, end] = [1, i + 1];
  else if (c === 123 /* { */) {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(i, i + 12));
    if (!m) return null;
    [min, end] = [Number(m[1]), i + m[0].length];
  } else return null;
  return [min, src.charCodeAt(end) === 63 ? end + 1 : end];
}

/** Index of the ")" that closes the group opened at `i` (or the end). */
function groupEnd(src: string, i: number): number {
  let depth = 0;
  for (let k = i; k < src.length; ) {
    const c = src.charCodeAt(k);
    if (c === 92 /* \ */) k += 2;
    else if (c === 91 /* [ */) k = classEnd(src, k);
    else {
      if (c === 40) depth++;
      else if (c === 41 && --depth === 0) return k;
      k++;
    }
  }
  return src.length;
}

/** Index of the "|" or ")" that ends the alternative going on at `i` (or the end). */
function alternativeEnd(src: string, i: number): number {
  let depth = 0;
  for (let k = i; k < src.length; ) {
    const c = src.charCodeAt(k);
    if (c === 92 /* \ */) k += 2;
    else if (c === 91 /* [ */) k = classEnd(src, k);
    else {
      if (c === 40) depth++;
      else if (c === 41) {
        if (depth === 0) return k;
        depth--;
      } else if (c === 124 && depth === 0) return k;
      k++;
    }
  }
  return src.length;
}

/** Anchors this long are good enough: the rest of an alternative is not read. */
const GOOD_ANCHOR = 3;
/** A group of plain alternatives, "(?:goal|goals|purpose)": its alternatives are its anchors. */
const PLAIN_GROUP = /\(\?:([^\\()[\]{}|?*+.^$]+(?:\|[^\\()[\]{}|?*+.^$]+)*)\)/y;

/** One group (or the whole source) while reading it: its alternatives' anchors so far. */
interface AnchorFrame {
  /** anchors of the alternatives read so far; null once one has none */
  union: string[] | null;
  /** the best anchors of the current alternative, and their shortest length */
  best: string[] | null;
  score: number;
  /** literal characters read in a row */
  run: string;
}

function newFrame(): AnchorFrame {
  return { union: [], best: null, score: 0, run: '' };
}

function consider(f: AnchorFrame, set: string[]): void {
  let shortest = Infinity;
  for (const s of set) if (s.length < shortest) shortest = s.length;
  if (shortest > f.score || (shortest === f.score && f.best && set.length < f.best.length)) {
    f.best = set;
    f.score = shortest;
  }
}

function endRun(f: AnchorFrame): void {
  if (f.run) consider(f, [f.run]);
  f.run = '';
}

function endAlternative(f: AnchorFrame): void {
  endRun(f);
  if (f.union && f.best) for (const a of f.best) f.union.push(a);
  else f.union = null;
  f.best = null;
  f.score = 0;
}

/** Characters with a meaning in a regular expression: ( ) [ ] { } | ? * + . ^ $ \ */
const SPECIAL = new Uint8Array(128);
for (const c of '()[]{}|?*+.^$\\') SPECIAL[c.charCodeAt(0)] = 1;
const isSpecial = (c: number): boolean => c < 128 && SPECIAL[c] === 1;

const PLAIN_LITERAL = /^[^\\()[\]{}|?*+.^$]+$/;
/** Words separated by \s+ or [\s-]* (word lists with spaces, escaped): their longest word is the anchor. */
const SPACED_WORDS = /^(?:[^\\()[\]{}|?*+.^$]|\\s\+|\[\\s-\]\*)+$/;
const SPACE_TOKEN = /\\s\+|\[\\s-\]\*/;

/**
 * Anchors of a regular expression source: literal strings (lower-cased) one of which every
 * match contains, or null when it has none. Each alternative gives the strings of one of its
 * required parts: a run of literal characters, or a group whose alternatives all have anchors.
 * (One pass over the source, with a stack of open groups.)
 */
export function anchorsOf(src: string): string[] | null {
  if (PLAIN_LITERAL.test(src)) return [src.toLowerCase()];
  if (SPACED_WORDS.test(src)) {
    let longest = '';
    for (const word of src.split(SPACE_TOKEN)) if (word.length > longest.length) longest = word;
    return longest ? [longest.toLowerCase()] : null;
  }
  const stack: AnchorFrame[] = [newFrame()];
  let f = stack[0] as AnchorFrame;
  for (let i = 0; i < src.length; ) {
    const c = src.charCodeAt(i);
    if (!isSpecial(c)) {
      if (f.score >= GOOD_ANCHOR && !f.run) {
        i = alternativeEnd(src, i);
        continue;
      }
      // literal characters: the run goes on up to a special one (or a quantified character)
      let k = i + 1;
      while (k < src.length && !isSpecial(src.charCodeAt(k))) k++;
      const q = k < src.length ? quantifier(src, k) : null;
      if (q) {
        // the last character is quantified: it ends the run (kept when required)
        f.run += src.slice(i, q[0] >= 1 ? k : k - 1);
        endRun(f);
        i = q[1];
      } else {
        f.run += src.slice(i, k);
        i = k;
      }
      continue;
    }
    if (c === 40 /* ( */) {
      endRun(f);
      if (f.score >= GOOD_ANCHOR) {
        // anchors enough for this alternative: skip the rest of it
        i = alternativeEnd(src, i);
        continue;
      }
      PLAIN_GROUP.lastIndex = i;
      const plain = PLAIN_GROUP.exec(src);
      if (plain) {
        // (read natively: the common case, a list of words)
        const q = quantifier(src, PLAIN_GROUP.lastIndex);
        i = q ? q[1] : PLAIN_GROUP.lastIndex;
        if (!q || q[0] >= 1) consider(f, (plain[1] as string).split('|'));
        continue;
      }
      let j = i + 1;
      const d = src.charCodeAt(j + 1);
      const e = src.charCodeAt(j + 2);
      const lookaround =
        src.charCodeAt(j) === 63 /* ? */ &&
        (d === 61 /* = */ || d === 33 /* ! */ || (d === 60 /* < */ && (e === 61 || e === 33)));
      const close = groupEnd(src, i);
      const q = quantifier(src, close + 1);
      if (lookaround || (q && q[0] === 0)) {
        // a lookaround matches no text, an optional group may match none: skip it
        i = q ? q[1] : close + 1;
        continue;
      }
      if (src.charCodeAt(j) === 63 /* ? */) j = d === 58 /* : */ ? j + 2 : src.indexOf('>', j) + 1;
      f = newFrame();
      stack.push(f);
      i = j;
      continue;
    }
    if (c === 124 /* | */) {
      endAlternative(f);
      i++;
      continue;
    }
    if (c === 41 /* ) */) {
      endAlternative(f);
      const group = stack.pop() as AnchorFrame;
      f = stack[stack.length - 1] as AnchorFrame;
      const q = quantifier(src, i + 1);
      i = q ? q[1] : i + 1;
      if (group.union && group.union.length > 0 && (!q || q[0] >= 1)) consider(f, group.union);
      continue;
    }
    let literal = '';
    let next = i + 1;
    if (c === 91 /* [ */) {
      next = classEnd(src, i);
    } else if (c === 92 /* \ */) {
      const d = src.charCodeAt(i + 1);
      next = i + 2;
      const word = (d >= 48 && d <= 57) || (d >= 65 && d <= 90) || (d >= 97 && d <= 122);
      if (!word) literal = src.charAt(i + 1);
      else if ((d === 112 || d === 80 || d === 117) && src.charCodeAt(next) === 123) next = src.indexOf('}', next) + 1;
      else if (d === 117) next += 4;
      else if (d === 120) next += 2;
    }
    // (anything else here: . ^ $ or a stray quantifier; no literal)
    const q = quantifier(src, next);
    i = q ? q[1] : next;
    if (!literal) {
      endRun(f);
    } else if (q) {
      if (q[0] >= 1) f.run += literal;
      endRun(f);
    } else {
      f.run += literal;
    }
  }
  const top = stack[0] as AnchorFrame;
  endAlternative(top);
  return top.union && top.union.length > 0 ? [...new Set(top.union.map((a) => a.toLowerCase()))] : null;
}

// --- letters outside a part's rules, replaced by placeholders

const P_LETTER = /\p{L}/u;
const P_NUMBER = /\p{N}/u;
const PLACEHOLDER_LETTER = '\u01C2';
const PLACEHOLDER_NUMBER = '\u07C0';
const PLACEHOLDER_LETTER_ASTRAL = '\u{10000}';
const PLACEHOLDER_NUMBER_ASTRAL = '\u{1D7CE}';
// biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range starts at NUL on purpose
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/**
 * The text in lower case, character by character (same length): what a case-insensitive
 * match of a lower-case rule sees alike. "İ" stays (its lower case is two characters, and
 * it matches no "i"); "ſ" becomes "s" (it matches "s"). test/unit/first-call-rules.test.ts
 * checks every code point.
 */
export function foldCase(text: string): string {
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  let out = text.includes('\u0130')
    ? text
        .split('\u0130')
        .map((piece) => piece.toLowerCase())
        .join('\u0130')
    : text.toLowerCase();
  if (out.includes('ſ')) out = out.replace(/ſ/g, 's');
  return out;
}

/** 1 for a letter, 2 for a number, as [\p{L}] / [\p{N}] match them with the `i` flag. */
function letterOrNumber(ch: string): number {
  // (U+0345 is a mark, but folds to ι: with `i`, [\p{L}] matches it)
  return P_LETTER.test(ch) || ch === '\u0345' ? 1 : P_NUMBER.test(ch) ? 2 : 0;
}

interface Narrowing {
  letters: string;
  numbers: string;
  /** the union's letters and digits (and their case variants) */
  keep: RegExp;
  /** by code point: 0 kept, 1 placeholder letter, 2 placeholder number */
  seen: Map<number, number>;
  last: { text: string; folded: string } | null;
}

function narrowing(sources: readonly string[], flags: string): Narrowing {
  const letters = new Set<string>();
  const numbers = new Set<string>();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: everything beyond ASCII, NUL included in the range
  for (const ch of new Set(sources.join('').match(/[^\x00-\x7f]/gu) ?? [])) {
    const kind = letterOrNumber(ch);
    if (kind === 1) {
      letters.add(ch);
      // (and its lower case: what a caseless part sees)
      const lower = ch.toLowerCase();
      if (lower.length === ch.length && letterOrNumber(lower) === 1) letters.add(lower);
    } else if (kind === 2) numbers.add(ch);
  }
  const l = `a-zA-Z${[...letters].join('')}`;
  const n = `0-9${[...numbers].join('')}`;
  return {
    letters: `${l}${PLACEHOLDER_LETTER}${PLACEHOLDER_LETTER_ASTRAL}`,
    numbers: `${n}${PLACEHOLDER_NUMBER}${PLACEHOLDER_NUMBER_ASTRAL}`,
    keep: new RegExp(`[${l}${n}]`, flags.includes('i') ? 'iu' : 'u'),
    seen: new Map(),
    last: null,
  };
}

/** The text with each letter (number) the part's rules cannot name replaced by a placeholder. */
function foldForNarrowing(nw: Narrowing, text: string): string {
  if (ASCII_ONLY.test(text)) return text;
  if (nw.last && nw.last.text === text) return nw.last.folded;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    if (cp >= 128) {
      let kind = nw.seen.get(cp);
      if (kind === undefined) {
        const ch = String.fromCodePoint(cp);
        kind = nw.keep.test(ch) ? 0 : letterOrNumber(ch);
        if (nw.seen.size >= 4096) nw.seen.clear();
        nw.seen.set(cp, kind);
      }
      if (kind !== 0) {
        out += text.slice(from, i);
        out +=
          kind === 1
            ? width === 2
              ? PLACEHOLDER_LETTER_ASTRAL
              : PLACEHOLDER_LETTER
            : width === 2
              ? PLACEHOLDER_NUMBER_ASTRAL
              : PLACEHOLDER_NUMBER;
        from = i + width;
      }
    }
    i += width;
  }
  const folded = from === 0 ? text : out + text.slice(from);
  nw.last = { text, folded };
  return folded;
}

/** \p{L} and \p{N} in a source replaced by the narrowed classes (inside a class or as one). */
function narrowSource(src: string, nw: Narrowing): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; ) {
    const c = src[i] as string;
    if (c === '\\') {
      const esc = src.slice(i, i + 5);
      if (esc === '\\p{L}' || esc === '\\p{N}') {
        const members = esc === '\\p{L}' ? nw.letters : nw.numbers;
        out += inClass ? members : `[${members}]`;
        i += 5;
        continue;
      }
      out += src.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
    i++;
  }
  return out;
}

const NARROWABLE = /\\p\{[LN]\}/;
const OTHER_PROPERTY = /\\[pP]\{(?![LN]\})/;
const ANY_PROPERTY = /\\[pP]\{/;
const ESCAPES = /\\(?:[pPu]\{[^}]*\}|[\s\S])/g;

const ascending = (a: number, b: number): number => a - b;
const narrowable = (source: string): boolean => NARROWABLE.test(source) && !OTHER_PROPERTY.test(source);

/** `new RegExp(parts.join('|'), flags)`, compiled piece by piece (see above). */
export class RegexUnion {
  /** Every union made (for tests and tools). */
  static readonly all: RegexUnion[] = [];
  readonly flags: string;
  /** for each part, a required piece of it to read anchors from (by default the part) */
  readonly keys: readonly string[];
  /** for a union made by `around`: what comes before and after each word */
  private readonly wrap: readonly [string, string] | null;
  private list: readonly string[] | null;
  private parts: UnionPart[] | null = null;
  /** the parts (indexes) with each anchor, and the parts without anchors (tried always) */
  private byAnchor = new Map<number, number[]>();
  private always: number[] = [];
  private mark = new Int32Array(0);
  private markCount = 0;
  private found: number[] = [];
  private nw: Narrowing | null = null;
  /** the last text prepared for parts that are narrow (1), caseless (2), or both (3) */
  private inputs: ({ text: string; out: string } | undefined)[] = [];

  /**
   * `keys` (optional): for each part, a piece of its source that every match of the part must
   * match, e.g. the word in `(?<![\p{L}\p{N}])(?:word)(?![\p{L}\p{N}])`: anchors are read off
   * it, which is quicker than off the whole part.
   */
  constructor(
    parts: readonly string[] | null,
    flags: string,
    keys?: readonly string[],
    wrap?: readonly [string, string],
  ) {
    this.list = parts;
    this.flags = flags;
    this.keys = keys ?? parts ?? [];
    this.wrap = wrap ?? null;
    RegexUnion.all.push(this);
  }

  /** The parts' sources (for a union made by `around`, made when first asked for). */
  get sources(): readonly string[] {
    this.list ??= this.keys.map((_, i) => this.sourceAt(i));
    return this.list;
  }

  private sourceAt(i: number): string {
    return this.list ? (this.list[i] as string) : `${this.wrap?.[0]}(?:${this.keys[i]})${this.wrap?.[1]}`;
  }

  /** Whether part i has \p{L} / \p{N} to narrow (see narrowSource). */
  private narrowableAt(i: number): boolean {
    if (!this.wrap) return narrowable(this.sourceAt(i));
    const [before, after] = this.wrap;
    const key = this.keys[i] as string;
    const some = (re: RegExp): boolean => re.test(before) || re.test(key) || re.test(after);
    return some(NARROWABLE) && !some(OTHER_PROPERTY);
  }

  /**
   * The union of `${before}(?:${word})${after}` for each word, in order. (`before` and `after`
   * have no top-level "|": each part needs its word, so anchors are read off the word alone.)
   */
  static around(before: string, words: readonly string[], after: string, flags: string): RegexUnion {
    return new RegexUnion(null, flags, words, [before, after]);
  }

  private get ready(): UnionPart[] {
    if (!this.parts) {
      this.parts = this.keys.map((key, i) => {
        const anchors = anchorsOf(key);
        const ids = anchors?.every((a) => a.length > 0) ? anchors.map(anchorId) : null;
        if (!ids) this.always.push(i);
        for (const id of ids ?? []) {
          const list = this.byAnchor.get(id);
          if (!list) this.byAnchor.set(id, [i]);
          else if (list[list.length - 1] !== i) list.push(i);
        }
        return { index: i, anchors: ids, narrow: false, caseless: false, re: null };
      });
      this.mark = new Int32Array(this.parts.length);
    }
    return this.parts;
  }

  /** The parts that can match `text` (its anchors occur in it), in order (indexes). */
  private candidates(text: string): number[] {
    this.ready;
    const hits = anchorsIn(text);
    const found = this.found;
    found.length = 0;
    const mark = ++this.markCount;
    for (const i of this.always) {
      this.mark[i] = mark;
      found.push(i);
    }
    for (let h = 0; h < hits.length; h++) {
      const list = this.byAnchor.get(hits[h] as number);
      if (list === undefined) continue;
      for (let k = 0; k < list.length; k++) {
        const i = list[k] as number;
        if (this.mark[i] !== mark) {
          this.mark[i] = mark;
          found.push(i);
        }
      }
    }
    if (found.length > 1) found.sort(ascending);
    return found;
  }

  private compiled(part: UnionPart): RegExp {
    if (!part.re) {
      const source = this.sourceAt(part.index);
      part.narrow = this.narrowableAt(part.index);
      const bare = source.replace(ESCAPES, '');
      // (only with `u`: without it, `i` compares upper cases, and "ſ" matches no "s")
      part.caseless =
        this.flags.includes('i') &&
        this.flags.includes('u') &&
        (part.narrow || !ANY_PROPERTY.test(source)) &&
        bare === bare.toLowerCase() &&
        bare.toUpperCase().toLowerCase() === bare;
      let flags = part.caseless ? this.flags.replace('i', '') : this.flags;
      // (groups are read by position in the original text)
      if ((part.narrow || part.caseless) && /\(\?<[A-Za-z]/.test(source)) flags += 'd';
      if (part.narrow) {
        // the letters of the narrowable parts (of their words, for a union made by `around`)
        this.nw ??= narrowing(
          this.keys.filter((_, i) => this.narrowableAt(i)).concat(this.wrap ? [...this.wrap] : []),
          this.flags,
        );
      }
      part.re = new RegExp(part.narrow ? narrowSource(source, this.nw as Narrowing) : source, flags);
    }
    return part.re;
  }

  /** The text as a part matches it: folded for narrow parts, in lower case for caseless ones. */
  private input(part: UnionPart, text: string): string {
    if (!part.narrow && !part.caseless) return text;
    const kind = (part.narrow ? 1 : 0) + (part.caseless ? 2 : 0);
    const last = this.inputs[kind];
    if (last && last.text === text) return last.out;
    let out = part.narrow ? foldForNarrowing(this.nw as Narrowing, text) : text;
    if (part.caseless) out = foldCase(out);
    this.inputs[kind] = { text, out };
    return out;
  }

  /** Like RegExp.prototype.exec of the whole alternation: the leftmost match, the first part there. */
  exec(text: string): UnionMatch | null {
    let best: RegExpExecArray | null = null;
    let bestPart: UnionPart | null = null;
    const parts = this.ready;
    const found = this.candidates(text);
    for (let k = 0; k < found.length; k++) {
      const part = parts[found[k] as number] as UnionPart;
      const re = this.compiled(part);
      re.lastIndex = 0;
      const m = re.exec(this.input(part, text));
      if (m && (!best || m.index < best.index)) {
        best = m;
        bestPart = part;
        if (m.index === 0) break;
      }
    }
    if (!best || !bestPart) return null;
    const index = best.index;
    let groups: Record<string, string | undefined> | undefined = best.groups;
    if (groups && (bestPart.narrow || bestPart.caseless)) {
      // the groups' text from the original (the text matched was folded)
      const spans =
        (best as RegExpExecArray & { indices?: { groups?: Record<string, [number, number] | undefined> } }).indices
          ?.groups ?? {};
      groups = Object.fromEntries(
        Object.keys(groups).map((name) => {
          const span = spans[name];
          return [name, span ? text.slice(span[0], span[1]) : undefined];
        }),
      );
    }
    return { index, text: text.slice(index, index + best[0].length), groups };
  }

  /** Like RegExp.prototype.test of the whole alternation. */
  test(text: string): boolean {
    const parts = this.ready;
    const found = this.candidates(text);
    for (let k = 0; k < found.length; k++) {
      const part = parts[found[k] as number] as UnionPart;
      const re = this.compiled(part);
      re.lastIndex = 0;
      if (re.test(this.input(part, text))) return true;
    }
    return false;
  }
}
