/**
 * Classifies a chat message before it is sent: a bare greeting or bid for attention
 * ("hi", "hey @sam", "you got a sec?"), a bare request for a call ("can we hop on a call?"),
 * or a message that carries its own content.
 *
 * Pure and small: no DOM, no browser or Node APIs. It runs on every Enter key press, so the
 * work is capped (long messages are 'ok' without reading them) and linear in the input.
 * When unsure it answers 'ok': a false alarm interrupts a send, a miss costs nothing.
 *
 * How it works: the message is tokenized (words; single characters of scripts without
 * spaces; mentions, emoji, links, punctuation), then phrases of a multilingual lexicon are
 * matched greedily, longest first. What is left unexplained is content. A message is
 * greeting-only when a greeting or bid was found and nothing is left but names, mentions,
 * emoji, punctuation, filler and small talk; a call request when a framed call phrase was
 * found and little topic is left.
 */
import { getExtras, getLexicon, type Item, type ItemCat, matchItems } from './matcher';
import { letterCase, type Token, tokenize } from './tokenize';

export type MessageKind = 'greeting-only' | 'call-request' | 'ok';

export interface ClassifyOptions {
  /** extra greeting words the user added */
  extraGreetings?: string[];
  /** language hint, e.g. navigator.language; optional, detection must work without it */
  locale?: string;
}

export interface Classification {
  kind: MessageKind;
  /** the greeting part found at the start, as typed (e.g. "Hi Sophie -"), '' if none */
  greeting: string;
  /** what is left after removing greetings, names, mentions, emoji, punctuation, filler; lowercased */
  remainder: string;
  /** short machine-readable reasons, e.g. ['greeting', 'attention-bid'] or ['call-request'] */
  reasons: string[];
  /** a best-guess language tag of the matched phrase when known (e.g. 'de'), else undefined */
  language?: string;
}

/** Tokens read first; the rest only when these do not decide. */
const TOKEN_BUDGET = 40;
/** Longer texts are not read at all: they carry content. */
const MAX_INPUT = 2000;
/** A bare greeting or call request is short; longer trimmed messages are 'ok'. */
const MAX_MESSAGE = 500;
/** At most this much topic (in words; a Han character counts ½) may remain in a call request. */
const MAX_CALL_TOPIC = 3;
/** Names allowed around a greeting ("hi Sophie", "Hallo Herr Müller", "hi Sam and Alex"). */
const MAX_NAMES = 3;
/** Unspaced characters taken as a name before an honorific ("田中さん") or greeting ("张三，你好"). */
const MAX_CJK_NAME_BEFORE_HON = 4;
const MAX_CJK_NAME_AT_START = 3;
const MAX_THAI_NAME = 12;
/** A call request is short: beyond this many items (words, marks) it is not one. */
const MAX_CALL_ITEMS = 60;

// ───────────────────────────── resolution of context-dependent items

