/**
 * The options page's word on layout reports: where the in-page action is, what a report holds,
 * and that nothing is sent; and, for a page whose layout is not recognised at all (so the
 * in-page action never shows), `action`: a report of the tab the person was on, asked of that
 * tab's content script.
 */
import type { ReactNode } from 'react';
import { Section } from '../ui/fields';

export const LAYOUT_REPORT_HELP_TITLE = 'When a site looks different';

export function LayoutReportHelp(props: { action?: ReactNode }) {
  return (
    <Section title={LAYOUT_REPORT_HELP_TITLE}>
      <p>
        Sites change their pages without notice. If Eventually stops helping somewhere (the toolbar popup says “layout
        not recognised”), a <strong>layout report</strong> of that page lets us catch up.
      </p>
      <p>
        Open the page, then choose <strong>Copy a layout report…</strong>: in chat, in the ⋯ menu of the note Eventually
        shows above the message box; in Google Calendar and Outlook, at the foot of the panel that opens from the badge
        beside the event title. If Eventually does not recognise the page at all, use{' '}
        <strong>Copy a layout report of this tab…</strong> in the toolbar popup while on that page, or the button below
        for the tab you were on last.
      </p>
      {props.action}
      <p className="ev-muted">
        You see the report before anything is copied. It holds the page’s structure only: element names, roles and the
        app’s own markers, never your messages, names, e-mail addresses or links. Nothing is sent: copy it only if you
        want to, and paste it into an issue or an e-mail to us.
      </p>
    </Section>
  );
}
