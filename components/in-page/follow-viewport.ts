/**
 * Re-places a fixed in-page host (the chat prompt, the reply chip) when the page scrolls or
 * resizes, at most once per frame: `place` is called from requestAnimationFrame, never inside
 * the page's own scroll handler.
 */
export function followViewport(view: Window, place: () => void): { stop(): void } {
  let frame = 0;
  const run = () => {
    frame = 0;
    place();
  };
  const schedule = () => {
    if (!frame) frame = view.requestAnimationFrame(run);
  };
  view.addEventListener('resize', schedule, { passive: true });
  view.addEventListener('scroll', schedule, { passive: true, capture: true });
  return {
    stop() {
      if (frame) view.cancelAnimationFrame(frame);
      frame = 0;
      view.removeEventListener('resize', schedule);
      view.removeEventListener('scroll', schedule, { capture: true });
    },
  };
}
