/**
 * Google Calendar's landmarks, most trusted first (see docs/research/sites.md).
 * ★★★ ids starting with "x" (in use 2017–2026), data-eventid and data-viewfamily;
 * ★★ ARIA structure (roles, aria-multiline) that a redesign tends to keep;
 * ★ heuristics, only as the last entry of a list. Never obfuscated classes (a
 * `.NlL62b[data-eventid]` selector broke in 2025), never translated text, except the
 * organizer/declined words below, which only refine what is already found.
 * Evidence beside each selector (docs/research/live-dom-evidence.md): clockify/browser-extension
 * 2026-03, toggl/track-extension 2021→2025-03, other 2025–26 calendar extensions, or "unconfirmed".
 */

/** ★★★ clockify 2026-03: `EVENT` (grid, quick-create, popover) or `EVENT_EDIT` (the full editor). */
export const VIEW_FAMILY_ATTRIBUTE = 'data-viewfamily';

export const EDITOR = {
  /** ★★★ clockify 2026-03 (#xTiIn); then ★★ unconfirmed: the main region's first text field. */
  title: ['#xTiIn', '[role="main"] input[type="text"]'],
  /** ★★★ clockify 2026-03 (#xDescIn, also `div[jsname=yrriRe]`); then ★★/★ unconfirmed structure. */
  description: [
    '#xDescIn [role="textbox"]',
    '[role="main"] div[jsname="yrriRe"][role="textbox"]',
    '[role="main"] [role="textbox"][contenteditable="true"][aria-multiline="true"]',
    '[role="main"] [contenteditable="true"]',
  ],
  /** ★★★ clockify 2026-03: start date, start time, end date, end time (inputs or buttons showing text). */
  startDate: ['#xStDaIn'],
  startTime: ['#xStTiIn'],
  endDate: ['#xEnDaIn'],
  endTime: ['#xEnTiIn'],
  /** ★★ clockify 2026-03: the "All day" checkbox (optional). */
  allDay: ['#xAlDaCbx'],
  /** ★★★ clockify 2026-03 (#xGstLst [data-hovercard-id]); then ★★ unconfirmed: any list row with one. */
  guests: ['#xGstLst [data-hovercard-id]', '#xGstLst [data-email]', '[role="main"] [role="list"] [data-hovercard-id]'],
  /** ★★★ clockify 2026-03 (#xRTCIn); ★ unconfirmed: [data-meet-link]; a Meet link anywhere in the form last. */
  conferencing: ['#xRTCIn a[href]', '#xRTCIn [data-meet-link]', '[role="main"] a[href*="meet.google.com"]'],
  /** ★ unconfirmed (#xRecIn, nobody uses it); otherwise a control whose text reads as a recurrence. */
  recurrence: ['#xRecIn'],
  /** ★★★ clockify 2026-03: present once the form has finished loading (not needed to read it). */
  loaded: '#xNtList',
} as const;

export const QUICK_CREATE = {
  /**
   * ★★★ toggl 2021→2025-03 and many 2025–26 extensions: Calendar's dialogs (quick-create and the
   * details popover alike) are `[role=dialog][data-chips-dialog=true]`; the quick-create one is the
   * one with a title field and no event id.
   */
  dialogs: ['[role="dialog"][data-chips-dialog="true"]'],
  /** ★ unconfirmed (only in 2018–2020 code): the Event tab of the Event/Task strip, inside the dialog. */
  tabId: 'tabEvent',
  dialog: '[role="dialog"]',
  /** ★★ unconfirmed structure: the dialog's first text field is the title. */
  title: ['input[type="text"]', 'input:not([type])'],
} as const;

export const POPOVER = {
  /**
   * The details popover; the same node is REUSED for every event (key by data-eventid).
   * ★★★ clockify 2026-03 (#xDetDlg); ★★★ toggl 2025-03 and others: a chips dialog holding an event
   * id; ★ unconfirmed: #xDtDlg, any dialog with an event id.
   */
  root: [
    '#xDetDlg',
    '[role="dialog"][data-chips-dialog="true"][data-eventid]',
    '[role="dialog"][data-chips-dialog="true"]:has([data-eventid])',
    '#xDtDlg',
    '[role="dialog"][data-eventid]',
  ],
  /** Where the event id sits: on the root (clockify) or on a node inside it (toggl: "a div in the popup"). */
  eventId: '[data-eventid]',
  /** ★★★ 2025–26 extensions: the title `#rAECCd`; ★★ toggl 2025-03: `[role=heading]`; ★ unconfirmed: headings. */
  heading: ['#rAECCd', '[role="heading"]', 'h1, h2, [aria-level]'],
  /** ★★★ clockify 2026-03. */
  when: ['#xDetDlgWhen'],
  guestsSection: '#xDetDlgAtt',
  /** ★★★ 2025–26 extensions: `#xDetDlgAtt [data-email]`; ★ unconfirmed: rows with data-hovercard-id. */
  guests: [
    '#xDetDlgAtt [data-email]',
    '#xDetDlgAtt [role="listitem"][data-hovercard-id]',
    '#xDetDlgAtt [data-hovercard-id]',
    '[data-hovercard-id]',
  ],
  /** ★★★ clockify 2026-03. */
  description: ['#xDetDlgDesc'],
  /** ★★★ clockify 2026-03 (its `[data-details]` holds the Meet URL). */
  video: ['#xDetDlgVideo'],
} as const;

/** Words that mark the organizer's row or a declined guest (several languages; refinement only). */
export { ORGANIZER_WORDS } from '../calendar-common/words';
export const DECLINED_WORDS = /\b(?:declined|abgelehnt|refusé|rechazad[oa]|recusad[oa]|rifiutato|afgewezen)\b/i;
