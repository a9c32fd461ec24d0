/** When a meeting gets a second look: how many people, how long. */
import { t } from '../i18n';
import { NumberField, Section } from '../ui/fields';
import type { SectionProps } from './section-props';

export function ThresholdsSection({ settings, errors, set }: SectionProps) {
  return (
    <Section title={t('options.thresholds_title')}>
      <div className="ev-inline">
        <NumberField
          label={t('options.more_people')}
          value={settings.thresholds.maxAttendees}
          min={2}
          error={errors['thresholds.maxAttendees']}
          hint={t('options.more_people_hint', { people: 8, paths: 28 })}
          onChange={(maxAttendees) => set('thresholds', { ...settings.thresholds, maxAttendees })}
        />
        <NumberField
          label={t('options.longer_than')}
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
