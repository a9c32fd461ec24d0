/** A generated year of a busy calendar (about 10,000 occurrences in `year`), as .ics text. */
export function busyYearIcs(options?: { year?: number; seed?: number }): string;
