/**
 * In-page actions (Mute, Snooze, Add an agenda…) act on a person's own input only. Our UI
 * sits in the host page's DOM, so a script of that page can dispatch a click on its buttons;
 * such an event is never trusted, and is ignored here.
 *
 * Component tests run in happy-dom, where every event is synthetic: only a test build
 * (vitest's MODE, fixed at build time, so the store build has no such branch) accepts them,
 * and a test can turn that off to check the guard.
 */
let acceptSynthetic = import.meta.env.MODE === 'test';

/** Test builds only: whether synthetic events count as a person's (no effect in a store build). */
export function acceptSyntheticEventsInTests(accept: boolean): void {
  if (import.meta.env.MODE === 'test') acceptSynthetic = accept;
}

/** `handler`, called only for events the person made (trusted by the browser). */
export function onTrusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted || acceptSynthetic) handler(event);
  };
}
