/**
 * Words calendar pages print that refine what the selectors found (never used to find
 * anything on their own), shared by every calendar site so their languages do not drift.
 */

/** "Organizer" as a guest row or card labels it, in the languages the calendars ship. */
export const ORGANIZER_WORDS = /\b(?:organi[sz]er|organisator|organisateur|organizador|organizzatore|organisatie)\b/i;
