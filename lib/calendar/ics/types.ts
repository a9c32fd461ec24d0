/** The public shapes of the calendar reader: occurrences, options and results. */

export type PartStat = 'accepted' | 'declined' | 'tentative' | 'needs-action' | 'delegated';

export interface MeetingOccurrence {
  /** UID; for events without one `no-uid-<hash>` (of DTSTART, SUMMARY and position). */
  uid: string;
  /** Unique per occurrence: UID + original start (RECURRENCE-ID or the generated start). */
  key: string;
  title: string;
  start: Date;
  /** Exclusive. Equal to start for events without DTEND/DURATION that have a time. */
  end: Date;
  /** Start and end are midnight UTC of the dates (end exclusive). */
  allDay: boolean;
  /**
   * People taking part: distinct addresses among ATTENDEEs and the ORGANIZER, without rooms
   * and resources (CUTYPE) and without attendees who declined.
   */
  attendeeCount: number;
  /** My PARTSTAT, when one of `myAddresses` is an attendee (organizer only: accepted). */
  myStatus?: PartStat;
  description: string;
  location?: string;
  /** Part of a series (RRULE/RDATE, or an override). */
  recurring: boolean;
  /** A changed instance of a series (a VEVENT with RECURRENCE-ID). */
  isException: boolean;
  /** The instance's original start, for occurrences of a series. */
  recurrenceId?: Date;
  /** E-mail address, lower-case, without mailto:. */
  organizer?: string;
  /** Zone the event was written in (IANA where known; "UTC", "Etc/GMT-1", a VTIMEZONE name). */
  timeZone?: string;
  status?: 'confirmed' | 'tentative';
  transparent: boolean;
  /** A video-call link or conference property was found. */
  hasConference: boolean;
  url?: string;
}

export interface ExpandIcsOptions {
  /** My e-mail addresses (case-insensitive, with or without mailto:), for `myStatus`. */
  myAddresses?: string[];
  /** Hard cap on occurrences returned (default 50,000). */
  maxOccurrences?: number;
  /**
   * Zone for floating times: an IANA name, or '' for the runtime's zone. When omitted, the
   * calendar's X-WR-TIMEZONE is used, else UTC.
   */
  timeZone?: string;
  /**
   * Steps each recurrence rule may take (default 100,000); all rules of the file together
   * may take ten times as many, at least 20 million.
   */
  maxStepsPerRule?: number;
  /** Milliseconds the whole file may take (default 5,000): then it stops, keeping what it has. */
  deadlineMs?: number;
  /** Milliseconds one recurrence rule may take (default 250). */
  ruleDeadlineMs?: number;
}

export interface SkippedEvent {
  uid?: string;
  title?: string;
  /** Line where the VEVENT starts. */
  line?: number;
  reason: string;
}

export interface ExpandIcsResult {
  occurrences: MeetingOccurrence[];
  /** Events left out because they are broken on their own. */
  skipped: SkippedEvent[];
  /** Things worth knowing (unknown zones, repaired lines, caps reached), deduplicated. */
  warnings: string[];
  /** True when `maxOccurrences` cut the list short. */
  truncated: boolean;
  /** True when the file's deadline stopped the expansion (the warnings say what was left out). */
  timedOut: boolean;
  calendarName?: string;
  /** Zone floating times were read in. */
  floatingTimeZone: string;
}

export interface TimeRange {
  start: Date;
  end: Date;
}
