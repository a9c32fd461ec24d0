/**
 * "Copy a layout report" in a page: builds the report of this frame for the site it is on and
 * shows it; only a second click copies it. Nothing is sent anywhere.
 */
import { type LayoutReportDialog, openLayoutReportDialog } from '../components/in-page/layout-report-dialog';
import type { LayoutReportReply } from '../lib/tab-messages';
import { type LayoutSiteId, probeFor } from '../sites/layout-probes';
import { buildLayoutReport } from '../sites/layout-report';
import { copyToClipboard } from './clipboard';

export function showLayoutReport(site: LayoutSiteId, doc: Document = document): LayoutReportDialog {
  return openLayoutReportDialog({
    report: buildLayoutReport(doc, site),
    siteLabel: probeFor(site).label,
    copy: (text) => copyToClipboard(text),
    doc,
  });
}

/** The report of this frame, as the tab's answer to the popup (lib/tab-messages.ts). */
export function layoutReportReply(site: LayoutSiteId, doc: Document = document): LayoutReportReply {
  return { site, label: probeFor(site).label, report: buildLayoutReport(doc, site) };
}
