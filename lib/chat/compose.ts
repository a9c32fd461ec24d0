/**
 * What "Add my question" writes into the message box, and where the caret goes after it.
 * The draft itself is never changed: text is only added at its end. Pure.
 */
import { findMeetingPurpose } from '../meeting/purpose-words';
import type { Templates } from '../settings';
import type { PromptKind } from './decide';

export interface Insertion {
  /** Text to add at the end of the draft ('' = nothing to add, only move the caret). */
  text: string;
  /** Where the caret goes, as an offset into the whole message after the insertion. */
  caret: number;
  /** The whole message once inserted: what reading the composer back must give. */
  expected: string;
}

export type ChatTemplates = Pick<Templates, 'chatQuestion' | 'callToAsync'> &
  Partial<Pick<Templates, 'callDecision' | 'callReview' | 'callHandover'>>;

/**
 * The written alternative to a call that fits what the draft asks the call for: a decision
 * ("call to decide the vendor?"), a review, a handover; otherwise the general one. Status
 * words pick nothing here: in chat, "can we sync?" means "can we talk?".
 */
export function callTemplateFor(draft: string, templates: ChatTemplates): string {
  const purpose = findMeetingPurpose(draft);
  const fitting =
    purpose === 'decision'
      ? templates.callDecision
      : purpose === 'proposal'
        ? templates.callReview
        : purpose === 'handover'
          ? templates.callHandover
          : undefined;
  return fitting ?? templates.callToAsync;
}

/**
 * Greeting-only: a new line after the greeting (plus the person's question template, if
 * they set one). Call request: the written alternative that fits the draft, on a new line.
 * The caret goes to the end of the template's first line ("Topic: |"), where the person
 * starts typing.
 */
export function questionInsertion(kind: PromptKind, draft: string, templates: ChatTemplates): Insertion {
  const template = normalizeNewlines(
    kind === 'call-request' ? callTemplateFor(draft, templates) : templates.chatQuestion,
  );
  const needsBreak = draft.length > 0 && !draft.endsWith('\n');
  const text = `${needsBreak ? '\n' : ''}${template}`;
  const firstLineEnd = template.indexOf('\n');
  const caretInTemplate = firstLineEnd === -1 ? template.length : firstLineEnd;
  return {
    text,
    caret: draft.length + (needsBreak ? 1 : 0) + caretInTemplate,
    expected: draft + text,
  };
}

export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Text as read from an editor's DOM, made comparable with what the app sends: no-break
 * spaces (contenteditable writes them for trailing spaces) become spaces, zero-width
 * characters editors use as carets and fillers go: U+200B, U+FEFF (Slate, Quill's cursor)
 * and U+2060 (CKEditor 5's inline filler).
 */
export function normalizeComposerText(text: string): string {
  return normalizeNewlines(text)
    .replace(/\u00a0/g, ' ')
    .replace(ZERO_WIDTH, '');
}

/** Zero-width characters editors put in their DOM that are not part of the message. */
export const ZERO_WIDTH = /[\u200b\u2060\ufeff]/g;

export function isZeroWidth(char: string): boolean {
  return char === '\u200b' || char === '\u2060' || char === '\ufeff';
}

/**
 * Same text, line by line, ignoring spaces at the ends of lines (editors may drop or keep
 * them). New lines count: "hi" and "hi\n" differ, which is how an added line is confirmed.
 */
export function sameText(a: string, b: string): boolean {
  const lines = (text: string) => normalizeComposerText(text).replace(/[ \t]+$/gm, '');
  return lines(a) === lines(b);
}
