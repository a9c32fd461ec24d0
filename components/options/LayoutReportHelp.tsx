/**
 * The options page's word on layout reports: where the in-page action is, what a report holds,
 * and that nothing is sent; and, for a page whose layout is not recognised at all (so the
 * in-page action never shows), `action`: a report of the tab the person was on, asked of that
 * tab's content script.
 */
import type { ReactNode } from 'react';
import { t } from '../i18n';
import { Section } from '../ui/fields';

export function LayoutReportHelp(props: { action?: ReactNode }) {
  return (
    <Section title={t('options.report_title')}>
      <p>{t('options.report_p1')}</p>
      <p>
        {t('options.report_p2', { action: t('common.layout_report') })}{' '}
        {t('options.report_p2_tab', { action: t('options.report_tab_action') })}
      </p>
      {props.action}
      <p className="ev-muted">{t('options.report_p3')}</p>
    </Section>
  );
}
