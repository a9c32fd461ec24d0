/**
 * Description cleaning for meeting assessment: HTML to plain text, and removal of the
 * join details that Zoom, Microsoft Teams, Google Meet, Webex, GoToMeeting and the Google
 * Calendar invite e-mail paste into a description. Those lines are never an agenda.
 *
 * Pure string processing: no DOM, no browser or Node APIs. Every function is linear in
 * the length of its input (no regex with nested or overlapping quantifiers) and never
 * throws, whatever the string (lone surrogates, 1 MB of markup, RTL, emoji).
 */

/** Raw input looked at, before HTML is turned into text (markup can be heavy). */
export const MAX_RAW_CHARS = 200_000;
/** Text looked at after HTML conversion: the first 20,000 characters. */
export const MAX_TEXT_CHARS = 20_000;

// ---------------------------------------------------------------------------------------
// HTML → text
// ---------------------------------------------------------------------------------------

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const SKIP_CONTENT_TAGS = new Set(['script', 'style', 'head', 'title', 'template', 'noscript']);

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  bull: '•',
  middot: '·',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  copy: '©',
  reg: '®',
  trade: '™',
  times: '×',
  divide: '÷',
  deg: '°',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  zwnj: '',
  zwj: '',
  shy: '',
  lrm: '',
  rlm: '',
  iexcl: '¡',
  iquest: '¿',
  ordm: 'º',
  ordf: 'ª',
  para: '¶',
  sect: '§',
  rarr: '→',
  larr: '←',
  agrave: 'à',
  aacute: 'á',
  acirc: 'â',
  atilde: 'ã',
  auml: 'ä',
  aring: 'å',
  aelig: 'æ',
  ccedil: 'ç',
  egrave: 'è',
  eacute: 'é',
  ecirc: 'ê',
  euml: 'ë',
  igrave: 'ì',
  iacute: 'í',
  icirc: 'î',
  iuml: 'ï',
  ntilde: 'ñ',
  ograve: 'ò',
  oacute: 'ó',
  ocirc: 'ô',
  otilde: 'õ',
  ouml: 'ö',
  oslash: 'ø',
  ugrave: 'ù',
  uacute: 'ú',
  ucirc: 'û',
  uuml: 'ü',
  yacute: 'ý',
  yuml: 'ÿ',
  szlig: 'ß',
  oelig: 'œ',
  Agrave: 'À',
  Aacute: 'Á',
  Acirc: 'Â',
  Atilde: 'Ã',
  Auml: 'Ä',
  Aring: 'Å',
  AElig: 'Æ',
  Ccedil: 'Ç',
  Egrave: 'È',
  Eacute: 'É',
  Ecirc: 'Ê',
  Euml: 'Ë',
  Iacute: 'Í',
  Icirc: 'Î',
  Ntilde: 'Ñ',
  Oacute: 'Ó',
  Ocirc: 'Ô',
  Ouml: 'Ö',
  Oslash: 'Ø',
  Uacute: 'Ú',
  Ucirc: 'Û',
  Uuml: 'Ü',
  OElig: 'Œ',
};

/** Decode HTML character references; unknown ones are left as they are. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, body: string) => {
    if (body.charCodeAt(0) === 35 /* # */) {
      const hex = body[1] === 'x' || body[1] === 'X';
      const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return '\uFFFD';
      if (code === 160) return ' ';
      return String.fromCodePoint(code);
    }
    const named = NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()];
    return named ?? whole;
  });
}

/** Lower-case ASCII letters only, so indexes stay aligned with the original string. */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

const HTML_BLOCK_HINT = /<(?:br|p|div|li|ul|ol|tr|table|h[1-6])(?:[\s/>])/i;

