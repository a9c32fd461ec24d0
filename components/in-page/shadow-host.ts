/**
 * Our UI inside someone else's page lives in a shadow root: the page's styles cannot reach
 * it and ours cannot leak out. Keyboard and pointer events that start inside it stop at the
 * host, so the app underneath (Slack's shortcuts, Calendar's "close the popover on
 * pointerdown") never reacts to a click or a keypress meant for us. Units inside are px,
 * never rem: rem would follow the host page's root font size.
 *
 * Plain DOM, no React: the chat and calendar content scripts must each stay under 100 KB
 * gzip, and React's client alone is ~70 KB.
 */
import { language } from '../i18n';

export const HOST_TAG = 'eventually-ui';

/**
 * Closed in the store build, so a page's script cannot reach our buttons (Mute, Snooze) and
 * click them. Open only in the test build (scripts/extension-build.mjs), where the end-to-end
 * tests and the DOM tier find our UI through `element.shadowRoot`.
 */
const SHADOW_MODE: ShadowRootMode = import.meta.env.EVENTUALLY_TEST_HOOKS ? 'open' : 'closed';

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

/**
 * The direction of the page around `el` (an Arabic or Hebrew chat is `rtl`): our UI there is
 * mirrored with it, so it reads from the same side as the page.
 */
/**
 * The layout follows the page's direction, each sentence its own: an English sentence on a
 * Hebrew page keeps its full stop at its end (each paragraph's direction from its text).
 */
const TEXT_DIRECTION_CSS = `
:is(p, h2, li, label, button, textarea, select, .ev-cost > div) { unicode-bidi: plaintext; }
`;

function pageDirection(el: Element | null | undefined): 'ltr' | 'rtl' {
  if (!el) return 'ltr';
  const view = el.ownerDocument.defaultView;
  const computed = view?.getComputedStyle(el).direction;
  if (computed === 'rtl' || computed === 'ltr') return computed;
  return el.closest('[dir]')?.getAttribute('dir')?.toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
}

export function createShadowHost(options: {
  css: string;
  name: string;
  inline?: boolean;
  doc?: Document;
  /** Where the UI goes in the page: its direction is the UI's (see `pageDirection`). */
  near?: Element | null;
}): ShadowHost {
  const doc = options.doc ?? document;
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-eventually', options.name);
  host.style.all = 'initial';
  host.style.display = options.inline ? 'inline-block' : 'block';
  const shadow = host.attachShadow({ mode: SHADOW_MODE });
  const style = doc.createElement('style');
  style.textContent = options.css + TEXT_DIRECTION_CSS;
  const container = doc.createElement('div');
  container.className = 'ev-root';
  container.dir = pageDirection(options.near ?? doc.body);
  container.lang = language();
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (event) => event.stopPropagation());
  return { host, shadow, container, remove: () => host.remove() };
}
