/**
 * The weekly meeting budget: off by default; when on, the hours of meetings a week the person
 * accepts, with a value suggested from their own recent weeks.
 */
import { hours, t } from '../i18n';
import { NumberField, Section, Toggle } from '../ui/fields';

/** Used when switching the budget on with no calendar to suggest from. */
const FALLBACK_BUDGET_HOURS = 15;

export function BudgetSection(props: {
  hours: number;
  onChange: (hours: number) => void;
  /** From the last 8 complete weeks (lib/calendar/budget.ts); null when there is nothing to go on. */
  suggestion: number | null;
  error?: string;
}) {
  const on = props.hours > 0;
  const { suggestion } = props;
  return (
    <Section id="budget" title={t('options.budget_title')} description={t('options.budget_description')}>
      <Toggle
        label={t('options.budget_toggle')}
        checked={on}
        onChange={(next) => props.onChange(next ? (suggestion ?? FALLBACK_BUDGET_HOURS) : 0)}
      />
      {on ? (
        <NumberField
          label={t('options.budget_hours')}
          value={props.hours}
          min={1}
          max={168}
          step={0.5}
          error={props.error}
          onChange={props.onChange}
        />
      ) : null}
      {suggestion !== null ? (
        <p className="ev-row">
          <span className="ev-muted">{t('options.budget_suggestion', { hours: hours(suggestion) })}</span>
          {on && props.hours !== suggestion ? (
            <button type="button" onClick={() => props.onChange(suggestion)}>
              {t('options.budget_use', { hours: hours(suggestion) })}
            </button>
          ) : null}
        </p>
      ) : (
        <p className="ev-muted">{t('options.budget_connect')}</p>
      )}
    </Section>
  );
}
