/**
 * Shows a layout report (sites/layout-report.ts) in the page before anything is copied: the
 * person reads it, then copies it with a second click. Nothing is sent anywhere; they choose
 * whether to paste it into an issue or an e-mail. Plain DOM in a shadow root, like the rest of
 * our in-page UI.
 */
import { locale, t } from '../i18n';
import { createShadowHost } from './shadow-host';

export const LAYOUT_REPORT_DIALOG = 'layout-report';

const CSS = `
.ev-root { position: fixed; inset: 0; z-index: 2147483647; display: flex; align-items: center;
  justify-content: center; background: rgba(0, 0, 0, 0.35);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; }
.ev-dialog { box-sizing: border-box; width: min(720px, calc(100vw - 32px)); max-height: calc(100vh - 32px);
  display: flex; flex-direction: column; gap: 10px; padding: 18px; border-radius: 10px;
  background: #fff; box-shadow: 0 12px 40px rgba(0, 0, 0, 0.3); }
h2 { margin: 0; font-size: 16px; }
p { margin: 0; }
textarea { box-sizing: border-box; width: 100%; min-height: 240px; flex: 1; resize: vertical; padding: 8px;
  font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: #1f2328;
  border: 1px solid #c9ced6; border-radius: 6px; background: #f6f8fa; }
.ev-size { color: #57606a; font-size: 12px; }
.ev-actions { display: flex; gap: 8px; justify-content: flex-end; }
button { font: inherit; padding: 6px 14px; border-radius: 6px; border: 1px solid #c9ced6;
  background: #fff; color: #1f2328; cursor: pointer; }
button.ev-primary { background: #1f6feb; border-color: #1f6feb; color: #fff; }
button:focus-visible, textarea:focus-visible { outline: 2px solid #1f6feb; outline-offset: 2px; }
.ev-status:empty { display: none; }
`;

export interface LayoutReportDialogOptions {
  report: string;
  /** Who the report is about, e.g. "Slack". */
  siteLabel: string;
  copy(text: string): Promise<boolean>;
  doc?: Document;
}

export interface LayoutReportDialog {
  host: HTMLElement;
  close(): void;
}

export function openLayoutReportDialog(options: LayoutReportDialogOptions): LayoutReportDialog {
  const doc = options.doc ?? document;
  const mount = createShadowHost({ css: CSS, name: LAYOUT_REPORT_DIALOG, doc, near: doc.activeElement });
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string>, text = '') => {
    const node = doc.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    node.textContent = text;
    return node;
  };
  const kilobytes = new Intl.NumberFormat(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    new TextEncoder().encode(options.report).length / 1024,
  );
  const heading = el('h2', { id: 'ev-report-h' }, t('report.heading', { site: options.siteLabel }));
  const explanation = el('p', { id: 'ev-report-d' }, t('report.explanation'));
  const area = el('textarea', { readonly: '', spellcheck: 'false', 'aria-labelledby': 'ev-report-h' });
  area.value = options.report;
  const size = el('p', { class: 'ev-size' }, t('report.size', { size: kilobytes }));
  const status = el('p', { class: 'ev-status', role: 'status', 'aria-live': 'polite' });
  const copyButton = el('button', { type: 'button', class: 'ev-primary', 'data-action': 'copy' }, t('report.copy'));
  const closeButton = el('button', { type: 'button', 'data-action': 'close' }, t('common.close'));
  const actions = el('div', { class: 'ev-actions' });
  actions.append(closeButton, copyButton);
  const dialog = el('div', {
    class: 'ev-dialog',
    role: 'dialog',
    'aria-modal': 'true',
    'aria-labelledby': heading.id,
    'aria-describedby': explanation.id,
  });
  dialog.append(heading, explanation, area, size, status, actions);
  mount.container.append(dialog);

  const previousFocus = doc.activeElement as HTMLElement | null;
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    mount.remove();
    previousFocus?.focus?.({ preventScroll: true });
  };
  // Not disabled while copying: a disabled button drops the focus, and Escape with it.
  let copying = false;
  copyButton.addEventListener('click', async () => {
    if (copying) return;
    copying = true;
    const copied = await options.copy(options.report).catch(() => false);
    copying = false;
    status.textContent = copied ? t('report.copied') : t('report.not_copied');
    if (!copied) area.select();
  });
  closeButton.addEventListener('click', close);
  // A click on the backdrop closes; a click inside the dialog does not.
  mount.container.addEventListener('click', (event) => {
    if (event.target === mount.container) close();
  });
  mount.container.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });
  (doc.body ?? doc.documentElement).append(mount.host);
  copyButton.focus({ preventScroll: true });
  return { host: mount.host, close };
}
