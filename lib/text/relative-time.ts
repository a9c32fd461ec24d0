/**
 * "5 minutes ago", "in 2 hours": the words and units of date-fns' formatDistanceStrict with
 * `addSuffix`, from the browser's own Intl.RelativeTimeFormat. Hand-written because date-fns'
 * formatter carries its English locale (~25 KB) into the popup. Pure.
 */
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

let format: Intl.RelativeTimeFormat | undefined;

/** How long before (or after) `now` the moment `at` was, in the largest unit that fits. */
export function relativeTime(at: number, now: number): string {
  format ??= new Intl.RelativeTimeFormat('en', { numeric: 'always' });
  const diff = at - now;
  // -0 for the present: "0 seconds ago", as date-fns says, not "in 0 seconds".
  const signed = (value: number) => (diff > 0 ? value : -value);
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) < ms) continue;
    const value = Math.round(Math.abs(diff) / ms);
    // As date-fns does: 12 months rounded is a year.
    return unit === 'month' && value === 12 ? format.format(signed(1), 'year') : format.format(signed(value), unit);
  }
  return format.format(signed(Math.round(Math.abs(diff) / 1000)), 'second');
}
