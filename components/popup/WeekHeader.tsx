/** The popup's header: the week shown, with steps to the weeks before and after when there are figures. */
import { t } from '../i18n';
import { offsetName } from './week-name';

export function WeekHeader(props: {
  /** The week shown, as dates ("16–22 Nov"). */
  rangeLabel: string;
  offset: number;
  /** Null when there is nothing to step through (no figures): the header shows the dates only. */
  onStepWeek: ((by: number) => void) | null;
  canStepBack?: boolean;
  canStepForward?: boolean;
}) {
  const { onStepWeek } = props;
  return (
    <header className="ev-popup-header">
      <img src="/icon/32.png" alt="" width={20} height={20} />
      <h1>{t('ext.name')}</h1>
      {onStepWeek ? (
        <nav className="ev-week-nav" aria-label={t('popup.week_shown')}>
          <button
            type="button"
            className="ev-step"
            aria-label={t('popup.previous_week')}
            disabled={!props.canStepBack}
            onClick={() => onStepWeek(-1)}
          >
            ‹
          </button>
          <span className="ev-week-label" aria-live="polite">
            <strong>{offsetName(props.offset)}</strong>
            <span className="ev-muted">{props.rangeLabel}</span>
          </span>
          <button
            type="button"
            className="ev-step"
            aria-label={t('popup.next_week_button')}
            disabled={!props.canStepForward}
            onClick={() => onStepWeek(1)}
          >
            ›
          </button>
        </nav>
      ) : (
        <span className="ev-muted">{props.rangeLabel}</span>
      )}
    </header>
  );
}
