/** What the popup shows instead of figures: stats switched off, or no calendar yet. */
import { t } from '../i18n';

export function StatsOff(props: { onOpenOptions: () => void }) {
  return (
    <section className="ev-card" aria-label={t('popup.stats_off_label')}>
      <p>{t('popup.stats_off')}</p>
      <button type="button" className="ev-link" onClick={props.onOpenOptions}>
        {t('popup.turn_on')}
      </button>
    </section>
  );
}

export function FirstRun(props: { onOpenFeeds: () => void }) {
  return (
    <section className="ev-first-run" aria-label={t('popup.get_started')}>
      <h2>{t('popup.first_run_heading')}</h2>
      <p>{t('popup.first_run_text')}</p>
      <div className="ev-actions">
        <button type="button" className="ev-primary" onClick={props.onOpenFeeds}>
          {t('popup.add_calendar')}
        </button>
        <button type="button" className="ev-link" onClick={props.onOpenFeeds}>
          {t('popup.import_ics')}
        </button>
      </div>
    </section>
  );
}
