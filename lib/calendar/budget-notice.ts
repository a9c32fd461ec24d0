/**
 * The weekly meeting budget in words and figures: what the overlay and the popup say about
 * a week's booked hours against the budget. No imports: the calendar content script uses it
 * without loading the calendar core (the hours come counted from ./budget.ts). Pure.
 */

/** What the overlay needs of one week: cheap to send from the background to a page. */
export interface WeekBooking {
  /** At least one calendar is connected (a feed or an imported file). */
  connected: boolean;
  /** Meeting hours of the week, as the weekly stats count them. */
  bookedHours: number;
  /** The counted meetings' spans (epoch ms), so an event being edited is not counted twice. */
  counted: { start: number; end: number }[];
  /** The week, epoch ms. */
  weekStart: number;
  weekEnd: number;
}

export interface BudgetStatus {
  budgetHours: number;
  bookedHours: number;
  /** 0 when over. */
  leftHours: number;
  /** 0 when within. */
  overHours: number;
  /** booked ÷ budget, for a bar (may exceed 1). */
  share: number;
}

export function budgetStatus(bookedHours: number, budgetHours: number): BudgetStatus {
  const booked = roundHours(bookedHours);
  return {
    budgetHours,
    bookedHours: booked,
    leftHours: roundHours(Math.max(0, budgetHours - booked)),
    overHours: roundHours(Math.max(0, booked - budgetHours)),
    share: budgetHours > 0 ? booked / budgetHours : 0,
  };
}

/** Hours to a tenth, as people read them ("4.5 h"). */
export function roundHours(hours: number): number {
  return Math.round(hours * 10) / 10;
}

/** "17 h", "4.5 h". */
export function formatHoursShort(hours: number): string {
  return `${roundHours(hours)} h`;
}

/** `over`: this meeting takes the week over budget; `no-calendar`: nothing to check against. */
export type BudgetNotice = {
  kind: 'over' | 'no-calendar';
  /** In English; the overlay says it in the person's language from the figures below. */
  text: string;
  /** The week's hours with this meeting (0 when no calendar is connected). */
  totalHours: number;
  budgetHours: number;
};

/**
 * What the overlay says about a meeting being created or edited, given its week's booking:
 * a warning when it takes the week over budget, a plain line when no calendar is connected,
 * nothing when the budget is off or the meeting fits.
 */
export function budgetNotice(
  meeting: { start: number; end: number },
  booking: WeekBooking | null,
  budgetHours: number,
): BudgetNotice | null {
  if (budgetHours <= 0) return null;
  if (!booking?.connected) {
    return {
      kind: 'no-calendar',
      text: `No calendar is connected, so Eventually cannot check this meeting against your budget of ${formatHoursShort(budgetHours)} a week. Add your calendar in Settings → Calendar feeds.`,
      totalHours: 0,
      budgetHours,
    };
  }
  const start = Math.max(meeting.start, booking.weekStart);
  const end = Math.min(meeting.end, booking.weekEnd);
  if (end <= start) return null;
  // An event being edited is already among the counted meetings: count it once.
  const alreadyCounted = booking.counted.some((span) => span.start === meeting.start && span.end === meeting.end);
  const thisMeeting = alreadyCounted ? 0 : (end - start) / 3_600_000;
  const total = booking.bookedHours + thisMeeting;
  // Within a minute of the budget is within it: clipped meetings leave float dust.
  if (total - budgetHours < 1 / 60) return null;
  return {
    kind: 'over',
    text: `This makes ${formatHoursShort(total)} of meetings this week; your budget is ${formatHoursShort(budgetHours)}.`,
    totalHours: roundHours(total),
    budgetHours,
  };
}
