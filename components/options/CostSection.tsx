/** What a meeting costs: the hourly rate and the currency. */
import { Field, NumberField, Section } from '../ui/fields';
import type { SectionProps } from './section-props';

export function CostSection({ settings, errors, set }: SectionProps) {
  return (
    <Section
      title="Meeting cost"
      description="Cost = length × people × hourly rate. Use a loaded rate for your team, or 0 to see person-hours only."
    >
      <div className="ev-inline">
        <NumberField
          label="Hourly rate per person"
          value={settings.hourlyRate}
          min={0}
          step={5}
          error={errors.hourlyRate}
          onChange={(hourlyRate) => set('hourlyRate', hourlyRate)}
        />
        <Field label="Currency" error={errors.currency}>
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
