/**
 * Outlook on the web's landmarks (see docs/research/sites.md). Almost every class
 * is hashed (★, never used), and old hooks such as `[aria-label='Event compose form']` are
 * dead. Trusted, in order: ARIA roles and Microsoft's own editor attribute
 * (`data-ms-editor`, ★★), then the structure of the form (the first text field is the
 * title; the other contenteditable fields hold the attendees), and label text only as a
 * last resort, in several languages. Evidence beside each selector (docs/research/live-dom-evidence.md):
 * Briskine/briskine 2026, Outlook calendar test page objects, or "unconfirmed".
 */

export const COMPOSE = {
  /** ★★ Briskine 2026, test page objects: Microsoft's editor marks its body with data-ms-editor; then ★ unconfirmed ARIA structure. */
  body: [
    'div[role="textbox"][contenteditable="true"][data-ms-editor="true"]',
    '[role="main"] [role="textbox"][contenteditable="true"][aria-multiline="true"]',
  ],
  /**
   * The form around the body: ★★★ Briskine 2026: `[data-app-section=Form_Content]`; then ★
   * unconfirmed: a dialog, the main region or a form element.
   */
  container: ['[data-app-section="Form_Content"]', '[role="dialog"], [role="main"], form'],
  /**
   * ★★ test page objects: the form's first `input[type=text]` (autocomplete=off), and the
   * "Add title" placeholder; the other languages' placeholders are unconfirmed.
   */
  title: [
    'input[type="text"]',
    'input[placeholder="Add title"]',
    'input[placeholder="Titel hinzufügen"]',
    'input[placeholder="Ajouter un titre"]',
    'input[placeholder="Agregar un título"]',
    'input[placeholder="Añadir un título"]',
    'input[placeholder="Adicionar um título"]',
    'input[placeholder="Aggiungi un titolo"]',
    'input[placeholder="Titel toevoegen"]',
  ],
  /** ★ unconfirmed: attendee wells are the form's other contenteditable fields. */
  wells: '[contenteditable="true"]',
  /**
   * People in a well: ★★ test page objects: the chip's text container `[class*="textContainer-"]`
   * (readable prefix, hashed suffix); ★ unconfirmed: an element titled "Name <email>".
   */
  persona: ['[class*="textContainer-"]', '[title*="@"]'],
  /** ★ unconfirmed: start/end are comboboxes, in document order. */
  times: '[role="combobox"]',
  /** ★ unconfirmed: switches; the one in the title's row is the Teams toggle (structure, not label). */
  switch: '[role="switch"]',
} as const;

/** Well labels that mean "optional attendees" (refinement only). */
export const OPTIONAL_WORDS = /optional|facultati|opcional|facoltativ|optioneel/i;

/** The event peek: every landmark here is confirmed by nobody (★, unconfirmed) but the dialog role. */
export const PEEK = {
  dialog: '[role="dialog"]',
  heading: ['[role="heading"]', 'h1, h2, h3'],
  /** ★ unconfirmed: the time span is labelled "Time" (localized); a text that reads as a time range otherwise. */
  time: [
    '[aria-label="Time"]',
    '[aria-label="Zeit"]',
    '[aria-label="Heure"]',
    '[aria-label="Hora"]',
    '[aria-label="Ora"]',
    '[aria-label="Tijd"]',
  ],
  /** ★ unconfirmed: each attendee is a button that opens a contact card; Fluent's readable class next. */
  people: [
    '[role="button"][aria-label^="Opens card for "]',
    '[role="button"][aria-label^="Öffnet Karte für "]',
    '[role="button"][aria-label^="Ouvre la carte de "]',
    '[role="button"][aria-label^="Abre la tarjeta de "]',
    '[role="button"][class*="ms-Persona"]',
  ],
} as const;

/** Prefixes to strip from a person button's label to get the name. */
export const CARD_PREFIX = /^(?:Opens card for|Öffnet Karte für|Ouvre la carte de|Abre la tarjeta de)\s+/;
export { ORGANIZER_WORDS } from '../calendar-common/words';