const NAME_ANCHORS = new Set<ItemCat>(['g', 'a', 'd', 'cj', 'm', 's']);
const AFTER_NAME_OK = new Set<ItemCat>(['p', 'e', 'm', 'g', 'a', 's', 'f', 'd', 'hon', 'cj', 'name', 'skip']);
const SEPARATORS = new Set([',', '،', '，', '、', '-', '–', '—', ':', '~', '&', '+', '/']);
const NAME_KEY_RE = /^[\p{L}\p{M}'-]{1,20}$/u;
/** NAME_KEY_RE and UPPER_RE for ASCII text (the Unicode classes narrowed to ASCII; cheaper to compile). */
const NAME_KEY_ASCII_RE = /^[A-Za-z'-]{1,20}$/;
const UPPER_RE = /\p{Lu}/u;
const ASCII_RE = /^\p{ASCII}*$/u;
const THAI_RE = /\p{sc=Thai}/u;
const HAN_RE = /^\p{sc=Han}/u;

function prevSig(items: readonly Item[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if ((items[k] as Item).cat !== 'skip') return k;
  return -1;
}

function nextSig(items: readonly Item[], i: number): number {
  for (let k = i + 1; k < items.length; k++) if ((items[k] as Item).cat !== 'skip') return k;
  return -1;
}

function catAt(items: readonly Item[], i: number): ItemCat | undefined {
  return i >= 0 ? items[i]?.cat : undefined;
}

function isSeparator(items: readonly Item[], toks: readonly Token[], i: number): boolean {
  const it = items[i];
  return !!it && it.cat === 'p' && SEPARATORS.has((toks[it.from] as Token).raw);
}

/** "there?" is a bid; "hi there" an addressee; "there" alone is content. */
function resolveQuestionWords(items: Item[], hasQ: boolean): void {
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    if (it.cat !== 'aq') continue;
    if (hasQ) it.cat = 'a';
    else it.cat = catAt(items, prevSig(items, i)) === 'g' ? 'd' : 'u';
  }
}

/**
 * Words around a greeting that are names: "hi sophie", "Hallo Herr Müller", "Привет, Соня",
 * "Sophie, hi!", "hi Sam and Alex". In a message that uses capitals, a lower-case word is a
 * name only when a separator follows ("Selam mert, bi sorum var." but not "Buenas noticias!").
 */
function resolveNames(items: Item[], toks: readonly Token[], usesCapitals: boolean): void {
  let names = 0;
  let firstSig = -1;
  const needsSeparator = new Set<number>();
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    if (it.cat === 'skip') continue;
    if (firstSig < 0) firstSig = i;
    if ((it.cat !== 'u' && it.cat !== 'fw') || it.to - it.from !== 1 || names >= MAX_NAMES) continue;
    const tok = toks[it.from] as Token;
    if (tok.kind !== 'w' || !(ASCII_RE.test(tok.key) ? NAME_KEY_ASCII_RE : NAME_KEY_RE).test(tok.key)) continue;
    const lc = letterCase(tok.raw);
    // a function word can be a name when capitalised ("Hi Will"), or right after a greeting
    // in a script without case ("سلام علی")
    if (it.cat === 'fw' && lc !== 'cap' && !(lc === 'none' && catAt(items, i - 1) === 'g')) continue;
    const p = prevSig(items, i);
    const pc = catAt(items, p);
    let ok = false;
    if (pc === 'name') ok = lc === 'cap';
    else if (pc !== undefined && NAME_ANCHORS.has(pc)) ok = true;
    else if (pc === 'p') {
      const pc2 = catAt(items, prevSig(items, p));
      // "Привет, Соня", "Hi Dr. Smith"
      const sep = isSeparator(items, toks, p) || (pc2 === 'd' && (toks[(items[p] as Item).from] as Token).raw === '.');
      ok = sep && lc === 'cap' && (pc2 === 'g' || pc2 === 'd' || pc2 === 'a' || pc2 === 'm');
    } else if (i === firstSig) {
      // "Sophie, hi!"
      let n = nextSig(items, i);
      if (isSeparator(items, toks, n)) n = nextSig(items, n);
      ok = catAt(items, n) === 'g';
    }
    if (ok) {
      it.cat = 'name';
      names++;
      if (usesCapitals && lc === 'lower') needsSeparator.add(i);
    }
  }
  // a name must be followed by the end of the message or by something explained
  for (let i = 0; i < items.length; ) {
    if ((items[i] as Item).cat !== 'name') {
      i++;
      continue;
    }
    let j = i;
    let strict = false;
    while (j < items.length && ((items[j] as Item).cat === 'name' || (items[j] as Item).cat === 'skip')) {
      if (needsSeparator.has(j)) strict = true;
      j++;
    }
    const after = catAt(items, j);
    const bad = after === undefined ? strict : !AFTER_NAME_OK.has(after) || (strict && !isSeparator(items, toks, j));
    if (bad) {
      for (let k = i; k < j; k++) {
        const it = items[k] as Item;
        if (it.cat === 'name') it.cat = it.orig;
      }
    }
    i = j;
  }
}

/** Names in scripts without spaces: "田中さん", "민수 씨", "张三，你好", "คุณสมชาย". */
function resolveUnspacedNames(items: Item[], toks: readonly Token[]): void {
  for (let i = 0; i < items.length; ) {
    const it = items[i] as Item;
    if (it.cat !== 'u' || (toks[it.from] as Token).kind !== 'c') {
      i++;
      continue;
    }
    let j = i;
    while (j < items.length) {
      const x = items[j] as Item;
      if (x.cat !== 'u' || (toks[x.from] as Token).kind !== 'c') break;
      j++;
    }
    const len = j - i;
    const next = catAt(items, j);
    const prev = catAt(items, i - 1);
    const raw = (toks[it.from] as Token).raw;
    let name = false;
    if (next === 'hon' && len <= MAX_CJK_NAME_BEFORE_HON) name = true;
    else if (
      THAI_RE.test(raw) &&
      prev === 'd' &&
      len <= MAX_THAI_NAME &&
      (next === undefined || AFTER_NAME_OK.has(next))
    ) {
      name = true;
    } else if (afterGreetingName(items, toks, i, j, len, raw)) {
      name = true;
    } else if (len <= MAX_CJK_NAME_AT_START && prevSig(items, i) < 0 && HAN_RE.test(raw)) {
      // "王老师好", "张三，你好", "张三，在吗" (but not "文件在吗": a bid needs the comma)
      let n = j < items.length ? j : -1;
      if (n >= 0 && catAt(items, n) === 'skip') n = nextSig(items, n);
      const separated = n >= 0 && isSeparator(items, toks, n);
      if (separated) n = nextSig(items, n);
      const nc = catAt(items, n);
      name = nc === 'g' || (nc === 'a' && separated);
    }
    if (name) for (let k = i; k < j; k++) (items[k] as Item).cat = 'name';
    i = j;
  }
}

/**
 * A name right after a greeting in an unspaced script, when a separator and something
 * explained follow: "嗨，苏菲 - 有个小问题", "สวัสดีค่ะ โซฟี - ขอถามหน่อย" (not "你好，收到").
 */
function afterGreetingName(
  items: readonly Item[],
  toks: readonly Token[],
  i: number,
  j: number,
  len: number,
  raw: string,
): boolean {
  const max = HAN_RE.test(raw) ? MAX_CJK_NAME_AT_START : THAI_RE.test(raw) ? MAX_THAI_NAME : MAX_CJK_NAME_BEFORE_HON;
  if (len > max) return false;
  let p = prevSig(items, i);
  if (isSeparator(items, toks, p)) p = prevSig(items, p);
  const pc = catAt(items, p);
  if (pc !== 'g' && pc !== 'd') return false;
  let n = j < items.length && catAt(items, j) === 'skip' ? nextSig(items, j) : j;
  if (!isSeparator(items, toks, n)) return false;
  n = nextSig(items, n);
  const nc = catAt(items, n);
  return nc === 'a' || nc === 'g' || nc === 's';
}

/** "and" is explained only between names, mentions or addressees. */
function resolveConjunctions(items: Item[]): void {
  const joinable = (c: ItemCat | undefined): boolean => c === 'name' || c === 'm' || c === 'd';
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    if (it.cat !== 'cj') continue;
    if (!joinable(catAt(items, prevSig(items, i))) || !joinable(catAt(items, nextSig(items, i)))) it.cat = 'fw';
  }
}

