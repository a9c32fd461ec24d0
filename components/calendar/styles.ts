/**
 * The overlay's look, injected into its shadow root. px only (rem would follow the host
 * page's root font size); light and dark follow the system. No transition or animation, so
 * nothing moves for people who ask for reduced motion.
 *
 * The rules are in overlay.css, imported `?inline` so the build minifies them (this string is
 * in every calendar page's script, within its size budget).
 */
import css from './overlay.css?inline';

export const OVERLAY_CSS: string = css;
