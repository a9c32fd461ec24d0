/**
 * A layout report: the skeleton of a page that a person can send us when Eventually no longer
 * recognises a site. It is HTML again (so `npm run check:layout` can run the adapters over it)
 * but carries the page's structure only. Plain DOM, no browser API: tested in happy-dom.
 *
 * What is kept, and the rule for every attribute (README, "Layout reports"):
 * - elements of the body: tag names, never text, comments, or the contents of script, style,
 *   template, noscript, svg, shadow roots or frames (an iframe is kept as an empty element);
 * - attribute NAMES always (they are the app's vocabulary, never the person's);
 * - VALUES only of hooks and enumerations: ids, classes, role, data-qa, data-qa-id, data-tid,
 *   data-testid, jsname, name, type, contenteditable… (HOOK_ATTRIBUTES), ARIA states such as
 *   aria-expanded="true" (ARIA_TOKENS), and id references (aria-owns, for…); in every kept
 *   value, runs that look generated (uuids, hashes with digits, digit runs) become "…", and a
 *   value with an e-mail address, a space or a character outside [A-Za-z0-9_.:-] is dropped;
 * - every other value (aria-label, title, placeholder, alt, value, href, src, srcdoc, other
 *   data-*) becomes "…", unless it is exactly a UI string our own selectors look for (an
 *   `[aria-label="Send message"]` keeps "Send message"; `^=`, `*=` and `$=` keep just that
 *   fragment): such a value is already in our source, so nothing of the person's leaks;
 * - an inline style only as `style="display:none"` when it hides the element.
 *
 * Capped at REPORT_MAX_BYTES. Runs of like siblings (message lists) collapse to the first and a
 * count. If still too big, elements are pruned by their distance from the landmarks' paths (the
 * elements our selectors match, the containers, the ARIA landmark regions, and their
 * ancestors): the farthest go first, the paths themselves are kept. Deterministic: the same
 * DOM always gives the same report.
 */
import { type LayoutSiteId, probeFor, probeSelectors } from './layout-probes';

export const REPORT_MAX_BYTES = 20 * 1024;
const REPORT_VERSION = 1;
const MASK = '…';

/** Attributes whose value is the app's own hook or an enumeration, never the person's text. */
const HOOK_ATTRIBUTES = new Set([
  'id',
  'role',
  'name',
  'type',
  'contenteditable',
  'g_editable',
  'jsname',
  'jscontroller',
  'data-qa',
  'data-qa-id',
  'data-tid',
  'data-testid',
  'data-test-id',
  'data-automation-id',
  'data-app-section',
  'data-viewfamily',
  'data-ms-editor',
  'data-slate-editor',
  'data-slate-node',
  'data-lexical-editor',
  'data-expanded',
  'data-chips-dialog',
  'data-is-create',
  'data-message-input',
  'autocomplete',
  'inputmode',
  'dir',
  'lang',
  'tabindex',
  'hidden',
  'disabled',
  'readonly',
  'spellcheck',
  'draggable',
]);

/** Attributes that hold ids of other elements, space-separated. */
const ID_REFERENCE_ATTRIBUTES = new Set([
  'for',
  'form',
  'list',
  'headers',
  'aria-owns',
  'aria-controls',
  'aria-labelledby',
  'aria-describedby',
  'aria-activedescendant',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
]);

/** The values ARIA states and properties take (never free text). */
const ARIA_TOKENS = new Set(
  'true false mixed undefined none off polite assertive page step location date time menu listbox tree grid dialog both inline list horizontal vertical ascending descending other additions removals text all'.split(
    ' ',
  ),
);

/** Never useful, sometimes identifying (inline handlers, integrity hashes, nonces). */
const SKIPPED_ATTRIBUTE = /^(?:on|style$|nonce$|integrity$|xmlns|jsaction$|jslog$|jsdata$)/;