// ───────────────────────────── decision

const EXPLAINED = new Set<ItemCat>(['g', 'a', 's', 'f', 'd', 'hon', 'name', 'm', 'e', 'p', 'skip', 'cj']);
const HEAD_SKIP = new Set<ItemCat>(['g', 'a', 's', 'f', 'd', 'hon', 'name', 'm', 'e', 'p', 'skip', 'cj', 'fw']);
const HEAD_OK = new Set<ItemCat>(['rf', 'cn', 'cnb', 'ci']);
const GREETING_SPAN = new Set<ItemCat>(['g', 'd', 'name', 'm', 'e', 'p', 'skip', 'hon', 'cj']);
const CALL_PHRASE = new Set<ItemCat>(['cn', 'ci']);
/** What may follow a bare call word: punctuation, emoji, filler, a mention, or a request verb ("कॉल कर सकते हैं?"). */
const BARE_CALL_FOLLOW = new Set<ItemCat>(['p', 'e', 'f', 'm', 'rf']);

function ok(reasons: string[]): Classification {
  return { kind: 'ok', greeting: '', remainder: '', reasons };
}

function localeTag(locale: string | undefined): { tag: string; primary: string } {
  if (typeof locale !== 'string') return { tag: '', primary: '' };
  const tag = locale.trim().toLowerCase().replace(/_/g, '-').slice(0, 20);
  return { tag, primary: tag.split('-')[0] ?? '' };
}

function joinTokens(toks: readonly Token[], items: readonly Item[], keep: (it: Item) => boolean): string {
  let out = '';
  let prev: Token | null = null;
  for (const it of items) {
    if (!keep(it)) continue;
    for (let k = it.from; k < it.to; k++) {
      const t = toks[k] as Token;
      // the unmatched tail of a long message keeps its words and links only
      if (t.kind === 'skip' || (it.cat === 'u' && t.kind !== 'w' && t.kind !== 'c' && t.kind !== 'url')) continue;
      if (prev) out += prev.kind === 'c' && t.kind === 'c' && prev.end === t.start ? '' : ' ';
      out += t.raw.toLowerCase();
      prev = t;
    }
  }
  return out;
}

