/**
 * The container of "Copy a layout report of this tab" (components/popup/TabLayoutReport.tsx),
 * for the popup and the options page: finds the tab the person means, asks its content script
 * for the report (lib/tab-messages.ts) and copies it when asked.
 *
 * Which tab: the active one of the popup's window. When this page is itself a tab (the options
 * page, or the popup opened as a page), that would be this page, so it is the tab the person
 * was on just before (the most recently used other tab). No `tabs` permission is needed: only
 * ids and times are read.
 */

import { useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../components/i18n';
import { TabLayoutReport, type TabReportState } from '../../components/popup/TabLayoutReport';
import { LAYOUT_REPORT_REQUEST, type LayoutReportReply } from '../../lib/tab-messages';
import { copyToClipboard } from '../../platform/clipboard';

/** Why there is no report, read when shown. */
const notOurPage = (): string => t('report.not_our_page');
const noReport = (): string => t('report.no_report');

async function targetTab(): Promise<number | undefined> {
  const own = await browser.tabs.getCurrent().catch(() => undefined);
  if (!own) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    return active?.id;
  }
  const others = (await browser.tabs.query({})).filter((tab) => tab.id !== own.id && tab.id !== undefined);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id;
}

/** The report of the tab the person means, or why there is none. */
export async function askTabForReport(): Promise<TabReportState> {
  const tabId = await targetTab();
  if (tabId === undefined) return { step: 'problem', text: notOurPage() };
  try {
    const reply = (await browser.tabs.sendMessage(tabId, { type: LAYOUT_REPORT_REQUEST })) as
      | LayoutReportReply
      | null
      | undefined;
    if (!reply || typeof reply.report !== 'string')
      return { step: 'problem', text: reply === null ? noReport() : notOurPage() };
    return { step: 'shown', label: reply.label, report: reply.report };
  } catch {
    // No content script of ours in that tab: nothing listens.
    return { step: 'problem', text: notOurPage() };
  }
}

export function TabLayoutReportContainer(props: { action?: string }) {
  const [state, setState] = useState<TabReportState>({ step: 'idle' });
  return (
    <TabLayoutReport
      state={state}
      action={props.action}
      onAsk={() => {
        setState({ step: 'asking' });
        void askTabForReport().then(setState);
      }}
      onCopy={(report) => copyToClipboard(report)}
      onClose={() => setState({ step: 'idle' })}
    />
  );
}
