/**
 * HTML → plain text without a DOM, for descriptions (calendar invites, .ics X-ALT-DESC).
 *
 * Linear in the length of the input, whatever it holds (no regex with overlapping
 * quantifiers; every scan for a '>' is remembered), and length-capped: only the first
 * MAX_RAW_CHARS characters are read. Never throws.
 */
import { BLOCK_TAGS } from './block-tags';

/** Raw input looked at, before HTML is turned into text (markup can be heavy). */
export const MAX_RAW_CHARS = 200_000;

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
export function asciiLower(text: string): string {
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
  const nextClose: CloseMemo = { from: -1, at: -1 };
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
      const tag = readTag(html, lower, i, nextClose);
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

/** The first '>' at or after `from` (-1: none), as last found. */
interface CloseMemo {
  from: number;
  at: number;
}

/**
 * Read a tag starting at `start` ("<"), or null when the "<" is plain text ("a < b", "<https://…>").
 * The search for its '>' reuses the last one (128k '<a ' with no '>' would otherwise rescan the
 * rest of the text for every '<').
 */
function readTag(html: string, lower: string, start: number, close: CloseMemo): Tag | null {
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
  let end: number;
  if (close.from >= 0 && j >= close.from && (close.at === -1 || close.at >= j)) end = close.at;
  else {
    end = html.indexOf('>', j);
    close.from = j;
    close.at = end;
  }
  if (end === -1 || end - start > 8000) return null;
  return { name: lower.slice(nameStart, j), closing, end: end + 1 };
}

function readHref(tag: string): string {
  const m = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
  if (!m) return '';
  return decodeEntities((m[1] ?? m[2] ?? m[3] ?? '').trim());
}
