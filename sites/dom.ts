/** DOM helpers every site adapter uses, in both families. */

/** First element matching any selector of the list, in list order (lists are ordered most trusted first). */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** A textarea or an input: text and caret through `value` and `setSelectionRange`, not the DOM selection. */
export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}
