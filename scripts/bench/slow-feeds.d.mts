/** Calendars that used to stall the background (issue 12, item 1), as .ics texts. */
export function lastFifthFridaySince1900(options?: { events?: number }): string;
export function altDescriptionOfAngles(options?: { length?: number }): string;
export function unmatchedNesting(options?: { depth?: number }): string;
export function hugeTzid(options?: { length?: number }): string;
