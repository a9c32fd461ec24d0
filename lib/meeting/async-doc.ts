/**
 * "Write it async instead": a document generated from a meeting that says what the meeting
 * was for, the context, what is needed from whom, the options, the deadline (the time the
 * meeting was planned for) and where to answer. Rendered as Markdown (what the person edits)
 * and as HTML (for a rich-text paste into a document). Pure.
 *
 * Everything that comes from the page (title, names, description) is escaped: in Markdown
 * with backslashes, so a title such as `<img onerror=…>` stays text in any Markdown viewer;
 * in HTML with entities, so it never becomes markup.
 */
import { stripConferenceBoilerplate } from './conference';
import { fillTemplate, firstName, oneLine } from './templates';

export interface AsyncDocPerson {
  name?: string;
  email?: string;
  organizer?: boolean;
  optional?: boolean;
  resource?: boolean;
  responseStatus?: string;
}

export interface AsyncDocInput {
  title: string;
  start?: Date | null;
  end?: Date | null;
  /** Plain text or HTML (join details are left out). */
  description?: string;
  attendees?: AsyncDocPerson[];
  organizer?: { name?: string; email?: string } | null;
  /** From assessMeeting: shown as what the written version saves. */
  cost?: { minutes: number; attendees: number; personHours: number } | null;
}

/** The document's own words around the template, in one language (English by default). */
export interface AsyncDocWords {
  untitled: string;
  /** What stands in for a missing purpose, context or deadline. */
  purposeBlank: string;
  contextBlank: string;
  deadlineBlank: string;
  /** The "what I need, and from whom" line when no one else is invited. */
  nobody: string;
  /** One line of that list, for a person ("Sam Lee", "Sam"). */
  ask(label: string, firstName: string, optional: boolean): string;
  everyoneElse(more: number): string;
  /** "This replaces a 1 h meeting with 6 people (6 person-hours), planned for …." */
  replaces(minutes: number, people: number, personHours: number, when: string): string;
  replacesPlanned(when: string): string;
}

export const ENGLISH_ASYNC_DOC_WORDS: AsyncDocWords = {
  untitled: 'Untitled meeting',
  purposeBlank: '(In one or two sentences: what should be decided or learned?)',
  contextBlank: '(What the reader needs to know: background, links, numbers, what has been tried.)',
  deadlineBlank: '(a date and time)',
  nobody: '- (Who): (what you need from them, e.g. a decision, a review, numbers)',
  ask: (label, short, optional) => `- ${label}${optional ? ' (optional)' : ''}: (what you need from ${short})`,
  everyoneElse: (more) => `- Everyone else (${more} more): (a comment if you see a problem)`,
  replaces: (minutes, people, personHours, when) =>
    `This replaces a ${formatMinutes(minutes)} meeting with ${people} ${people === 1 ? 'person' : 'people'}` +
    ` (${formatHours(personHours)})${when ? `, planned for ${when}` : ''}.`,
  replacesPlanned: (when) => `This replaces the meeting planned for ${when}.`,
};

export interface AsyncDocOptions {
  /** settings.templates.asyncDoc: `{title}`, `{purpose}`, `{context}`, `{asks}`, `{deadline}`, … */
  template: string;
  /** The words around the template in the interface's language; English when omitted. */
  words?: AsyncDocWords;
  /** IANA zone for the deadline; '' = the runtime's zone. */
  timeZone?: string;
  /** BCP 47 locale for the deadline; the runtime's when omitted. */
  locale?: string;
}

/** At most this many people are listed by name under "What I need, and from whom". */
export const MAX_NAMED_ASKS = 10;
const MAX_CONTEXT_CHARS = 1500;

// ---------------------------------------------------------------------------------------
// Escaping
// ---------------------------------------------------------------------------------------