/** Does `text` look like HTML (a description from a rich-text editor)? */
export function looksLikeHtml(text: string): boolean {
  return (
    HTML_BLOCK_HINT.test(text) ||
    /<\/?(?:a|span|b|strong|i|em|u|font)[\s>]/i.test(text) ||
    /&(?:nbsp|amp|lt|gt|quot|#\d+);/.test(text)
  );
}

/**
 * Turn an HTML description into plain text without a DOM: block-level tags become line
 * breaks, list items start with "• ", links keep their text and, when the text is not the
 * address itself, the address in angle brackets ("Agenda <https://…>"); script and style
 * content is dropped; entities are decoded. Plain text passes through (entities decoded).
 */
export function htmlToText(input: string): string {
  const html = typeof input === 'string' ? input.slice(0, MAX_RAW_CHARS) : '';
  if (!html.includes('<')) return decodeEntities(html);
  const lower = asciiLower(html);
  const out: string[] = [];
  const push = (piece: string) => {
    if (piece) out.push(piece);
  };
  /** Start a new line unless one was just started. */
  const newline = () => {
    const last = out[out.length - 1];
    if (last !== undefined && !last.endsWith('\n')) out.push('\n');
  };
  // Whitespace-only runs between tags are source formatting; line breaks inside text are
  // kept, because descriptions often mix plain-text lines with pasted HTML.
  const pushText = (raw: string) => {
    if (/^\s*$/.test(raw)) {
      if (raw && !/[\r\n]/.test(raw)) push(' ');
      return;
    }
    push(decodeEntities(raw));
  };
  const anchors: { href: string; piece: number }[] = [];
  let textFrom = 0;
  let i = html.indexOf('<');
  while (i !== -1) {
    let next = i + 1;
    if (html.startsWith('<!--', i)) {
      pushText(html.slice(textFrom, i));
      const close = html.indexOf('-->', i + 4);
      textFrom = close === -1 ? html.length : close + 3;
      next = textFrom;
    } else {
      const tag = readTag(html, lower, i);
      if (tag) {
        pushText(html.slice(textFrom, i));
        textFrom = tag.end;
        next = tag.end;
        if (!tag.closing && SKIP_CONTENT_TAGS.has(tag.name)) {
          const close = lower.indexOf(`</${tag.name}`, tag.end);
          const closeEnd = close === -1 ? -1 : html.indexOf('>', close);
          textFrom = closeEnd === -1 ? html.length : closeEnd + 1;
          next = textFrom;
        } else if (tag.name === 'li' && !tag.closing) {
          newline();
          push('• ');
        } else if (tag.name === 'br') {
          push('\n');
        } else if (BLOCK_TAGS.has(tag.name)) {
          if (tag.name === 'td' || tag.name === 'th') push(' ');
          else newline();
        } else if (tag.name === 'a') {
          if (!tag.closing) {
            anchors.push({ href: readHref(html.slice(i, tag.end)), piece: out.length });
          } else {
            const anchor = anchors.pop();
            // Only short link texts are compared, so many links stay linear.
            if (anchor && out.length - anchor.piece <= 40 && /^(?:https?:|mailto:|tel:)/i.test(anchor.href)) {
              const shown = out.slice(anchor.piece).join('');
              if (!shown.includes(anchor.href) && !anchor.href.includes(shown.trim() || '\u0000')) {
                push(` <${anchor.href}>`);
              } else if (!shown.trim()) {
                push(anchor.href);
              }
            }
          }
        }
      }
    }
    if (next >= html.length) break;
    i = html.indexOf('<', next);
  }
  if (textFrom < html.length) pushText(html.slice(textFrom));
  return out.join('');
}

interface Tag {
  name: string;
  closing: boolean;
  end: number;
}

/** Read a tag starting at `start` ("<"), or null when the "<" is plain text ("a < b", "<https://…>"). */
function readTag(html: string, lower: string, start: number): Tag | null {
  let j = start + 1;
  const closing = html[j] === '/';
  if (closing) j++;
  const nameStart = j;
  while (j < html.length && j - nameStart < 20) {
    const c = lower.charCodeAt(j);
    const ok = (c >= 97 && c <= 122) || (j > nameStart && ((c >= 48 && c <= 57) || c === 45));
    if (!ok) break;
    j++;
  }
  if (j === nameStart) return null;
  const after = html[j];
  if (
    after !== undefined &&
    after !== '>' &&
    after !== '/' &&
    after !== ' ' &&
    after !== '\n' &&
    after !== '\t' &&
    after !== '\r'
  )
    return null;
  const end = html.indexOf('>', j);
  if (end === -1 || end - start > 8000) return null;
  return { name: lower.slice(nameStart, j), closing, end: end + 1 };
}

function readHref(tag: string): string {
  const m = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
  if (!m) return '';
  return decodeEntities((m[1] ?? m[2] ?? m[3] ?? '').trim());
}

// ---------------------------------------------------------------------------------------
// Text normalisation
// ---------------------------------------------------------------------------------------

/**
 * Plain text as the rules expect it: one kind of line break, ordinary spaces, no invisible
 * formatting characters, NFKC (full-width "：１．" become ":1."), straight apostrophes.
 */
export function normalizeText(text: string): string {
  let t = text;
  // Escaped ICS text ("Agenda:\n1. …" with literal backslash-n) when there is no real break.
  if (!t.includes('\n') && t.includes('\\n')) t = t.replace(/\\[nN]/g, '\n').replace(/\\([,;\\])/g, '$1');
  t = t
    .replace(/\r\n?|[\u2028\u2029\u0085\v\f]/g, '\n')
    .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g, '')
    .replace(/[\u2018\u2019\u02BC\u2032`´]/g, "'");
  try {
    t = t.normalize('NFKC');
  } catch {
    // normalize never throws on strings in practice; keep the text as it is if it does.
  }
  return t;
}

/**
 * A description as the rules read it: HTML converted to text when it looks like HTML,
 * normalised (see normalizeText), and cut to the first MAX_TEXT_CHARS characters.
 */
export function prepareDescription(input: string): string {
  const source = typeof input === 'string' ? input.slice(0, MAX_RAW_CHARS) : '';
  const text = looksLikeHtml(source) ? htmlToText(source) : source;
  return normalizeText(text.slice(0, MAX_TEXT_CHARS + 1000)).slice(0, MAX_TEXT_CHARS);
}

// ---------------------------------------------------------------------------------------
// Text with no letters beyond ASCII
// ---------------------------------------------------------------------------------------

const P_LETTER_MARK_NUMBER = /[\p{L}\p{M}\p{N}]/u;
const P_CJK_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const plainSeen = new Map<number, boolean>();

/**
 * Whether no character of `text` outside ASCII is a letter, a mark, a number or of a CJK
 * script ("Budget — Q3 •", emoji are fine). On such text an expression's \p{L}, \p{N} and
 * \p{M} match what their ASCII members match (and CJK classes nothing): the rules then use
 * ASCII versions, which compile in a fraction of the time.
 */
export function asciiLettersOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 128) continue;
    const cp = text.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    let plain = plainSeen.get(cp);
    if (plain === undefined) {
      const ch = String.fromCodePoint(cp);
      plain = !P_LETTER_MARK_NUMBER.test(ch) && !P_CJK_SCRIPT.test(ch);
      if (plainSeen.size >= 4096) plainSeen.clear();
      plainSeen.set(cp, plain);
    }
    if (!plain) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------
// Large word rules, compiled piece by piece
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
    return (this.list ??= this.keys.map((_, i) => this.sourceAt(i)));
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

// ---------------------------------------------------------------------------------------
// Conference boilerplate
// ---------------------------------------------------------------------------------------

/** Hosts and paths whose links are join details, never content. */
const CONFERENCE_LINK_PARTS = [
  'zoom.us',
  'zoom.com',
  'zoomgov.com',
  'zoomcrc.com',
  'teams.microsoft.com',
  'teams.live.com',
  'aka.ms/jointeamsmeeting',
  'dialin.teams',
  'mysettings.lync.com',
  'lync.com',
  'microsoft-teams',
  'meet.google.com',
  'tel.meet',
  'g.co/meet',
  'support.google.com/a/users/answer/9282720',
  'calendar.google.com',
  'support.google.com/calendar',
  'webex.com',
  'gotomeeting.com',
  'gotomeet.me',
  'meet.goto.com',
  'global.gotomeeting',
  'bluejeans.com',
  'chime.aws',
  'meet.jit.si',
  'whereby.com',
  'join.skype.com',
  'meet.lync.com',
  'ringcentral.com/j',
  'meetings.ringcentral',
  'around.co/',
  'pexip.me',
];

/** Whole lines (lower-cased, without bullets and trailing punctuation) that are join details. */
const BOILERPLATE_LINES = new Set([
  // Zoom
  'join zoom meeting',
  'join the zoom meeting',
  'one tap mobile',
  'dial by your location',
  'join by sip',
  'join by h.323',
  'join by skype for business',
  'join instructions',
  'join our cloud hd video meeting',
  'meeting url',
  'find your local number',
  'zoom-meeting beitreten',
  'schnelleinwahl mobil',
  'einwahl nach aktuellem standort',
  'ortseinwahl suchen',
  'über sip beitreten',
  'über h.323 beitreten',
  'participer à la réunion zoom',
  "une seule touche sur l'appareil mobile",
  'appareil mobile à une touche',
  'composez un numéro en fonction de votre emplacement',
  'composer selon votre emplacement',
  'trouvez votre numéro local',
  'rejoindre la réunion zoom',
  'unirse a la reunión zoom',
  'unirse a la reunión de zoom',
  'móvil con un toque',
  'marcar según su ubicación',
  'marque según su ubicación',
  'busque su número local',
  'entrar na reunião zoom',
  'ingressar na reunião zoom',
  'toque único no celular',
  'disque de acordo com sua localização',
  'encontre seu número local',
  'partecipa alla riunione zoom',
  'entra nella riunione zoom',
  'deelnemen aan zoom-vergadering',
  'zoomミーティングに参加する',
  '加入 zoom 会议',
  '加入zoom会议',
  'zoom 회의 참가',
  // Microsoft Teams
  'microsoft teams meeting',
  'microsoft teams',
  'microsoft teams need help',
  'join on your computer, mobile app or room device',
  'join on your computer or mobile app',
  'join on your computer or mobile device',
  'click here to join the meeting',
  'join the meeting now',
  'join meeting',
  'join the meeting',
  'download teams | join on the web',
  'learn more | meeting options',
  'learn more',
  'more info',
  'meeting options',
  'or call in (audio only)',
  'dial in by phone',
  'find a local number | reset pin',
  'find a local number',
  'reset pin',
  'reset dial-in pin',
  'join with a video conferencing device',
  'join on a video conferencing device',
  'for organizers: meeting options | reset dial-in pin',
  'need help',
  'video conferencing device',
  'microsoft teams-besprechung',
  'nehmen sie von ihrem computer, ihrer mobilen app oder ihrem raumgerät aus teil',
  'klicken sie hier, um an der besprechung teilzunehmen',
  'teams herunterladen | im web beitreten',
  'weitere infos | besprechungsoptionen',
  'weitere informationen | besprechungsoptionen',
  'oder rufen sie an (nur audio)',
  'lokale nummer suchen | pin zurücksetzen',
  'jetzt an der besprechung teilnehmen',
  'réunion microsoft teams',
  'rejoindre sur votre ordinateur, application mobile ou appareil de salle',
  "participer à partir de votre ordinateur, de votre application mobile ou de l'appareil de la salle",
  'cliquez ici pour participer à la réunion',
  'télécharger teams | rejoindre sur le web',
  'en savoir plus | options de réunion',
  'ou appelez (audio seulement)',
  'ou appelez (audio uniquement)',
  'rechercher un numéro local | réinitialiser le code pin',
  'rejoindre la réunion maintenant',
  'reunión de microsoft teams',
  'únase a través de su ordenador, aplicación móvil o dispositivo de sala',
  'unirse desde el equipo, la aplicación móvil o el dispositivo de sala',
  'haga clic aquí para unirse a la reunión',
  'descargar teams | unirse en la web',
  'más información | opciones de reunión',
  'o llame (solo audio)',
  'o llamar (solo audio)',
  'buscar un número local | restablecer pin',
  'unirse a la reunión ahora',
  'reunião do microsoft teams',
  'ingressar no seu computador, aplicativo móvel ou dispositivo de sala',
  'clique aqui para ingressar na reunião',
  'baixar o teams | ingressar na web',
  'saiba mais | opções de reunião',
  'ou ligue para (somente áudio)',
  'ingressar na reunião agora',
  'riunione di microsoft teams',
  'partecipa da computer, app per dispositivi mobili o dispositivo della sala',
  'fai clic qui per partecipare alla riunione',
  'scarica teams | partecipa sul web',
  'altre informazioni | opzioni riunione',
  'o chiama (solo audio)',
  'partecipa alla riunione ora',
  'microsoft teams-vergadering',
  'deelnemen op uw computer, mobiele app of ruimteapparaat',
  'klik hier om deel te nemen aan de vergadering',
  'teams downloaden | deelnemen op het web',
  'meer informatie | vergaderopties',
  'of bel in (alleen audio)',
  'nu deelnemen aan de vergadering',
  'microsoft teams 会議',
  'microsoft teams 会议',
  'microsoft teams 회의',
  // Google Meet and the Google Calendar invite
  'join with google meet',
  'join google meet',
  'join by phone',
  'more phone numbers',
  'view more phone numbers',
  'or dial',
  'please do not edit this section',
  'join by phone (us)',
  'mit google meet teilnehmen',
  'über google meet teilnehmen',
  'telefonisch teilnehmen',
  'weitere telefonnummern',
  'oder wählen sie',
  'bitte bearbeiten sie diesen abschnitt nicht',
  'bitte diesen abschnitt nicht bearbeiten',
  'participer avec google meet',
  'rejoindre avec google meet',
  'participer par téléphone',
  'autres numéros de téléphone',
  'ou composez le',
  'ou appelez le',
  'veuillez ne pas modifier cette section',
  'unirse con google meet',
  'unirse por teléfono',
  'más números de teléfono',
  'o marca el',
  'o marcar',
  'no edites esta sección',
  'no modifiques esta sección',
  'participar com o google meet',
  'participar por telefone',
  'mais números de telefone',
  'ou disque',
  'não edite esta seção',
  'partecipa con google meet',
  'partecipa per telefono',
  'altri numeri di telefono',
  'oppure componi',
  'non modificare questa sezione',
  'deelnemen met google meet',
  'deelnemen via telefoon',
  'meer telefoonnummers',
  'of bel',
  'bewerk deze sectie niet',
  'google meet に参加',
  'google meetに参加',
  '電話で参加',
  'その他の電話番号',
  'このセクションは編集しないでください',
  '使用 google meet 加入',
  '加入 google meet',
  '通过电话加入',
  '更多电话号码',
  '请勿修改此部分',
  '請勿修改此部分',
  'google meet으로 참여',
  'google meet 참여',
  '전화로 참여',
  '전화번호 더보기',
  '이 섹션을 수정하지 마세요',
  'invitation from google calendar',
  'einladung von google kalender',
  'invitation de google agenda',
  'invitación de google calendar',
  'convite do google agenda',
  'invito da google calendar',
  'uitnodiging van google agenda',
  'view all guest info',
  'more options',
  'reply for',
  'yes',
  'no',
  'maybe',
  'rsvp',
  'going',
  'going?',
  // Webex
  'join webex meeting',
  'join webex',
  'join meeting now',
  'join from the meeting link',
  'join by meeting number',
  'tap to join from a mobile device (attendees only)',
  'tap to call in from a mobile device (attendees only)',
  'tap to call in from a mobile device',
  'global call-in numbers',
  'toll-free calling restrictions',
  'join from a video system or application',
  'join using microsoft lync or microsoft skype for business',
  'join from a mobile device (attendees only)',
  'join by video system',
  'webex-meeting beitreten',
  'rejoindre la réunion webex',
  'entrar a la reunión de webex',
  'unirse a la reunión webex',
  'united states toll',
  'united states toll free',
  'us toll',
  'us toll free',
  'toll',
  'toll free',
  // GoToMeeting and others
  'please join my meeting from your computer, tablet or smartphone',
  'you can also dial in using your phone',
  'join from a video-conferencing room or system',
  'get the app now and be ready when your first meeting starts',
  'join my meeting',
  'join with skype for business',
  'join skype meeting',
  'trouble joining? try skype web app',
  'join by phone instead',
  'dial-in numbers',
  'dial in numbers',
  'dial-in',
  'dial in',
  'call-in numbers',
  'einwahlnummern',
  "numéros d'accès",
  'números de acceso',
  'zoom meeting',
  'zoom-meeting',
  'zoom link',
  'teams link',
  'meet link',
  'webex link',
  'video call link',
  'video call',
  'videocall',
  // parts of "A | B" lines
  'download teams',
  'join on the web',
  'find a local number',
  'reset pin',
  'toll-free calling restrictions',
  'teams herunterladen',
  'im web beitreten',
  'weitere infos',
  'besprechungsoptionen',
  'télécharger teams',
  'rejoindre sur le web',
  'en savoir plus',
  'options de réunion',
  'descargar teams',
  'unirse en la web',
  'más información',
  'opciones de reunión',
  'need help? go to',
  'global call-in numbers',
]);

/** In a Zoom invite, "Topic:" and "Time:" restate the title and time; they are not an agenda. */
const ZOOM_INVITE =
  /zoom\.us\/|zoom meeting|zoom-meeting|réunion zoom|reunión (?:de )?zoom|reunião zoom|riunione zoom|zoomミーティング/i;
const ZOOM_HEADER_LINE =
  /^(?:topic|time|thema|zeit|sujet|heure|tema|hora|argomento|ora|onderwerp|tijd|トピック|時間|主题|时间|주제|시간)\s*:|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}|^every (?:day|weekday|week|month|\d+ (?:days?|weeks?|months?))|^please download and import the following icalendar|occurrence\(s\)/i;

/** Distinctive phrases: a line containing one of these is join or invite boilerplate. */
const BOILERPLATE_PHRASES = [
  'inviting you to a scheduled zoom meeting',
  'is inviting you to a zoom meeting',
  'lädt sie zu einem geplanten zoom-meeting ein',
  'vous invite à une réunion zoom planifiée',
  'le está invitando a una reunión de zoom programada',
  'está convidando você para uma reunião zoom',
  'ti sta invitando a una riunione zoom pianificata',
  'nodigt u uit voor een geplande zoom-vergadering',
  'があなたを予約されたzoomミーティングに招待しています',
  '邀请您参加预定的 zoom 会议',
  'join on your computer',
  'join from your computer',
  'click here to join',
  'meetup-join',
  'for organizers: meeting options',
  'reset dial-in pin',
  'nehmen sie von ihrem computer',
  'klicken sie hier, um',
  'cliquez ici pour participer',
  'haga clic aquí para unirse',
  'clique aqui para ingressar',
  'fai clic qui per partecipare',
  'klik hier om deel te nemen',
  'learn more about meet',
  'weitere informationen zu meet',
  'en savoir plus sur meet',
  'más información sobre meet',
  'saiba mais sobre o meet',
  'scopri di più su meet',
  'meer informatie over meet',
  'meet の詳細',
  'meet에 대해 자세히',
  'please do not edit this section',
  'diesen abschnitt nicht',
  'ne pas modifier cette section',
  'no edites esta sección',
  'não edite esta seção',
  'non modificare questa sezione',
  'bewerk deze sectie niet',
  'このセクションは編集しないでください',
  '请勿修改此部分',
  '이 섹션을 수정하지',
  'you are receiving this',
  'you received this email because',
  'to stop receiving future updates',
  'forwarding this invitation could allow',
  'learn more about forwarding',
  'learn more https://support.google.com',
  'sie erhalten diese e-mail',
  'wenn sie diese einladung weiterleiten',
  'diese einladung weiterzuleiten',
  'vous recevez cet e-mail',
  'vous recevez ce message',
  'le transfert de cette invitation',
  'recibes este correo',
  'has recibido este correo',
  'reenviar esta invitación',
  'si reenvías esta invitación',
  'você está recebendo este e-mail',
  'encaminhar este convite',
  'ricevi questa email',
  'inoltrare questo invito',
  'je ontvangt deze e-mail',
  'deze uitnodiging doorsturen',
  'invitation from google calendar',
  'einladung von google kalender',
  'invitation de google agenda',
  'invitación de google calendar',
  'some mobile devices may ask',
  'if you are a host',
  'you can also dial',
  'join using microsoft lync',
  'join from a video system',
  'tap to join from a mobile device',
  'tap to call in',
  "can't join the meeting?",
  'do not delete or change any of the following text',
  'please join my meeting from your computer',
  'you can also dial in using your phone',
  'new to gotomeeting',
  'gotomeeting app',
  'join microsoft teams meeting',
  'microsoft teams meeting',
  'microsoft teams-besprechung',
  'réunion microsoft teams',
  'reunión de microsoft teams',
  'reunião do microsoft teams',
  'riunione di microsoft teams',
  'microsoft teams-vergadering',
  'join with google meet',
  'mit google meet teilnehmen',
  'participer avec google meet',
  'unirse con google meet',
  'participar com o google meet',
  'partecipa con google meet',
  'deelnemen met google meet',
  'join zoom meeting',
  'join webex meeting',
  'join the webex meeting',
  'webex meeting number',
  'meeting number (access code)',
  'access code (attendee)',
  'attendee access code',
  'view host information',
  'join with video system',
  'video conferencing device',
  'this meeting is being recorded',
  'dial in by phone',
  'or call in (audio only)',
  "when it's time, join",
  'need help? go to',
  'please download and import the following icalendar',
];

const SHORTEST_PHRASE = Math.min(...BOILERPLATE_PHRASES.map((p) => p.length));

/** "Key: value" lines of join details (meeting IDs, passcodes, dial-in numbers). */
const KEY_VALUE_LINE = RegexUnion.around(
  '^',
  [
    'meeting id',
    'meeting-id',
    'meetingid',
    'besprechungs-id',
    'konferenz-id',
    'id de (?:la )?réunion',
    'id\\. de (?:la )?reunión',
    'id de (?:la )?reunión',
    'id da reunião',
    'id (?:della )?riunione',
    'vergader-id',
    'ミーティングid',
    'ミーティング id',
    '会议 ?id',
    '會議 ?id',
    '회의 ?id',
    'webinar id',
    'meeting number',
    'meeting no\\.?',
    'access code',
    'attendee access code',
    'host key',
    'host pin',
    'phone conference id',
    'conference id',
    'audio conference id',
    'telefonkonferenz-id',
    'id de conférence(?: téléphonique)?',
    'id\\. de conferencia(?: telefónica)?',
    'id de conferencia(?: telefónica)?',
    'id da conferência(?: telefônica)?',
    'id conferenza(?: telefonica)?',
    'telefonische vergader-id',
    'passcode',
    'password',
    'meeting password',
    'meeting passcode',
    'kenncode',
    'kennwort',
    'passwort',
    'code secret',
    'mot de passe',
    "code d'accès",
    'código de acceso',
    'contraseña',
    'senha',
    'código de acesso',
    "codice d'accesso",
    'codice di accesso',
    'toegangscode',
    'wachtwoord',
    'パスコード',
    'パスワード',
    '密码',
    '密碼',
    '암호',
    '비밀번호',
    'pin',
    'tenant key',
    'video id',
    'vtc conference id',
    'sip',
    'h\\.323',
    'dial-in',
    'dial in',
    'dial-in number',
    'call-in',
    'call in',
    'einwahl',
    "numéro d'accès",
    'número de acceso',
    'or dial',
    'oder wählen sie',
    'ou composez le',
    'ou appelez le',
    'o marca el',
    'ou disque',
    'oppure componi',
    'of bel',
    'find your local number',
    'ortseinwahl suchen',
    'trouvez votre numéro local',
    'busque su número local',
    'encontre seu número local',
    'trova il tuo numero locale',
    'zoek je lokale nummer',
    'more phone numbers',
    'weitere telefonnummern',
    'autres numéros de téléphone',
    'más números de teléfono',
    'mais números de telefone',
    'altri numeri di telefono',
    'meer telefoonnummers',
    'meeting link',
    'join link',
    'zoom link',
    'teams link',
    'meet link',
    'webex link',
    'video link',
    'video call',
    'videoconference',
    'video conference',
    'conference line',
    'join url',
    'meeting url',
    'join',
    'dial',
    'join by phone',
    'join with google meet',
    'join zoom meeting',
    'one tap mobile',
    'invitation from google calendar',
    'reply for',
    'learn more about meet at',
  ],
  '\\s*(?:[:#(]|$|(?=[\\d+]))',
  'i',
);

/** Things the product name appears with in a join line ("Teams-Besprechung beitreten"). */
const PRODUCT_NAMES =
  /(?:zoom|microsoft teams|teams-|google meet|webex|gotomeeting|goto meeting|bluejeans|skype|jitsi|whereby|amazon chime)/i;
const JOIN_WORDS =
  /(?:join|dial[ -]?in|call[ -]in|link|beitreten|teilnehmen|participer|rejoindre|unirse|únase|participar|ingressar|partecipa|deelnemen|参加|加入|참가|참여)/i;

const LEADING_DECORATION = /^[\s•·◦‣▪▫●○■□◆◇►▶→⁃∙*+>#|~=_-]+/;
const TRAILING_DECORATION_CHARS = ' \t:.!?,;。：！？|~=_-';

/** Remove trailing characters in `chars` with a loop (a `[…]+$` regex is quadratic on long runs). */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Remove leading characters in `chars`. */
function trimStartChars(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text.charAt(start))) start++;
  return start === 0 ? text : text.slice(start);
}

/** Separator lines that fence a Teams or Google block: ____ (10+) or -::~:~::~:~… */
function isFence(line: string): boolean {
  const t = line.trim();
  if (t.length >= 10 && /^_+$/.test(t)) return true;
  return t.includes('::~:~::~');
}

function isDecorationOnly(line: string): boolean {
  return /^[\s\-_=~*•·.:;,|#+<>()[\]]*$/.test(line);
}

/** "New York: " before a number (and the same for text with ASCII letters only). */
const PLACE_LABEL = /^[\p{L} ().'-]{2,40}:\s*(?=[+(]?\d)/u;
const PLACE_LABEL_ASCII = /^[A-Za-z ().'-]{2,40}:\s*(?=[+(]?\d)/u;

/** Is this line a phone number or an IP address, with at most a place name after it? */
export function isPhoneLine(line: string): boolean {
  let t = line.replace(LEADING_DECORATION, '');
  // "(US) +1 234-567-8901 PIN: 123#" and "US: +1 …"
  if (/^\(?\d{1,2}[.)]\s/.test(t)) return false; // "1. 2024-2025 plan" is a list item
  t = t
    .replace(/^\(?[A-Za-z]{2,3}\)?\s*:?\s*(?=[+\d(])/, '')
    .replace(asciiLettersOnly(t) ? PLACE_LABEL_ASCII : PLACE_LABEL, '');
  if (/^\d{1,3}(?:\.\d{1,3}){3}(?:\D|$)/.test(t)) return true;
  let digits = 0;
  let k = 0;
  const plus = t[0] === '+';
  if (plus) k = 1;
  for (; k < t.length && k < 80; k++) {
    const c = t.charCodeAt(k);
    if (c >= 48 && c <= 57) digits++;
    else if (!' -.(),#*/'.includes(t[k] ?? 'x')) break;
  }
  if (plus ? digits >= 6 : digits >= 10) {
    // A number, then at most a short place or tariff ("US (New York)", "United States Toll").
    const rest = t.slice(k);
    return rest.length <= 60 && !/[.!?]\s+\p{L}/u.test(rest);
  }
  return false;
}

function stripConferenceLinks(line: string): { text: string; removed: boolean } {
  if (!/[./:@]/.test(line)) return { text: line, removed: false };
  const spaced = line.replace(/<(?=(?:https?|tel|mailto|sip):)/gi, ' <');
  let removed = false;
  const kept: string[] = [];
  for (const token of spaced.split(/\s+/)) {
    const bare = asciiLower(trimEndChars(trimStartChars(token, '<(['), '>)],.;'));
    if (
      bare.startsWith('tel:') ||
      bare.startsWith('sip:') ||
      (bare.length > 3 && CONFERENCE_LINK_PARTS.some((part) => bare.includes(part)) && !bare.includes('docs.google'))
    ) {
      removed = true;
      continue;
    }
    kept.push(token);
  }
  return { text: removed ? kept.join(' ') : line, removed };
}

type LineKind = 'keep' | 'blank' | 'boilerplate';

/**
 * The key (lower case, no bullets, trailing punctuation, or "(…)" links) used to look a
 * line up in the lists above.
 */
function lineKey(line: string): string {
  return trimEndChars(line.toLowerCase().replace(LEADING_DECORATION, ''), TRAILING_DECORATION_CHARS)
    .replace(/\s+/g, ' ')
    .trim();
}

function classify(line: string, zoomInvite: boolean): { kind: LineKind; text: string; strong: boolean } {
  if (line.trim() === '') return { kind: 'blank', text: '', strong: false };
  if (zoomInvite && ZOOM_HEADER_LINE.test(line.trim())) return { kind: 'boilerplate', text: '', strong: false };
  if (isFence(line)) return { kind: 'boilerplate', text: '', strong: true };
  const { text, removed } = stripConferenceLinks(line);
  if (isDecorationOnly(text)) {
    return removed ? { kind: 'boilerplate', text: '', strong: true } : { kind: 'blank', text: '', strong: false };
  }
  const key = lineKey(text);
  if (key === '') return { kind: removed ? 'boilerplate' : 'blank', text: '', strong: removed };
  if (BOILERPLATE_LINES.has(key)) return { kind: 'boilerplate', text: '', strong: removed || key.length > 12 };
  if (
    key.includes('|') &&
    key.split('|').every((part) => BOILERPLATE_LINES.has(trimEndChars(part.trim(), TRAILING_DECORATION_CHARS)))
  ) {
    return { kind: 'boilerplate', text: '', strong: true };
  }
  const pair = KEY_VALUE_LINE.exec(key);
  if (pair) {
    // "Meeting ID: 812 3456 7890", "Passcode: 123456": the value is a code, not prose.
    const value = key.slice(pair.text.length).trim();
    const labelled = /[:#(]$/.test(pair.text) || value === '';
    const prose = !/\d/.test(value) && value.split(' ').length >= 4;
    const code = /^[\d\s+#*().,/-]+$/.test(value);
    if (removed || code || (labelled && value.length <= 80 && !prose)) {
      return { kind: 'boilerplate', text: '', strong: true };
    }
  }
  if (isPhoneLine(text)) return { kind: 'boilerplate', text: '', strong: true };
  if (key.length >= SHORTEST_PHRASE && key.length <= 400) {
    for (const phrase of BOILERPLATE_PHRASES) {
      if (key.includes(phrase)) return { kind: 'boilerplate', text: '', strong: true };
    }
  }
  if (key.split(' ').length <= 8 && PRODUCT_NAMES.test(key) && JOIN_WORDS.test(key) && !/[?]/.test(text)) {
    return { kind: 'boilerplate', text: '', strong: true };
  }
  if (removed && key.split(' ').length <= 3) {
    // "Zoom: <link>", "Call link <link>": only a label was left once the link went.
    return { kind: 'boilerplate', text: '', strong: true };
  }
  return { kind: 'keep', text: removed ? text.trim() : line, strong: false };
}

export interface ConferenceAnalysis {
  /** The description without join details; blank lines kept so paragraphs stay apart. */
  text: string;
  /** How many non-blank lines were join details. */
  removedLines: number;
}

/**
 * Split join details from the rest. Each line is judged on its own (links to conferencing
 * hosts are cut out, then the line is dropped if what is left is a known join label, a
 * "Meeting ID: …" pair, a phone number or an invite-footer sentence); in addition a block
 * fenced by `____` lines (Teams) or `-::~:~::~` markers (Google) is dropped whole when it
 * holds join details, which also catches languages the lists above do not know.
 */
export function analyzeConferenceBoilerplate(input: string, options: { prepared?: boolean } = {}): ConferenceAnalysis {
  const prepared = options.prepared ? input.slice(0, MAX_TEXT_CHARS) : prepareDescription(input);
  const lines = prepared.split('\n');
  const zoomInvite = ZOOM_INVITE.test(prepared);
  const judged = lines.map((line) => classify(line, zoomInvite));
  // Fenced blocks: between two fences, dropped when any line in it is strong join detail.
  const fences: number[] = [];
  lines.forEach((line, index) => {
    if (isFence(line)) fences.push(index);
  });
  for (let f = 0; f + 1 < fences.length; f++) {
    const from = fences[f] ?? 0;
    const to = fences[f + 1] ?? 0;
    if (to - from > 60) continue;
    let strong = false;
    for (let k = from + 1; k < to; k++) if (judged[k]?.kind === 'boilerplate' && judged[k]?.strong) strong = true;
    if (!strong) continue;
    for (let k = from; k <= to; k++) {
      const j = judged[k];
      if (j && j.kind === 'keep') judged[k] = { kind: 'boilerplate', text: '', strong: true };
    }
  }
  let removedLines = 0;
  const out: string[] = [];
  for (const j of judged) {
    if (j.kind === 'boilerplate') {
      removedLines++;
      continue;
    }
    out.push(j.kind === 'blank' ? '' : j.text);
  }
  return {
    text: out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    removedLines,
  };
}

/** The description without conference join details (plain text; HTML is converted first). */
export function stripConferenceBoilerplate(text: string): string {
  return analyzeConferenceBoilerplate(text).text;
}
