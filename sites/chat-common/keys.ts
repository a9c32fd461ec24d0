const textOf = (el: HTMLElement) => (el.tagName === 'TEXTAREA' ? (el as HTMLTextAreaElement).value : el.textContent);

/**
 * Press Enter in the box on the person's behalf ("Send anyway" where there is no button, a
 * replayed Enter). True if a handler of the page took the keydown (prevented its default).
 */
export function dispatchEnter(el: HTMLElement): boolean {
  const init: KeyboardEventInit & { keyCode: number; which: number } = {
    key: 'Enter',
    code: 'Enter',
    keyCode: 13,
    which: 13,
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  const down = new KeyboardEvent('keydown', init);
  el.dispatchEvent(down);
  // Older handlers send on keypress; only if nobody took the keydown.
  if (!down.defaultPrevented)
    el.dispatchEvent(new KeyboardEvent('keypress', { ...init, charCode: 13 } as KeyboardEventInit));
  el.dispatchEvent(new KeyboardEvent('keyup', init));
  return down.defaultPrevented;
}

/**
 * Press an Enter we held again, as the person pressed it: the site's handlers get it and, if
 * none takes it, the browser's own action (a new line), which a synthetic event never gets.
 */
export function replayEnter(el: HTMLElement): void {
  const before = textOf(el);
  if (dispatchEnter(el) || textOf(el) !== before || !el.isConnected) return;
  if (el.tagName === 'TEXTAREA') {
    const area = el as HTMLTextAreaElement;
    area.setRangeText('\n', area.selectionStart, area.selectionEnd, 'end');
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertLineBreak' }));
  } else {
    el.ownerDocument.execCommand('insertParagraph');
  }
}
