/**
 * Small DOM readers shared by the calendar adapters: text as a person reads it (block
 * elements on their own lines), visibility, and a short stable hash for event keys.
 */
import { HOST_TAG } from '../../components/in-page/shadow-host';
import { isBlockTag } from '../../lib/text/block-tags';

// One lookup for both families (sites/dom.ts); offered here too, beside the other calendar readers.
export { queryFirst } from '../dom';

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', HOST_TAG.toUpperCase()]);

/**
 * The text of an element with line breaks where blocks and <br> are, without laying out
 * the page (unlike innerText). Our own overlay nodes and scripts are skipped.
 */
export function blockText(root: Node | null | undefined, options: { skipHidden?: boolean } = {}): string {
  if (!root) return '';
  const out: string[] = [];
  const newline = () => {
    if (out.length && out[out.length - 1] !== '\n') out.push('\n');
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      out.push((node.nodeValue ?? '').replace(/[\r\n]+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP.has(el.tagName.toUpperCase())) return;
    if (options.skipHidden && el.getAttribute('aria-hidden') === 'true') return;
    if (el.tagName === 'BR') {
      out.push('\n');
      return;
    }
    const block = isBlockTag(el.tagName);
    if (block) newline();
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) newline();
  };
  walk(root);
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00A0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The text of an element on one line (whitespace collapsed). */
export function lineText(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The value a field shows: an input's value, a select's chosen option, or its text. */
export function fieldText(el: Element | null | undefined): string {
  if (!el) return '';
  const tag = el.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA') return (el as HTMLInputElement).value.trim();
  if (tag === 'SELECT') {
    const select = el as HTMLSelectElement;
    return (select.options[select.selectedIndex]?.textContent ?? select.value).trim();
  }
  const input = el.querySelector('input');
  if (input?.value) return input.value.trim();
  return lineText(el);
}

/**
 * Hidden by the `hidden` attribute (its own or an ancestor's), or (in a browser) not
 * rendered. aria-hidden is not enough: apps set it on the whole page behind a dialog.
 */
export function isHidden(el: Element): boolean {
  if (!el.isConnected) return true;
  if (el.closest('[hidden]')) return true;
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? !check.call(el) : false;
}

export { shortHash } from '../../lib/text/hash';

/** "Ana Lopez <ana@example.com>" → { name, email }; a bare address gives only the email. */
export function parsePersonTitle(text: string): { name?: string; email?: string } {
  const t = text.trim();
  const m = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(t);
  if (m) return { name: m[1] || undefined, email: m[2]!.toLowerCase() };
  if (/^[^\s@]+@[^\s@]+$/.test(t)) return { email: t.toLowerCase() };
  return t ? { name: t } : {};
}

/** The first text of an element outside aria-hidden decorations (a name next to an avatar). */
export function firstVisibleText(el: Element): string {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').trim();
    if (!text) continue;
    if (node.parentElement?.closest('[aria-hidden="true"]')) continue;
    return text;
  }
  return '';
}

/** All elements matching the first selector of the list that matches anything. */
export function queryAllFirst(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = root.querySelectorAll(selector);
    if (found.length) return [...found];
  }
  return [];
}
