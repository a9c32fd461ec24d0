/**
 * Messages an extension page sends to the content script of a tab (browser.tabs.sendMessage),
 * as opposed to lib/messages.ts, which content scripts and pages send to the background. Types
 * and names only: the sentinel that answers must stay small.
 */
import type { SiteId } from './sites';

/** The popup (or the options page) asks the tab for a layout report (sites/layout-report.ts). */
export const LAYOUT_REPORT_REQUEST = 'layout/report';

export interface LayoutReportRequest {
  type: typeof LAYOUT_REPORT_REQUEST;
}

/** The tab's answer: the report of the frame that can hold the site's UI. */
export interface LayoutReportReply {
  site: SiteId;
  /** The site's name as people know it ("Slack"). */
  label: string;
  report: string;
}

export function isLayoutReportRequest(message: unknown): message is LayoutReportRequest {
  return (message as { type?: unknown } | null)?.type === LAYOUT_REPORT_REQUEST;
}
