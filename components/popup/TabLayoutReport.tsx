/**
 * "Copy a layout report of this tab": for a chat or calendar page whose layout Eventually no
 * longer recognises, so the ⋯ menu in the page never shows. The report comes from the tab
 * (its content script builds it: sites/layout-report.ts) and is shown here first; only the
 * Copy button puts it on the clipboard, as in the page's own dialog. Shown in the popup and on
 * the options page. Presentational: the container asks the tab (entrypoints/popup/tab-layout-report.tsx).
 */
import { useState } from 'react';
import { num, t } from '../i18n';
import './site-health.css';

export type TabReportState =
  | { step: 'idle' }
  | { step: 'asking' }
  | { step: 'shown'; label: string; report: string }
  /** Why there is no report (not a page Eventually works on, or the page did not answer). */
  | { step: 'problem'; text: string };

export function TabLayoutReport(props: {
  state: TabReportState;
  onAsk: () => void;
  onCopy: (report: string) => Promise<boolean>;
  onClose: () => void;
  /** The button's words, when the tab is not "this tab" (the options page names it). */
  action?: string;
}) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const { state } = props;
  if (state.step !== 'shown') {
    return (
      <div className="ev-tab-report">
        <button
          type="button"
          className="ev-link"
          onClick={() => {
            setCopied(null);
            props.onAsk();
          }}
          disabled={state.step === 'asking'}
        >
          {props.action ?? t('options.report_tab_action')}
        </button>
        {state.step === 'asking' ? <p className="ev-muted">{t('report.reading')}</p> : null}
        {state.step === 'problem' ? <p role="status">{state.text}</p> : null}
      </div>
    );
  }
  const kilobytes = num(new TextEncoder().encode(state.report).length / 1024, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return (
    <section className="ev-tab-report" aria-labelledby="ev-tab-report-heading">
      <h2 id="ev-tab-report-heading">{t('report.heading', { site: state.label })}</h2>
      <p className="ev-muted">{t('report.explanation')}</p>
      <textarea readOnly spellCheck={false} aria-labelledby="ev-tab-report-heading" value={state.report} rows={10} />
      <p className="ev-muted">{t('report.size', { size: kilobytes })}</p>
      <p role="status">{copied === null ? '' : copied ? t('report.copied') : t('report.not_copied')}</p>
      <div className="ev-actions">
        <button type="button" onClick={props.onClose}>
          {t('common.close')}
        </button>
        <button
          type="button"
          className="ev-primary"
          onClick={() => void props.onCopy(state.report).then(setCopied, () => setCopied(false))}
        >
          {t('report.copy')}
        </button>
      </div>
    </section>
  );
}
