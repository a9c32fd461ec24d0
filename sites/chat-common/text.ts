/**
 * Reading a message box's text the way the app will send it, from the DOM alone, without
 * layout (no innerText): blocks and <br> are lines, Slack's mention and emoji nodes give their
 * `data-stringify-text`, editor placeholders and zero-width fillers are left out. Also maps an
 * offset into the text back to a DOM point, to put the caret after "Topic: ".
 *
 * One walk handles the editors of every site: Quill (<p> per line), CKEditor 5 (<p>, soft
 * breaks as <br>, fillers as <br data-cke-filler> and U+2060), Slate (block elements, strings
 * in [data-slate-string], empty lines as a zero-width span with a <br>), and a plain
 * contenteditable (text, <div> per line, <br>, or "\n" in pre-wrap text).
 *
 * A line break at the very end of a block only makes the empty line after it visible, so it
 * is not a line of its own: "hi<br>" is "hi", "hi<br><br>" is "hi\n" (likewise "hi\n\n").
 */
import { isZeroWidth, normalizeComposerText } from '../../lib/chat/compose';
import { isBlockTag } from '../../lib/text/block-tags';

/** Parts of an editor's DOM that are not message text. */
const SKIP_SELECTOR = '[data-slate-placeholder], [data-cke-ignore-events], .ql-clipboard, [data-eventually]';

export interface DomPoint {
  node: Node;
  offset: number;
}

/** A piece of one text node that lies on one line. */
interface Piece {
  node: Text;
  /** Where the piece starts inside the node's data. */
  start: number;
  text: string;
  line: number;
  /** Column (in raw characters) of the piece's first character on its line. */
  col: number;
}

interface Walk {
  lines: string[];
  pieces: Piece[];
  /** Where a line starts when it has no text (after a <br>, in an empty block). */
  starts: Map<number, DomPoint>;
}

function walk(root: Element): Walk {
  const out: Walk = { lines: [], pieces: [], starts: new Map() };
  out.lines = linesOf(root, out, 0);
  out.pieces = out.pieces.filter((piece) => piece.line < out.lines.length);
  return out;
}

/** The lines of `el`'s content; `base` is the index its first line has in the whole text. */
function linesOf(el: Element, out: Walk, base: number): string[] {
  const lines: string[] = [];
  let line: string | null = null;
  /** The open line was started by a break, and nothing followed yet. */
  let afterBreak = false;
  const index = () => base + lines.length;
  const breakLine = (start: DomPoint | null) => {
    lines.push(line ?? '');
    line = '';
    afterBreak = true;
    if (start && !out.starts.has(index())) out.starts.set(index(), start);
  };
  let childIndex = -1;
  let hasBlocks: boolean | null = null;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    childIndex++;
    if (child.nodeType === 3) {
      const node = child as Text;
      // Source formatting between blocks ("</p>\n  <p>") is not text.
      if (/^\s*\n\s*$/.test(node.data)) {
        hasBlocks ??= [...el.children].some((c) => isBlockTag(c.tagName));
        if (hasBlocks) continue;
      }
      const parts = node.data.split('\n');
      let start = 0;
      parts.forEach((part, i) => {
        if (i > 0) breakLine({ node, offset: start });
        if (part !== '' || i > 0) {
          out.pieces.push({ node, start, text: part, line: index(), col: (line ?? '').length });
          line = (line ?? '') + part;
          if (part !== '') afterBreak = false;
        }
        start += part.length + 1;
      });
      continue;
    }
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    const stringified = element.getAttribute('data-stringify-text');
    if (stringified !== null) {
      line = (line ?? '') + stringified;
      afterBreak = false;
      continue;
    }
    if (element.matches(SKIP_SELECTOR)) continue;
    const tag = element.tagName;
    if (tag === 'BR') {
      breakLine({ node: el, offset: childIndex + 1 });
      continue;
    }
    if (tag === 'IMG') {
      line = (line ?? '') + (element.getAttribute('alt') ?? '');
      afterBreak = false;
      continue;
    }
    if (isBlockTag(tag)) {
      if (line !== null && !(afterBreak && line === '')) lines.push(line);
      line = null;
      afterBreak = false;
      if (!out.starts.has(index())) out.starts.set(index(), { node: element, offset: 0 });
      const inner = linesOf(element, out, index());
      lines.push(...(inner.length > 0 ? inner : ['']));
      continue;
    }
    // An inline element: its first line continues the current one.
    const startCol = (line ?? '').length;
    const before = out.pieces.length;
    const inner = linesOf(element, out, index());
    for (let i = before; i < out.pieces.length; i++) {
      if (out.pieces[i]!.line === index()) out.pieces[i]!.col += startCol;
    }
    if (inner.length === 0) continue;
    line = (line ?? '') + inner[0];
    afterBreak = false;
    for (let i = 1; i < inner.length; i++) {
      lines.push(line);
      line = inner[i]!;
    }
  }
  // A break at the very end of the block only shows the (empty) line after it.
  if (line !== null && !(afterBreak && line === '')) lines.push(line);
  return lines;
}

/** The message text of a contenteditable editor. */
export function readEditableText(root: Element): string {
  return normalizeComposerText(walk(root).lines.join('\n'));
}

/** The text of any composer element: a textarea's value, or the editable's lines. */
export function readComposerText(el: Element): string {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return normalizeComposerText(el.value);
  return readEditableText(el);
}

function visibleLength(text: string): number {
  let n = 0;
  for (const ch of text) if (!isZeroWidth(ch)) n += ch.length;
  return n;
}

/** The DOM point at `offset` into the (normalised) message text, or null when it cannot be placed. */
export function domPointAt(root: Element, offset: number): DomPoint | null {
  const { lines, pieces, starts } = walk(root);
  let line = 0;
  let rest = offset;
  while (line < lines.length && rest > visibleLength(lines[line]!)) {
    rest -= visibleLength(lines[line]!) + 1;
    line++;
  }
  if (line >= lines.length || rest < 0) return null;
  const raw = lines[line]!;
  for (const piece of pieces) {
    if (piece.line !== line) continue;
    const from = visibleLength(raw.slice(0, piece.col));
    const length = visibleLength(piece.text);
    if (rest < from || rest > from + length) continue;
    // Walk the piece to the raw offset of the visible column.
    let visible = rest - from;
    let at = 0;
    while (visible > 0 && at < piece.text.length) {
      if (!isZeroWidth(piece.text[at]!)) visible--;
      at++;
    }
    return { node: piece.node, offset: piece.start + at };
  }
  return rest === 0 ? (starts.get(line) ?? null) : null;
}

/** The last place text can go: the end of the last line's last text, else where that line starts. */
export function endPoint(root: Element): DomPoint {
  const { lines, pieces, starts } = walk(root);
  const lastLine = Math.max(0, lines.length - 1);
  const last = pieces.at(-1);
  if (last && last.line === lastLine) return { node: last.node, offset: last.start + last.text.length };
  return starts.get(lastLine) ?? { node: root, offset: root.childNodes.length };
}
