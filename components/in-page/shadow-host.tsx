/**
 * Our UI inside someone else's page lives in a shadow root: the page's styles cannot reach
 * it and ours cannot leak out. Keyboard and pointer events that start inside it stop at the
 * host, so the app underneath (Slack's shortcuts, Calendar's "close popover on pointerdown")
 * never reacts to a click or a keypress meant for us. Units are px, never rem: rem would
 * follow the host page's root font size.
 */
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

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
  'focusin',
  'focusout',
  'wheel',
] as const;

export interface ShadowMount {
  host: HTMLElement;
  root: Root;
  render(node: ReactNode): void;
  remove(): void;
}

/**
 * Create an isolated host element with its own shadow root and React root. The caller
 * places `host` in the page (next to a title, above a composer).
 */
export function createShadowMount(options: { css: string; name: string; inline?: boolean }): ShadowMount {
  const host = document.createElement(HOST_TAG);
  host.setAttribute('data-eventually', options.name);
  host.style.all = 'initial';
  host.style.display = options.inline ? 'inline-block' : 'block';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = options.css;
  const container = document.createElement('div');
  container.className = 'ev-root';
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (event) => event.stopPropagation());
  const root = createRoot(container);
  return {
    host,
    root,
    render: (node) => root.render(node),
    remove() {
      root.unmount();
      host.remove();
    },
  };
}
