/** What a meeting costs: the hourly rate and the currency. */
import { t } from '../i18n';
import { Field, NumberField, Section } from '../ui/fields';
import type { SectionProps } from './section-props';

export function CostSection({ settings, errors, set }: SectionProps) {
  return (
    <Section title={t('options.cost_title')} description={t('options.cost_description')}>
      <div className="ev-inline">
        <NumberField
          label={t('options.hourly_rate')}
          value={settings.hourlyRate}
          min={0}
          step={5}
          error={errors.hourlyRate}
          onChange={(hourlyRate) => set('hourlyRate', hourlyRate)}
        />
        <Field label={t('options.currency')} error={errors.currency}>
          {(id, describedBy) => (
            <input
              id={id}
              value={settings.currency}
              maxLength={3}
              size={4}
              aria-describedby={describedBy}
              onChange={(e) => set('currency', e.target.value.toUpperCase())}
            />
          )}
        </Field>
      </div>
    </Section>
  );
}
