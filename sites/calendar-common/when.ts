/**
 * Finding the "when" text of an event when the page gives it no stable hook: the first
 * short element whose text reads as a time range. Used only as a fallback.
 */
import { parseWhen } from '../../lib/meeting/parse-when';
import { lineText } from './dom';

/** Does the page write dates day first ("05/11/2026" = 5 November)? Every language but US English does. */
export function dayFirst(doc: Document): boolean {
  const lang = doc.documentElement.lang;
  return lang !== '' && !/^en(?:-US)?$/i.test(lang);
}

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
