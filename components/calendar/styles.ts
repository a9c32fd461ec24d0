/**
 * The overlay's look, injected into its shadow root. px only (rem would follow the host
 * page's root font size); light and dark follow the system.
 */
export const OVERLAY_CSS = `
.ev-root {
  --ev-bg: #ffffff;
  --ev-surface: #f5f6f8;
  --ev-text: #1f2430;
  --ev-muted: #5b6475;
  --ev-border: #dde1e8;
  --ev-accent: #2f6f4f;
  --ev-accent-hover: #275d42;
  --ev-accent-text: #ffffff;
  --ev-focus: #2563eb;
  --ev-fine-bg: #e6f4ea; --ev-fine-fg: #1e6b3f; --ev-fine-dot: #34a853;
  --ev-agenda-bg: #fff3d6; --ev-agenda-fg: #7a4b00; --ev-agenda-dot: #e3a008;
  --ev-async-bg: #efe8fb; --ev-async-fg: #5b3a9f; --ev-async-dot: #8059d6;
  --ev-kept-bg: #eef0f3; --ev-kept-fg: #5b6475; --ev-kept-dot: #9aa1ad;
  font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  color: var(--ev-text);
  display: inline-block;
  vertical-align: middle;
  text-align: left;
  white-space: normal;
  letter-spacing: normal;
  text-transform: none;
  font-style: normal;
}
@media (prefers-color-scheme: dark) {
  .ev-root {
    --ev-bg: #1d2027;
    --ev-surface: #262a33;
    --ev-text: #e8eaef;
    --ev-muted: #a6adba;
    --ev-border: #3a404c;
    --ev-accent: #6cc497;
    --ev-accent-hover: #82d3a9;
    --ev-accent-text: #0d1a12;
    --ev-focus: #8ab4ff;
    --ev-fine-bg: #1f3a2a; --ev-fine-fg: #9fdcb6; --ev-fine-dot: #5cc184;
    --ev-agenda-bg: #3d3015; --ev-agenda-fg: #f3cf7a; --ev-agenda-dot: #e8b431;
    --ev-async-bg: #322a48; --ev-async-fg: #cdb9fa; --ev-async-dot: #a488ef;
    --ev-kept-bg: #2c3039; --ev-kept-fg: #b3b9c5; --ev-kept-dot: #7d8594;
  }
}
*, *::before, *::after { box-sizing: border-box; }

.ev-wrap { display: inline-flex; align-items: center; margin: 4px 8px; vertical-align: middle; }
.ev-badge {
  appearance: none; margin: 0; border: 1px solid transparent; cursor: pointer;
  display: inline-flex; align-items: center; gap: 6px;
  height: 24px; padding: 0 10px 0 8px; border-radius: 12px;
  font: 600 12px/22px system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
  white-space: nowrap; user-select: none;
  transition: filter 120ms ease, box-shadow 120ms ease;
}
@media (prefers-reduced-motion: reduce) { .ev-badge { transition: none; } }
.ev-badge:hover { filter: brightness(0.97); box-shadow: 0 1px 3px rgba(16, 24, 40, 0.15); }
.ev-badge:focus-visible, .ev-panel :focus-visible { outline: 2px solid var(--ev-focus); outline-offset: 2px; }
.ev-badge[aria-expanded='true'] { box-shadow: 0 0 0 2px var(--ev-border); }
.ev-dot { width: 8px; height: 8px; border-radius: 50%; flex: none; }
.ev-level-fine { background: var(--ev-fine-bg); color: var(--ev-fine-fg); }
.ev-level-fine .ev-dot { background: var(--ev-fine-dot); }
.ev-level-needs-agenda { background: var(--ev-agenda-bg); color: var(--ev-agenda-fg); }
.ev-level-needs-agenda .ev-dot { background: var(--ev-agenda-dot); }
.ev-level-consider-async { background: var(--ev-async-bg); color: var(--ev-async-fg); }
.ev-level-consider-async .ev-dot { background: var(--ev-async-dot); }
.ev-level-kept { background: var(--ev-kept-bg); color: var(--ev-kept-fg); font-weight: 500; }
.ev-level-kept .ev-dot { background: var(--ev-kept-dot); }

.ev-panel {
  position: fixed; z-index: 2147483000; top: 0; left: 0;
  width: 368px; max-width: calc(100vw - 16px); max-height: calc(100vh - 16px); overflow: auto;
  background: var(--ev-bg); color: var(--ev-text);
  border: 1px solid var(--ev-border); border-radius: 12px;
  box-shadow: 0 16px 40px rgba(16, 24, 40, 0.2), 0 2px 8px rgba(16, 24, 40, 0.1);
  padding: 12px 16px 14px;
  font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  cursor: auto;
}
.ev-panel[data-measuring='true'] { visibility: hidden; }
.ev-sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.ev-top { display: flex; align-items: center; gap: 8px; margin: 0 0 4px; }
.ev-brand { flex: 1; font-size: 11px; font-weight: 600; letter-spacing: 0.06em; text-transform: uppercase; color: var(--ev-muted); display: inline-flex; align-items: center; gap: 6px; }
.ev-brand .ev-dot { width: 6px; height: 6px; background: var(--ev-kept-dot); }
.ev-brand .ev-dot.ev-level-fine { background: var(--ev-fine-dot); }
.ev-brand .ev-dot.ev-level-needs-agenda { background: var(--ev-agenda-dot); }
.ev-brand .ev-dot.ev-level-consider-async { background: var(--ev-async-dot); }
.ev-icon-btn {
  appearance: none; border: none; background: transparent; color: var(--ev-muted); cursor: pointer;
  width: 28px; height: 28px; border-radius: 14px; font: 18px/28px system-ui, sans-serif; padding: 0; margin: -4px -6px -4px 0;
}
.ev-icon-btn:hover { background: var(--ev-surface); color: var(--ev-text); }
.ev-back { appearance: none; border: none; background: none; color: var(--ev-muted); cursor: pointer; padding: 2px 0; font: 500 12px/1.4 inherit; font-family: inherit; }
.ev-back:hover { color: var(--ev-text); text-decoration: underline; }
.ev-panel h2 { font-size: 16px; line-height: 22px; font-weight: 650; margin: 2px 0 2px; outline: none; }
.ev-event { margin: 0 0 8px; color: var(--ev-muted); font-size: 12px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.ev-summary { margin: 0 0 8px; }
.ev-budget { margin: 0 0 8px; padding: 6px 8px; border-radius: 6px; background: var(--ev-agenda-bg); color: var(--ev-agenda-fg); }
.ev-budget[data-kind='no-calendar'] { background: transparent; padding: 0; color: var(--ev-muted); }
.ev-note { margin: 0 0 8px; padding: 6px 10px; border-radius: 8px; background: var(--ev-surface); color: var(--ev-muted); font-size: 12px; }
.ev-reasons { margin: 0 0 10px; padding: 0 0 0 18px; }
.ev-reasons li { margin: 3px 0; }
.ev-reasons li::marker { color: var(--ev-muted); }
.ev-cost { margin: 0 0 12px; padding: 8px 10px; border-radius: 8px; background: var(--ev-surface); font-size: 12px; color: var(--ev-muted); }
.ev-cost strong { color: var(--ev-text); font-weight: 600; }
.ev-cost div + div { margin-top: 2px; }
.ev-actions { display: flex; flex-wrap: wrap; gap: 6px; margin: 0; }
.ev-btn {
  appearance: none; cursor: pointer; margin: 0;
  font: 500 13px/18px system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
  padding: 6px 12px; border-radius: 8px;
  border: 1px solid var(--ev-border); background: var(--ev-bg); color: var(--ev-text);
}
.ev-btn:hover { background: var(--ev-surface); }
.ev-btn.ev-primary { background: var(--ev-accent); border-color: var(--ev-accent); color: var(--ev-accent-text); }
.ev-btn.ev-primary:hover { background: var(--ev-accent-hover); }
.ev-btn.ev-quiet { border-color: transparent; background: transparent; color: var(--ev-muted); }
.ev-btn.ev-quiet:hover { color: var(--ev-text); background: var(--ev-surface); }
.ev-btn:disabled { opacity: 0.55; cursor: default; }
.ev-status { margin: 8px 0 0; font-size: 12px; color: var(--ev-muted); }
.ev-status:empty { margin: 0; }
.ev-more { appearance: none; border: none; background: none; padding: 0; margin: -4px 0 10px 18px; cursor: pointer; color: var(--ev-muted); font: 500 12px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; text-decoration: underline; }
.ev-more:hover { color: var(--ev-text); }
.ev-status[data-tone='ok'] { color: var(--ev-fine-fg); }
.ev-status[data-tone='warn'] { color: var(--ev-agenda-fg); }
.ev-label { display: block; font-size: 12px; font-weight: 600; margin: 0 0 4px; color: var(--ev-muted); }
.ev-text {
  display: block; width: 100%; margin: 0 0 10px; resize: vertical;
  font: 12px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  color: var(--ev-text); background: var(--ev-bg);
  border: 1px solid var(--ev-border); border-radius: 8px; padding: 8px 10px;
}
.ev-text:focus { outline: 2px solid var(--ev-focus); outline-offset: 0; border-color: transparent; }
.ev-text.ev-prose { font: 13px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; }
.ev-select {
  display: block; margin: 0 0 10px; font: inherit; font-size: 13px; color: var(--ev-text); background: var(--ev-bg);
  border: 1px solid var(--ev-border); border-radius: 8px; padding: 4px 8px;
}
.ev-select:focus { outline: 2px solid var(--ev-focus); outline-offset: 0; }
`;
