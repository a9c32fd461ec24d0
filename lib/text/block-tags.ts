/**
 * The HTML elements that start a new line of text, lower-case: one list for every reader of
 * text out of markup (HTML descriptions in lib/text/html.ts, and the DOM walkers of the chat
 * composer and the calendar description in sites/).
 */
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Does this tag (any case: a DOM tagName is upper-case) start a new line? */
export function isBlockTag(tagName: string): boolean {
  return BLOCK_TAGS.has(tagName.toLowerCase());
}
