/**
 * Putting text into a message box the way its editor accepts it, from the content script's
 * isolated world (no page-world script needed: every technique here is a DOM event the
 * editor's own listeners handle). Measured in Chromium (docs/research/editors.md):
 *
 * | editor          | works                                   | never use                          |
 * |-----------------|-----------------------------------------|------------------------------------|
 * | Quill           | synthetic paste, execCommand('insertText') | beforeinput (ignored)           |
 * | CKEditor 5      | synthetic beforeinput, synthetic paste  | execCommand, DOM writes (revert)   |
 * | Slate           | synthetic beforeinput, synthetic paste  | execCommand, DOM writes (visible but NOT in the model) |
 * | contenteditable | execCommand                              | paste/beforeinput (ignored)        |
 * | textarea        | execCommand, value setter + input event  |                                    |
 *
 * Each technique is tried in turn; after each one the text is read back until it matches
 * what we meant to write. A technique that changed the text into something else stops the
 * attempt (never a second insertion on top of a half-done one).
 */
import { sameText } from '../../lib/chat/compose';
import { isTextField } from '../dom';
import type { EditorKind } from './adapter';
import { type DomPoint, domPointAt, endPoint, readComposerText } from './text';

type Technique = 'paste' | 'beforeinput' | 'execCommand' | 'setter';

const TECHNIQUES: Record<EditorKind, Technique[]> = {
  quill: ['paste', 'execCommand'],
  // Paste first: the one technique confirmed on live Teams (live-dom-evidence.md); beforeinput measured on our fixture.
  ckeditor: ['paste', 'beforeinput'],
  slate: ['beforeinput', 'paste'],
  contenteditable: ['execCommand'],
  textarea: ['execCommand', 'setter'],
};

/** How long an editor may take to show what it took (Slate renders through React). */
const SETTLE_MS = 400;
const POLL_MS = 16;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Poll `read` until it satisfies `done` or `ms` pass; returns the last value read. */
export async function waitForText(
  read: () => string,
  done: (text: string) => boolean,
  ms = SETTLE_MS,
): Promise<string> {
  const deadline = Date.now() + ms;
  let text = read();
  while (!done(text) && Date.now() < deadline) {
    await sleep(POLL_MS);
    text = read();
  }
  return text;
}

function setDomSelection(point: DomPoint): Range | null {
  const doc = point.node.ownerDocument ?? document;
  const selection = doc.getSelection();
  if (!selection) return null;
  const range = doc.createRange();
  range.setStart(point.node, point.offset);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
  return range;
}

/** Focus the box and put the caret at the end of its text. */
function caretToEnd(el: HTMLElement): Range | null {
  if (el.ownerDocument.activeElement !== el && !el.contains(el.ownerDocument.activeElement))
    el.focus({ preventScroll: true });
  if (isTextField(el)) {
    el.setSelectionRange(el.value.length, el.value.length);
    return null;
  }
  return setDomSelection(endPoint(el));
}

/** Put the caret at `offset` into the message text (after "Topic: "); false if it cannot. */
export function placeCaret(el: HTMLElement, offset: number): boolean {
  if (isTextField(el)) {
    el.setSelectionRange(offset, offset);
    return true;
  }
  const point = domPointAt(el, offset);
  if (!point) return false;
  return setDomSelection(point) !== null;
}

function staticRange(range: Range | null): StaticRange[] {
  if (!range || typeof StaticRange === 'undefined') return [];
  return [
    new StaticRange({
      startContainer: range.startContainer,
      startOffset: range.startOffset,
      endContainer: range.endContainer,
      endOffset: range.endOffset,
    }),
  ];
}

function dispatchPaste(el: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  el.dispatchEvent(
    new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }),
  );
}

/** Line by line: insertText for the text, insertLineBreak (a soft break, never "send") between. */
function dispatchBeforeInput(el: HTMLElement, text: string, range: Range | null): void {
  const lines = text.split('\n');
  let first = true;
  const fire = (inputType: string, data: string | null) => {
    el.dispatchEvent(
      new InputEvent('beforeinput', {
        inputType,
        data,
        bubbles: true,
        cancelable: true,
        composed: true,
        // Only the first event names where: the editor moves its own selection after each one.
        targetRanges: first ? staticRange(range) : [],
      }),
    );
    first = false;
  };
  lines.forEach((line, i) => {
    if (i > 0) fire('insertLineBreak', null);
    if (line) fire('insertText', line);
  });
}

function execInsert(el: HTMLElement, text: string): void {
  const doc = el.ownerDocument;
  if (isTextField(el)) {
    doc.execCommand('insertText', false, text);
    return;
  }
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (i > 0) doc.execCommand('insertLineBreak');
    if (line) doc.execCommand('insertText', false, line);
  });
}

/** React and other frameworks watch the native value setter: go through it, then say "input". */
function setterInsert(el: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  const next = el.value + text;
  if (setter) setter.call(el, next);
  else el.value = next;
  el.setSelectionRange(next.length, next.length);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

function apply(technique: Technique, el: HTMLElement, text: string, range: Range | null): void {
  switch (technique) {
    case 'paste':
      dispatchPaste(el, text);
      return;
    case 'beforeinput':
      dispatchBeforeInput(el, text, range);
      return;
    case 'execCommand':
      execInsert(el, text);
      return;
    case 'setter':
      if (isTextField(el)) setterInsert(el, text);
      return;
  }
}

export interface InsertOptions {
  /** How to read the box back (defaults to the generic reader). */
  read?: () => string;
}

/**
 * Add `text` at the end of the message box and confirm by reading it back. Resolves true
 * only when the box then holds `before + text`.
 */
export async function insertAtEnd(
  editor: EditorKind,
  el: HTMLElement,
  text: string,
  options: InsertOptions = {},
): Promise<boolean> {
  const read = options.read ?? (() => readComposerText(el));
  const before = read();
  const expected = before + text;
  if (text === '') return true;
  for (const technique of TECHNIQUES[editor]) {
    const range = caretToEnd(el);
    // Let the editor see the new caret (selectionchange is delivered as a task).
    await sleep(30);
    try {
      apply(technique, el, text, range);
    } catch {
      // A technique the browser refuses (no DataTransfer, execCommand gone): try the next.
    }
    const now = await waitForText(read, (value) => sameText(value, expected));
    if (sameText(now, expected)) return true;
    if (!sameText(now, before)) return false;
  }
  return false;
}