/** Elements whose contents are never structure we look at, or never ours to report. */
const SKIPPED_ELEMENTS = new Set(['script', 'style', 'link', 'meta', 'noscript', 'template', 'title', 'base', 'head']);
const EMPTY_ELEMENTS = new Set(['svg', 'math', 'iframe', 'frame', 'object', 'embed', 'canvas', 'video', 'audio']);
const VOID_ELEMENTS = new Set(['area', 'br', 'col', 'hr', 'img', 'input', 'source', 'track', 'wbr']);
/** Our own UI in the page (the prompt, the badge) is not the site's layout. */
const OWN_ELEMENT = 'eventually-ui';

const LANDMARK_ROLES = new Set([
  'main',
  'dialog',
  'alertdialog',
  'navigation',
  'banner',
  'complementary',
  'contentinfo',
  'form',
  'region',
  'search',
  'textbox',
  'listbox',
]);
const LANDMARK_TAGS = new Set(['main', 'nav', 'header', 'aside', 'form', 'dialog', 'textarea']);

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
const UUID = /[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}/gi;
const SAFE_TOKEN = /^[A-Za-z0-9_.:…-]+$/;
const SAFE_NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;

/**
 * Masks what looks generated in an identifier: uuids, and every segment (between - _ : .)
 * that has a digit and is 3 characters or longer ("f75fb0", "201d5", "1700000000").
 * Returns null for a value that must not be kept at all (an e-mail, free text).
 */
export function maskIdentifier(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > 120 || EMAIL.test(trimmed)) return null;
  const noUuid = trimmed.replace(UUID, MASK);
  if (!SAFE_TOKEN.test(noUuid)) return null;
  const masked = noUuid
    .split(/([-_:.]+)/)
    .map((part, index) => (index % 2 === 0 && part.length >= 3 && /\d/.test(part) ? MASK : part))
    .join('')
    .replace(/…(?:[-_:.]*…)+/g, MASK);
  return masked;
}

/** Readable when some letters-only part of 3+ characters survives the mask (not "css-…", "…"). */
function readable(masked: string): boolean {
  return masked
    .split(/[-_:.…]+/)
    .some((part) => part.length >= 3 && /^[A-Za-z]+$/.test(part) && !/^(?:css|jsx|sc|emotion)$/i.test(part));
}

function maskClassList(value: string): string | null {
  const kept: string[] = [];
  for (const name of value.split(/\s+/)) {
    const masked = name ? maskIdentifier(name) : null;
    if (masked && readable(masked) && !kept.includes(masked)) kept.push(masked);
  }
  return kept.length ? kept.join(' ') : null;
}

/** Fragments of attribute values our selectors look for, per attribute: `[name op "value"]`. */
interface UiStrings {
  exact: Map<string, Set<string>>;
  fragments: { attribute: string; op: '^' | '*' | '$'; value: string }[];
}

function uiStringsOf(selectors: readonly string[]): UiStrings {
  const strings: UiStrings = { exact: new Map(), fragments: [] };
  const pattern = /\[\s*([A-Za-z_:][\w:.-]*)\s*([~|^$*]?)=\s*(?:"([^"]*)"|'([^']*)')\s*\]/g;
  for (const selector of selectors) {
    for (const match of selector.matchAll(pattern)) {
      const attribute = match[1]!.toLowerCase();
      const op = match[2] ?? '';
      const value = match[3] ?? match[4] ?? '';
      if (op === '' || op === '~' || op === '|') {
        const set = strings.exact.get(attribute) ?? new Set();
        set.add(value);
        strings.exact.set(attribute, set);
      } else {
        strings.fragments.push({ attribute, op: op as '^' | '*' | '$', value });
      }
    }
  }
  return strings;
}

