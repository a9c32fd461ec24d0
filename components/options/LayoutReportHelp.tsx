/**
 * The options page's word on layout reports: where the in-page action is, what a report holds,
 * and that nothing is sent. The report itself can only come from the page (the options page
 * cannot see it), so this section explains rather than copies.
 */
import { t } from '../i18n';
import { Section } from '../ui/fields';

export function LayoutReportHelp() {
  return (
    <Section title={t('options.report_title')}>
      <p>{t('options.report_p1')}</p>
      <p>{t('options.report_p2', { action: t('common.layout_report') })}</p>
      <p className="ev-muted">{t('options.report_p3')}</p>
    </Section>
  );
}