/** A message read: its tokens and matched items, and what the items add up to. */
interface Reading {
  text: string;
  /** offset of the trimmed message in `text` */
  offset: number;
  toks: Token[];
  items: Item[];
  /** the lowercased text after the last token read, when a long message was not read to the end */
  unread: string;
  tag: string;
  primary: string;
  hasQ: boolean;
  hasGreet: boolean;
  hasBid: boolean;
  smallTalk: boolean;
  mentions: number;
  /** nothing but greetings, bids, small talk, filler, names, mentions, emoji, punctuation */
  allExplained: boolean;
  onlyMentions: boolean;
  /** a status, time or negation that makes call words no request ("in a meeting", "tomorrow") */
  blocked: boolean;
  /** a request frame ("can we", "let's") or an ask to be called ("call me") */
  frames: boolean;
  /** unknown words and links (a Han character counts ½, other unspaced characters ⅓) */
  topic: number;
  /** unknown words, function words or links anywhere */
  loose: boolean;
}

function read(text: string, trimmed: string, options: ClassifyOptions | undefined): Reading {
  const lex = getLexicon();
  const extras = getExtras(options?.extraGreetings);
  const { tag, primary } = localeTag(options?.locale);
  const known = (extras ?? lex).known;
  // most messages are decided within the first tokens; read the rest only when needed
  let toks = tokenize(trimmed, known, TOKEN_BUDGET);
  let match = matchItems(toks, lex, extras, primary);
  let unread = '';
  if (toks.length >= TOKEN_BUDGET) {
    const readTo = (toks[toks.length - 1] as Token).end;
    if (match.decided) unread = trimmed.slice(readTo).trim().toLowerCase();
    else if (readTo < trimmed.length) {
      toks = tokenize(trimmed, known);
      match = matchItems(toks, lex, extras, primary);
    }
  }
  const items = match.items;
  const hasQ = toks.some((t) => t.q);
  resolveQuestionWords(items, hasQ);
  resolveNames(items, toks, ASCII_RE.test(trimmed) ? /[A-Z]/.test(trimmed) : UPPER_RE.test(trimmed));
  resolveUnspacedNames(items, toks);
  resolveConjunctions(items);

  const r: Reading = {
    text,
    offset: text.length - text.trimStart().length,
    toks,
    items,
    unread,
    tag,
    primary,
    hasQ,
    hasGreet: false,
    hasBid: false,
    smallTalk: false,
    mentions: 0,
    allExplained: true,
    onlyMentions: true,
    blocked: false,
    frames: false,
    topic: 0,
    loose: false,
  };
  for (const it of items) {
    const c = it.cat;
    if (c === 'g') r.hasGreet = true;
    else if (c === 'a') r.hasBid = true;
    else if (c === 's') r.smallTalk = true;
    else if (c === 'm') r.mentions++;
    else if (c === 'st' || c === 'neg') r.blocked = true;
    else if (c === 'rf' || c === 'ci') r.frames = true;
    else if (c === 'e') {
      const t = toks[it.from] as Token;
      if (t.wave) r.hasGreet = true;
      if (t.raise) r.hasBid = true;
    }
    if (c === 'u' || c === 'url') {
      for (let k = it.from; k < it.to; k++) {
        const t = toks[k] as Token;
        r.topic += t.kind === 'c' ? t.weight : 1;
      }
    }
    if (c === 'u' || c === 'fw' || c === 'url') r.loose = true;
    if (!EXPLAINED.has(c)) r.allExplained = false;
    if (c !== 'm' && c !== 'p' && c !== 'e' && c !== 'skip') r.onlyMentions = false;
  }
  return r;
}

/** The leading greeting as typed: greetings, names, addressees, mentions, emoji, punctuation. */
function greetingSpan(r: Reading): string {
  let start = -1;
  let end = -1;
  let greets = false;
  for (const it of r.items) {
    if (!GREETING_SPAN.has(it.cat)) break;
    const first = r.toks[it.from] as Token;
    if (it.cat === 'g' || (it.cat === 'e' && first.wave)) greets = true;
    if (it.cat === 'skip') continue;
    if (start < 0) start = first.start;
    end = (r.toks[it.to - 1] as Token).end;
  }
  return greets && start >= 0 ? r.text.slice(r.offset + start, r.offset + end) : '';
}

