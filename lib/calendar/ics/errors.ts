/** Errors of the calendar reader, and foreign failures put into words for the person. */
import { TimeZoneError } from '../timezones';
import { clip } from './values';

/** Input that is not a readable calendar. The message is meant for the user. */
export class IcsError extends Error {
  /** 1-based line of the problem, when there is one. */
  readonly line?: number;
  constructor(message: string, line?: number) {
    super(message);
    this.name = 'IcsError';
    if (line !== undefined) this.line = line;
  }
}

/** A failure inside the expansion, in words (for IcsError messages and skip reasons). */
export function describeFailure(error: unknown): string {
  if (error instanceof TimeZoneError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof RangeError) {
    if (/call stack/i.test(message)) return 'it is nested too deeply or refers to itself';
    if (/invalid (time|date)/i.test(message)) return 'it contains a date out of the range a calendar can show';
  }
  return `something in it is not as expected (${clip(message, 80)})`;
}
