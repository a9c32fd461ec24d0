/**
 * Finding the "when" text of an event when the page gives it no stable hook: the first
 * short element whose text reads as a time range. Used only as a fallback.
 */
import { parseWhen } from '../../lib/meeting/parse-when';
import { lineText } from './dom';

export function findWhenElement(
  root: Element,
  options: { dayFirst?: boolean; timeZone?: string } = {},
): Element | null {
  for (const el of root.querySelectorAll('div, span, time, p')) {
    const text = lineText(el);
    if (text.length === 0 || text.length > 120 || !/\d/.test(text)) continue;
    if (parseWhen(text, options)) return el;
  }
  return null;
}
