/**
 * Putting text into a calendar's description editor the way typing would: focus it, place
 * the caret, `document.execCommand('insertText')` (which fires the input events the app
 * listens to), then read the text back to confirm the app kept it. Both Google Calendar's
 * description and Outlook's body are plain contenteditable editors, where this works
 * (see docs/research/editors.md); a refusal is reported, never hidden.
 */
import { blockText } from './dom';

/** Whitespace-insensitive text, as a read-back compares it. */
function comparable(text: string): string {
  return text
    .replace(/[\u00A0\u200B\uFEFF]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The editor's text as the app would save it (innerText in a browser, block text elsewhere). */
function editorText(editor: HTMLElement): string {
  // innerText on purpose: it follows the rendered line breaks the app saves; textContent
  // would glue blocks together. happy-dom has no innerText, so blockText stands in.
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are what we compare
  const inner = editor.innerText;
  return typeof inner === 'string' && inner.length > 0 ? inner : blockText(editor);
}

/** Does the editor hold `text` (ignoring how the editor spaced its lines)? */
function editorContains(editor: HTMLElement, text: string): boolean {
  const wanted = comparable(text);
  return (
    wanted === '' || comparable(editorText(editor)).includes(wanted) || comparable(blockText(editor)).includes(wanted)
  );
}

function placeCaret(editor: HTMLElement, atStart: boolean): void {
  const doc = editor.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return;
  const range = doc.createRange();
  range.selectNodeContents(editor);
  range.collapse(atStart);
  selection.removeAllRanges();
  selection.addRange(range);
}

const nextFrame = () =>
  new Promise<void>((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 16);
  });

/**
 * Insert `text` at the top of the editor (above what is there, e.g. join details), as the
 * person's own typing would. Resolves true only when the text reads back from the editor.
 */
export async function insertIntoEditor(
  editor: HTMLElement,
  text: string,
  /** Finds the editor again after the insertion, in case the app re-rendered it. */
  findAgain: () => HTMLElement | null = () => editor,
): Promise<boolean> {
  if (!editor.isConnected || editor.getAttribute('contenteditable') === 'false') return false;
  if (editorContains(editor, text)) return true;
  const hasText = comparable(editorText(editor)) !== '';
  try {
    editor.focus({ preventScroll: true });
    placeCaret(editor, true);
    const doc = editor.ownerDocument;
    const accepted =
      typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, hasText ? `${text}\n\n` : text);
    if (!accepted) return false;
  } catch {
    return false;
  }
  await nextFrame();
  const after = editor.isConnected ? editor : findAgain();
  return after !== null && editorContains(after, text);
}
