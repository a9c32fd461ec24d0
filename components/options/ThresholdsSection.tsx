/** When a meeting gets a second look: how many people, how long. */
import { NumberField, Section } from '../ui/fields';
import type { SectionProps } from './section-props';

export function ThresholdsSection({ settings, errors, set }: SectionProps) {
  return (
    <Section title="When a meeting gets a second look">
      <div className="ev-inline">
        <NumberField
          label="More people than"
          value={settings.thresholds.maxAttendees}
          min={2}
          error={errors['thresholds.maxAttendees']}
          hint="8 people already means 28 conversations to keep in sync."
          onChange={(maxAttendees) => set('thresholds', { ...settings.thresholds, maxAttendees })}
        />
        <NumberField
          label="Longer than (minutes)"
          value={settings.thresholds.maxMinutes}
          min={5}
          step={5}
          error={errors['thresholds.maxMinutes']}
          onChange={(maxMinutes) => set('thresholds', { ...settings.thresholds, maxMinutes })}
        />
      </div>
    </Section>
  );
}