/** What of a text-carrying value may be kept: only a UI string from our own selectors. */
function uiStringIn(attribute: string, value: string, strings: UiStrings): string {
  if (strings.exact.get(attribute)?.has(value)) return value;
  for (const fragment of strings.fragments) {
    if (fragment.attribute !== attribute || fragment.value === '') continue;
    if (fragment.op === '^' && value.startsWith(fragment.value)) return `${fragment.value}${MASK}`;
    if (fragment.op === '$' && value.endsWith(fragment.value)) return `${MASK}${fragment.value}`;
    if (fragment.op === '*' && value.includes(fragment.value)) return `${MASK}${fragment.value}${MASK}`;
  }
  return MASK;
}

function maskIdList(value: string): string | null {
  const ids = value
    .split(/\s+/)
    .map((id) => (id ? maskIdentifier(id) : null))
    .filter((id): id is string => id !== null);
  return ids.length ? ids.join(' ') : null;
}

function hidesElement(style: string): boolean {
  return /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i.test(style);
}

/** The value to print for one attribute, or null to leave the attribute out. */
function reportValue(name: string, value: string, strings: UiStrings): string | null {
  if (name === 'class') return maskClassList(value);
  if (HOOK_ATTRIBUTES.has(name)) {
    if (value === '') return '';
    return maskIdentifier(value) ?? MASK;
  }
  if (ID_REFERENCE_ATTRIBUTES.has(name)) return maskIdList(value) ?? MASK;
  if (name.startsWith('aria-')) {
    if (value === '' || ARIA_TOKENS.has(value) || /^\d{1,3}$/.test(value)) return value;
    return uiStringIn(name, value, strings);
  }
  if (value === '') return '';
  return uiStringIn(name, value, strings);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

interface SkeletonNode {
  tag: string;
  /** `<tag a="b">` */
  open: string;
  children: SkeletonNode[];
  /** On the path from the root to a landmark: never pruned. */
  onPath: boolean;
  /** Like siblings that followed and were collapsed into this one. */
  moreLikeThis: number;
  /** Elements in this subtree, itself included. */
  size: number;
}

function openTag(el: Element, tag: string, strings: UiStrings): string {
  const parts = [tag];
  const names = el.getAttributeNames().sort();
  for (const raw of names) {
    const name = raw.toLowerCase();
    if (!SAFE_NAME.test(name)) continue;
    if (name === 'style') {
      if (hidesElement(el.getAttribute(raw) ?? '')) parts.push('style="display:none"');
      continue;
    }
    if (SKIPPED_ATTRIBUTE.test(name)) continue;
    const value = reportValue(name, el.getAttribute(raw) ?? '', strings);
    if (value === null) continue;
    parts.push(value === '' ? name : `${name}="${escapeAttribute(value)}"`);
  }
  return `<${parts.join(' ')}>`;
}

function isLandmark(el: Element, tag: string, marked: Set<Element>): boolean {
  if (marked.has(el) || LANDMARK_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role && LANDMARK_ROLES.has(role)) return true;
  return el.getAttribute('contenteditable') === 'true' || el.getAttribute('contenteditable') === '';
}

const MAX_DEPTH = 200;

function skeletonOf(el: Element, strings: UiStrings, marked: Set<Element>, depth: number): SkeletonNode | null {
  const tag = el.localName.toLowerCase();
  if (!SAFE_NAME.test(tag) || SKIPPED_ELEMENTS.has(tag) || tag === OWN_ELEMENT) return null;
  const children: SkeletonNode[] = [];
  if (!EMPTY_ELEMENTS.has(tag) && !VOID_ELEMENTS.has(tag) && depth < MAX_DEPTH) {
    for (const child of el.children) {
      const node = skeletonOf(child, strings, marked, depth + 1);
      if (!node) continue;
      const previous = children[children.length - 1];
      // A run of like siblings (a message list) collapses to the first and a count.
      if (previous && !previous.onPath && !node.onPath && previous.open === node.open) {
        previous.moreLikeThis += 1 + node.moreLikeThis;
        continue;
      }
      children.push(node);
    }
  }
  const onPath = isLandmark(el, tag, marked) || children.some((child) => child.onPath);
  const size = 1 + children.reduce((sum, child) => sum + child.size, 0);
  return { tag, open: openTag(el, tag, strings), children, onPath, moreLikeThis: 0, size };
}

/** Prints the tree; elements more than `reach` steps off a landmark path are pruned. */
function render(root: SkeletonNode, reach: number): string {
  const lines: string[] = [];
  const walk = (node: SkeletonNode, indent: string, distance: number) => {
    const more = node.moreLikeThis ? `${indent}<!-- ${node.moreLikeThis} more like the one above -->` : null;
    if (VOID_ELEMENTS.has(node.tag)) {
      lines.push(`${indent}${node.open}`);
    } else if (node.children.length === 0) {
      lines.push(`${indent}${node.open}</${node.tag}>`);
    } else if (!node.onPath && distance >= reach) {
      lines.push(`${indent}${node.open}<!-- ${node.size - 1} elements pruned --></${node.tag}>`);
    } else {
      lines.push(`${indent}${node.open}`);
      for (const child of node.children) walk(child, `${indent} `, child.onPath ? 0 : distance + 1);
      lines.push(`${indent}</${node.tag}>`);
    }
    if (more) lines.push(more);
  };
  walk(root, '', 0);
  return lines.join('\n');
}

const byteLength = (text: string) => new TextEncoder().encode(text).length;

export interface LayoutReportOptions {
  /** Bytes; REPORT_MAX_BYTES unless a test needs less. */
  maxBytes?: number;
}

/**
 * The layout report of `root` (a Document: its body; or one element) for `site`.
 * Elements the site's selectors match, and their ancestors, are the last to be pruned.
 */
export function buildLayoutReport(root: Document | Element, site: LayoutSiteId, options: LayoutReportOptions = {}) {
  const maxBytes = options.maxBytes ?? REPORT_MAX_BYTES;
  const doc = 'documentElement' in root ? root : root.ownerDocument;
  const start = 'documentElement' in root ? (root.body ?? root.documentElement) : root;
  const selectors = probeSelectors(probeFor(site));
  const strings = uiStringsOf(selectors);
  const marked = new Set<Element>();
  for (const selector of selectors) {
    try {
      for (const el of start.querySelectorAll(selector)) marked.add(el);
      if (start.matches(selector)) marked.add(start);
    } catch {
      // A selector this DOM implementation cannot parse marks nothing.
    }
  }
  const skeleton = skeletonOf(start, strings, marked, 0);
  const lang = maskIdentifier(doc.documentElement.getAttribute('lang') ?? '');
  const head = (note: string) =>
    `<!-- Eventually layout report v${REPORT_VERSION}; site: ${site}; structure only: no text, no values that carry text${note} -->\n<html${lang ? ` lang="${lang}"` : ''}>\n`;
  const tail = '\n</html>\n';
  if (!skeleton) return `${head('')}${tail}`;
  const depth = (node: SkeletonNode): number => 1 + Math.max(0, ...node.children.map(depth));
  const full = `${head('')}${render(skeleton, Number.POSITIVE_INFINITY)}${tail}`;
  if (byteLength(full) <= maxBytes) return full;
  // The largest reach off the landmark paths that fits.
  let low = 0;
  let high = depth(skeleton);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (byteLength(render(skeleton, mid)) + 200 <= maxBytes) low = mid;
    else high = mid - 1;
  }
  const pruned = `${head(`; pruned to ${low} level(s) off the landmarks' paths`)}${render(skeleton, low)}${tail}`;
  if (byteLength(pruned) <= maxBytes) return pruned;
  // Even the paths alone are too long: cut at a line, and say so.
  const lines = pruned.split('\n');
  const kept: string[] = [];
  let bytes = byteLength(tail) + 100;
  for (const line of lines) {
    bytes += byteLength(line) + 1;
    if (bytes > maxBytes) break;
    kept.push(line);
  }
  return `${kept.join('\n')}\n<!-- cut at the size limit -->${tail}`;
}
