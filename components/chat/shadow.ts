/**
 * A shadow-root host for the chat prompt, without React: the same isolation as
 * components/in-page/shadow-host.tsx (the page's styles cannot reach in, ours cannot leak out,
 * keyboard and pointer events stop at the host), with a plain container, so the chat content
 * script stays small (React's client alone is ~65 KB gzip; the whole chat script must stay
 * well under 100 KB). Not imported from shadow-host.tsx, which pulls React in.
 */
/** The same tag as components/in-page/shadow-host.tsx (test/dom/chat-prompt.test.ts keeps them equal). */
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

export function createShadowHost(options: { css: string; name: string; doc?: Document }): ShadowHost {
  const doc = options.doc ?? document;
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-eventually', options.name);
  host.style.all = 'initial';
  host.style.display = 'block';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = options.css;
  const container = doc.createElement('div');
  container.className = 'ev-root';
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (event) => event.stopPropagation());
  return { host, shadow, container, remove: () => host.remove() };
}