/** Text as HTML text: `& < > " '` become entities. */
export function escapeHtml(text: string): string {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Text as literal Markdown: the characters that could start markup, a link, code or an
 * entity are backslash-escaped, and so is a `#` or `>` that would start a line.
 */
export function escapeMarkdown(text: string): string {
  return String(text)
    .replace(/[\uE000\uE001]/g, '')
    .replace(/([\\`*_[\]<>&|~])/g, '\\$1')
    .replace(/^(\s*)#/gm, '$1\\#');
}

// ---------------------------------------------------------------------------------------
// Pieces
// ---------------------------------------------------------------------------------------

/** "Tuesday, November 24, 2026 at 10:00 AM" in the given zone and locale ('' if unknown). */
export function formatDeadline(
  date: Date | null | undefined,
  options: { timeZone?: string; locale?: string } = {},
): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) return '';
  const make = (locale: string | undefined, timeZone: string | undefined) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) });
  for (const [locale, zone] of [
    [options.locale, options.timeZone],
    ['en-US', options.timeZone],
    ['en-US', undefined],
  ] as const) {
    try {
      return make(locale, zone || undefined).format(date);
    } catch {
      // unknown locale or zone: try the next
    }
  }
  return date.toISOString();
}

function formatHours(hours: number): string {
  const rounded = Math.round(hours * 10) / 10;
  return `${rounded} person-hour${rounded === 1 ? '' : 's'}`;
}

function formatMinutes(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  return m % 60 === 0 ? `${h} h` : `${h} h ${m % 60} min`;
}

const PURPOSE_LINE = /^\s*(?:purpose|goal|objective|why|zweck|ziel|objectif|objetivo|scopo|doel)\s*[:：-]\s*(.+)$/i;

/** The description without join details, split into a stated purpose and the rest. */
export function splitDescription(description: string | undefined): { purpose: string; context: string[] } {
  let text = '';
  try {
    text = stripConferenceBoilerplate(description ?? '');
  } catch {
    text = description ?? '';
  }
  let purpose = '';
  const context: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+$/, '');
    const m = PURPOSE_LINE.exec(line);
    if (!purpose && m?.[1] && !/^\(.*\)$/.test(m[1].trim())) {
      purpose = m[1].trim();
      continue;
    }
    context.push(line);
  }
  while (context.length && context[0]!.trim() === '') context.shift();
  while (context.length && context[context.length - 1]!.trim() === '') context.pop();
  let total = 0;
  const kept: string[] = [];
  for (const line of context) {
    if (total + line.length > MAX_CONTEXT_CHARS) {
      kept.push('…');
      break;
    }
    kept.push(line);
    total += line.length + 1;
  }
  return { purpose, context: kept };
}

function personLabel(person: AsyncDocPerson): string {
  return oneLine(person.name, 80) || oneLine(person.email, 120);
}

/** The "what I need, and from whom" list: one line per person, the organizer left out. */
export function asksList(input: AsyncDocInput, words: AsyncDocWords = ENGLISH_ASYNC_DOC_WORDS): string {
  const organizerKey = (input.organizer?.email ?? input.organizer?.name ?? '').toLowerCase();
  const seen = new Set<string>();
  const people: AsyncDocPerson[] = [];
  for (const person of input.attendees ?? []) {
    if (person.resource || person.organizer || person.responseStatus === 'declined') continue;
    const key = (person.email ?? person.name ?? '').trim().toLowerCase();
    if (!key || seen.has(key) || key === organizerKey || (person.name ?? '').toLowerCase() === organizerKey) continue;
    seen.add(key);
    people.push(person);
  }
  if (people.length === 0) return words.nobody;
  const lines = people.slice(0, MAX_NAMED_ASKS).map((person) => {
    const label = personLabel(person);
    const short = firstName(person) || label;
    return words.ask(escapeMarkdown(label), escapeMarkdown(short), !!person.optional);
  });
  const rest = people.length - MAX_NAMED_ASKS;
  if (rest > 0) lines.push(words.everyoneElse(rest));
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------
// The document
// ---------------------------------------------------------------------------------------

/** The async document as Markdown, from the person's template (settings.templates.asyncDoc). */
export function buildAsyncDoc(input: AsyncDocInput, options: AsyncDocOptions): string {
  const words = options.words ?? ENGLISH_ASYNC_DOC_WORDS;
  const title = oneLine(input.title, 200) || words.untitled;
  const { purpose, context } = splitDescription(input.description);
  const deadline = formatDeadline(input.start, options);
  const cost = input.cost;
  const replaces: string[] = [];
  if (cost && cost.minutes > 0) {
    replaces.push(
      words.replaces(cost.minutes, cost.attendees, cost.personHours, deadline ? escapeMarkdown(deadline) : ''),
    );
  } else if (deadline) {
    replaces.push(words.replacesPlanned(escapeMarkdown(deadline)));
  }
  const contextText = context.length
    ? [...context.map((line) => escapeMarkdown(line)), ...(replaces.length ? ['', ...replaces] : [])].join('\n')
    : [words.contextBlank, ...(replaces.length ? ['', ...replaces] : [])].join('\n');
  const organizerName = oneLine(input.organizer?.name, 80) || oneLine(input.organizer?.email, 120);
  const doc = fillTemplate(options.template, {
    title: escapeMarkdown(title),
    purpose: purpose ? escapeMarkdown(oneLine(purpose, 500)) : words.purposeBlank,
    context: contextText,
    asks: asksList(input, words),
    deadline: deadline ? escapeMarkdown(deadline) : words.deadlineBlank,
    when: deadline ? escapeMarkdown(deadline) : undefined,
    organizer: organizerName ? escapeMarkdown(organizerName) : undefined,
    duration: cost && cost.minutes > 0 ? formatMinutes(cost.minutes) : undefined,
    people: cost ? String(cost.attendees) : undefined,
  });
  return `${doc.replace(/\s+$/, '')}\n`;
}

/** A file name for the document: "weekly-status-sync.md". */
export function asyncDocFileName(title: string): string {
  const slug = oneLine(title, 200)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'meeting'}-async.md`;
}

// ---------------------------------------------------------------------------------------
// Markdown → HTML (the small subset the document uses)
// ---------------------------------------------------------------------------------------

/** Inline Markdown: backslash escapes, **bold**, *em* / _em_; everything else is text. */
function inlineHtml(text: string): string {
  const literals: string[] = [];
  let s = text.replace(/[\uE000\uE001]/g, '').replace(/\\([!-/:-@[-`{-~])/g, (_, c: string) => {
    literals.push(c);
    return `\uE000${literals.length - 1}\uE001`;
  });
  s = escapeHtml(s);
  s = s.replace(/\*\*(?=\S)([^*]*?\S)\*\*/g, '<strong>$1</strong>');
  s = s.replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?![\w*])/g, '$1<em>$2</em>');
  s = s.replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1<em>$2</em>');
  return s.replace(/\uE000(\d+)\uE001/g, (_, i: string) => escapeHtml(literals[Number(i)] ?? ''));
}

/**
 * Render the document's Markdown as HTML: headings, bulleted and numbered lists, paragraphs
 * (single line breaks kept as <br>), bold and emphasis. Raw HTML in the Markdown is shown
 * as text; there are no links or images, so nothing in it can run or load.
 */
export function markdownToHtml(markdown: string): string {
  const out: string[] = [];
  let list: 'ul' | 'ol' | null = null;
  let paragraph: string[] = [];
  const flushParagraph = () => {
    if (paragraph.length) out.push(`<p>${paragraph.map(inlineHtml).join('<br>')}</p>`);
    paragraph = [];
  };
  const closeList = () => {
    if (list) out.push(`</${list}>`);
    list = null;
  };
  for (const line of String(markdown).replace(/\r\n?/g, '\n').split('\n')) {
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d{1,3}[.)](?:\s+(.*))?$/.exec(line);
    if (heading) {
      flushParagraph();
      closeList();
      const level = heading[1]!.length;
      out.push(`<h${level}>${inlineHtml(heading[2]!.replace(/\s+#+\s*$/, ''))}</h${level}>`);
    } else if (bullet || numbered) {
      flushParagraph();
      const kind = bullet ? 'ul' : 'ol';
      if (list !== kind) {
        closeList();
        out.push(`<${kind}>`);
        list = kind;
      }
      out.push(`<li>${inlineHtml((bullet ? bullet[1] : numbered![1]) ?? '')}</li>`);
    } else if (line.trim() === '') {
      flushParagraph();
      closeList();
    } else {
      closeList();
      paragraph.push(line.trim());
    }
  }
  flushParagraph();
  closeList();
  return out.join('\n');
}

/** Markdown as plain text for a plain paste: the escapes removed, the markup kept readable. */
export function markdownToPlainText(markdown: string): string {
  return String(markdown).replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
