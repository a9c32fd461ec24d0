/**
 * A shadow-root host for the calendar overlay, without React: the same isolation as
 * components/in-page/shadow-host.tsx (the page's styles cannot reach in, ours cannot leak
 * out, and keyboard and pointer events stop at the host), but with a plain container, so the
 * calendar content script stays small (React's client alone is ~76 KB gzip).
 */
/**
 * The same tag as components/in-page/shadow-host.tsx (kept equal by
 * test/dom/calendar-overlay-ui.test.ts): not imported, because that module pulls React in.
 */
export const HOST_TAG = 'eventually-ui';

const ISOLATED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'paste',
  'copy',
  'cut',
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'click',
  'dblclick',
  'focusin',
  'focusout',
  'wheel',
  'contextmenu',
] as const;

export interface ShadowHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** The element inside the shadow root that the UI renders into. */
  container: HTMLElement;
  remove(): void;
}

export function createShadowHost(options: { css: string; name: string; inline?: boolean; doc?: Document }): ShadowHost {
  const doc = options.doc ?? document;
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-eventually', options.name);
  host.style.all = 'initial';
  host.style.display = options.inline ? 'inline-block' : 'block';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = options.css;
  const container = doc.createElement('div');
  container.className = 'ev-root';
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (event) => event.stopPropagation());
  return {
    host,
    shadow,
    container,
    remove() {
      host.remove();
    },
  };
}
