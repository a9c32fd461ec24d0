/**
 * Which async document fits a meeting, from its title: a status update, a decision, a
 * proposal or review, a handover, or the general one. In the ten languages of detectAgenda
 * (en, de, fr, es, pt, it, nl, ja, zh, ko). Pure, never throws.
 *
 * Status-update titles are the ones lib/meeting/status-titles.ts knows; the words for a
 * decision, a proposal and a handover are in ./purpose-words.ts.
 */
import type { Templates } from '../settings';
import { findMeetingPurpose } from './purpose-words';
import { matchStatusTitle } from './status-titles';

export const ASYNC_DOC_KINDS = ['general', 'status', 'decision', 'proposal', 'handover'] as const;
export type AsyncDocKind = (typeof ASYNC_DOC_KINDS)[number];

export const ASYNC_DOC_KIND_LABELS: Record<AsyncDocKind, string> = {
  general: 'General',
  status: 'Status update',
  decision: 'Decision',
  proposal: 'Proposal / RFC',
  handover: 'Handover',
};

/**
 * The async document that fits a meeting with this title. A decision, a handover or a
 * proposal says more about the meeting than a status word does ("Weekly design review" is a
 * review): those are looked for first, in the title without its status words ("Progress
 * review" stays a status update); when several are there, the first in the title wins.
 */
export function pickAsyncDocKind(title: string): AsyncDocKind {
  if (typeof title !== 'string' || title.trim() === '') return 'general';
  let text = title.slice(0, 500);
  try {
    text = text.normalize('NFKC');
  } catch {
    // keep as is
  }
  const status = matchStatusTitle(text);
  const rest = status ? text.replace(status, ' ') : text;
  return findMeetingPurpose(rest) ?? (status ? 'status' : 'general');
}

/** The settings' template for each kind of document. */
export const ASYNC_TEMPLATE_KEYS = {
  general: 'asyncDoc',
  status: 'asyncStatus',
  decision: 'asyncDecision',
  proposal: 'asyncProposal',
  handover: 'asyncHandover',
} as const satisfies Record<AsyncDocKind, keyof Templates>;

export function asyncTemplateFor(templates: Templates, kind: AsyncDocKind): string {
  return templates[ASYNC_TEMPLATE_KEYS[kind]];
}
