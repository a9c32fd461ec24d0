/** The week shown, relative to this one: "This week", "Last week", "3 weeks ago"… */
export function offsetName(offset: number): string {
  if (offset === 0) return 'This week';
  if (offset === -1) return 'Last week';
  if (offset === 1) return 'Next week';
  return offset < 0 ? `${-offset} weeks ago` : `In ${offset} weeks`;
}
