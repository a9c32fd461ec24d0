/**
 * "Copy a layout report of this tab": for a chat or calendar page whose layout Eventually no
 * longer recognises, so the ⋯ menu in the page never shows. The report comes from the tab
 * (its content script builds it: sites/layout-report.ts) and is shown here first; only the
 * Copy button puts it on the clipboard, as in the page's own dialog. Shown in the popup and on
 * the options page. Presentational: the container asks the tab (entrypoints/popup/tab-layout-report.tsx).
 */
import { useState } from 'react';
import { LAYOUT_REPORT_COPY } from '../in-page/layout-report-dialog';
import './site-health.css';

export type TabReportState =
  | { step: 'idle' }
  | { step: 'asking' }
  | { step: 'shown'; label: string; report: string }
  /** Why there is no report (not a page Eventually works on, or the page did not answer). */
  | { step: 'problem'; text: string };

const TAB_REPORT_ACTION = 'Copy a layout report of this tab…';

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
          {props.action ?? TAB_REPORT_ACTION}
        </button>
        {state.step === 'asking' ? <p className="ev-muted">Reading the page’s layout…</p> : null}
        {state.step === 'problem' ? <p role="status">{state.text}</p> : null}
      </div>
    );
  }
  const kilobytes = (new TextEncoder().encode(state.report).length / 1024).toFixed(1);
  return (
    <section className="ev-tab-report" aria-labelledby="ev-tab-report-heading">
      <h2 id="ev-tab-report-heading">
        {LAYOUT_REPORT_COPY.heading}: {state.label}
      </h2>
      <p className="ev-muted">{LAYOUT_REPORT_COPY.explanation}</p>
      <textarea readOnly spellCheck={false} aria-labelledby="ev-tab-report-heading" value={state.report} rows={10} />
      <p className="ev-muted">{kilobytes} KB</p>
      <p role="status">{copied === null ? '' : copied ? LAYOUT_REPORT_COPY.copied : LAYOUT_REPORT_COPY.notCopied}</p>
      <div className="ev-actions">
        <button type="button" onClick={props.onClose}>
          {LAYOUT_REPORT_COPY.close}
        </button>
        <button
          type="button"
          className="ev-primary"
          onClick={() => void props.onCopy(state.report).then(setCopied, () => setCopied(false))}
        >
          {LAYOUT_REPORT_COPY.copy}
        </button>
      </div>
    </section>
  );
}
