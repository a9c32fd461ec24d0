/**
 * Google Calendar's landmarks, most trusted first (see docs/research/sites.md).
 * ★★★ ids starting with "x" (in use 2017–2026), data-eventid and data-viewfamily;
 * ★★ ARIA structure (roles, aria-multiline) that a redesign tends to keep;
 * ★ heuristics, only as the last entry of a list. Never obfuscated classes (a
 * `.NlL62b[data-eventid]` selector broke in 2025), never translated text, except the
 * organizer/declined words below, which only refine what is already found.
 */

/** ★★★ `EVENT` (grid, quick-create, popover) or `EVENT_EDIT` (the full editor). */
export const VIEW_FAMILY_ATTRIBUTE = 'data-viewfamily';

export const EDITOR = {
  /** ★★★ then ★★: the first text field of the main region is the title in every layout seen. */
  title: ['#xTiIn', '[role="main"] input[type="text"]'],
  /** ★★★ then ★★ (the only multi-line textbox of the form) then ★. */
  description: [
    '#xDescIn [role="textbox"]',
    '[role="main"] [role="textbox"][contenteditable="true"][aria-multiline="true"]',
    '[role="main"] [contenteditable="true"]',
  ],
  /** ★★★ start date, start time, end date, end time (inputs or buttons showing text). */
  startDate: ['#xStDaIn'],
  startTime: ['#xStTiIn'],
  endDate: ['#xEnDaIn'],
  endTime: ['#xEnTiIn'],
  /** ★★ The "All day" checkbox (id seen in the wild, not in the research notes: optional). */
  allDay: ['#xAlDaCbx'],
  /** ★★★ guest rows carry the guest's e-mail in data-hovercard-id. */
  guests: ['#xGstLst [data-hovercard-id]', '[role="main"] [role="list"] [data-hovercard-id]'],
  /** ★★★ conferencing block; a Meet link anywhere in the form as the fallback. */
  conferencing: ['#xRTCIn a[href], #xRTCIn [data-meet-link]', '[role="main"] a[href*="meet.google.com"]'],
  /** ★★ recurrence control (id seen in the wild); otherwise a control whose text reads as one (★). */
  recurrence: ['#xRecIn'],
  /** ★★★ present once the form has finished loading (not needed to read it). */
  loaded: '#xNtList',
} as const;

export const QUICK_CREATE = {
  /** ★★ The dialog that holds the Event/Task tab strip; `#tabEvent` has been stable. */
  tabId: 'tabEvent',
  dialog: '[role="dialog"]',
  /** ★★ The dialog's first text field is the title. */
  title: ['input[type="text"]', 'input:not([type])'],
} as const;

export const POPOVER = {
  /** ★★★ The details popover; the same node is REUSED for every event (key by data-eventid). */
  root: ['#xDetDlg', '#xDtDlg', '[role="dialog"][data-eventid]'],
  heading: ['[role="heading"]', 'h1, h2, [aria-level]'],
  when: ['#xDetDlgWhen'],
  guestsSection: '#xDetDlgAtt',
  guests: [
    '#xDetDlgAtt [role="listitem"][data-hovercard-id]',
    '#xDetDlgAtt [data-hovercard-id]',
    '[data-hovercard-id]',
  ],
  description: ['#xDetDlgDesc'],
  video: ['#xDetDlgVideo'],
} as const;

/** Words that mark the organizer's row or a declined guest (several languages; refinement only). */
export { ORGANIZER_WORDS } from '../calendar-common/words';
export const DECLINED_WORDS = /\b(?:declined|abgelehnt|refusé|rechazad[oa]|recusad[oa]|rifiutato|afgewezen)\b/i;