/** The language of the first item of the given categories, preferring the locale's. */
function language(r: Reading, cats: readonly ItemCat[]): string | undefined {
  for (const cat of cats) {
    const langs = r.items.find((x) => x.cat === cat && x.langs)?.langs;
    if (!langs || langs.length === 0) continue;
    if (r.tag && langs.includes(r.tag)) return r.tag;
    if (r.primary && langs.includes(r.primary)) return r.primary;
    const first = langs[0];
    return first && !first.startsWith('x-') ? first : undefined;
  }
  return undefined;
}

function withLanguage(c: Classification, lang: string | undefined): Classification {
  if (lang) c.language = lang;
  return c;
}

/** A framed call phrase with little topic left: "can we hop on a call?", "huddle?", "call me". */
function isCallRequest(r: Reading): boolean {
  if (r.blocked || r.topic > MAX_CALL_TOPIC || r.items.length > MAX_CALL_ITEMS) return false;
  const { items } = r;
  let hasCall = false;
  for (let i = 0; i < items.length && !hasCall; i++) {
    const c = (items[i] as Item).cat;
    if (c === 'cn' || c === 'ci') hasCall = true;
    else if (c === 'cnb') {
      // a bare call word counts when nothing unknown is said and nothing but punctuation,
      // emoji, filler or a request verb follows it ("zoom?", "let's sync", not "meet you there")
      const next = catAt(items, nextSig(items, i));
      hasCall = r.topic === 0 && (next === undefined || BARE_CALL_FOLLOW.has(next));
    }
  }
  if (!hasCall) return false;
  // the request leads the message (after greetings and filler): "I'll call you" is no request
  const head = items.find((it) => !HEAD_SKIP.has(it.cat));
  if (!head || !HEAD_OK.has(head.cat)) return false;
  const bareQuestion = r.hasQ && !r.loose;
  return r.frames || r.hasBid || bareQuestion;
}

function classify(input: unknown, options: ClassifyOptions | undefined): Classification {
  const text = typeof input === 'string' ? input : '';
  if (text.length > MAX_INPUT) return ok(['too-long']);
  const trimmed = text.trim();
  if (trimmed.length === 0) return ok(['empty']);
  if (trimmed.length > MAX_MESSAGE) return ok(['too-long']);
  const r = read(text, trimmed, options);

  if (isCallRequest(r)) {
    return withLanguage(
      {
        kind: 'call-request',
        greeting: greetingSpan(r),
        // the topic, if any ("about the budget"); function words alone are no topic
        remainder:
          r.topic > 0 ? joinTokens(r.toks, r.items, (it) => it.cat === 'u' || it.cat === 'fw' || it.cat === 'url') : '',
        reasons: r.hasGreet ? ['greeting', 'call-request'] : ['call-request'],
      },
      language(r, ['cn', 'ci', 'cnb', 'rf', 'g']),
    );
  }
  if (r.allExplained && (r.hasGreet || r.hasBid)) {
    const reasons: string[] = [];
    if (r.hasGreet) reasons.push('greeting');
    if (r.hasBid) reasons.push('attention-bid');
    if (r.smallTalk) reasons.push('small-talk');
    return withLanguage(
      { kind: 'greeting-only', greeting: greetingSpan(r), remainder: '', reasons },
      language(r, ['g', 'a', 's']),
    );
  }
  if (r.onlyMentions && r.mentions > 0 && r.hasQ) {
    // "@sam?"
    return { kind: 'greeting-only', greeting: '', remainder: '', reasons: ['attention-bid'] };
  }
  const left = joinTokens(r.toks, r.items, (it) => !EXPLAINED.has(it.cat));
  const matched = r.hasGreet || r.hasBid || r.items.some((it) => CALL_PHRASE.has(it.cat));
  const reasons = [matched ? 'content' : 'no-greeting'];
  if (r.items.some((it) => it.cat === 'url')) reasons.push('url');
  return withLanguage(
    { kind: 'ok', greeting: greetingSpan(r), remainder: r.unread ? `${left} ${r.unread}` : left, reasons },
    matched ? language(r, ['g', 'a']) : undefined,
  );
}

/** Classifies a chat message; never throws. */
export function classifyMessage(text: string, options?: ClassifyOptions): Classification {
  try {
    return classify(text, options);
  } catch {
    return ok(['error']);
  }
}
