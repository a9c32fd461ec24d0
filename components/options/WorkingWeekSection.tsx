/** Working hours and days, the week, the time zone and who you are. */

import { DAY_NAMES } from '../../lib/text/day-names';
import { t } from '../i18n';
import { dayLong, dayShort } from '../popup/format';
import { Field, LinesField, Section, Toggle } from '../ui/fields';
import type { SectionProps } from './section-props';

export function WorkingWeekSection({ settings, errors, set, timeZones }: SectionProps & { timeZones: string[] }) {
  return (
    <Section title={t('options.week_title')} description={t('options.week_description')}>
      <div className="ev-inline">
        <Field label={t('options.work_starts')} error={errors['workingHours.start']}>
          {(id) => (
            <input
              id={id}
              type="time"
              value={settings.workingHours.start}
              onChange={(e) => set('workingHours', { ...settings.workingHours, start: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('options.work_ends')} error={errors['workingHours.end'] ?? errors.workingHours}>
          {(id) => (
            <input
              id={id}
              type="time"
              value={settings.workingHours.end}
              onChange={(e) => set('workingHours', { ...settings.workingHours, end: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('options.week_starts')}>
          {(id) => (
            <select id={id} value={settings.weekStartsOn} onChange={(e) => set('weekStartsOn', Number(e.target.value))}>
              {DAY_NAMES.map((name, day) => (
                <option key={name} value={day}>
                  {dayLong(day)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <fieldset className="ev-days">
        <legend>{t('options.working_days')}</legend>
        {DAY_NAMES.map((name, day) => (
          <label key={name}>
            <input
              type="checkbox"
              checked={settings.workingHours.days.includes(day)}
              onChange={(e) => {
                const days = e.target.checked
                  ? [...settings.workingHours.days, day].sort()
                  : settings.workingHours.days.filter((d) => d !== day);
                set('workingHours', { ...settings.workingHours, days });
              }}
            />
            {dayShort(day)}
          </label>
        ))}
      </fieldset>
      <Field label={t('options.time_zone')} error={errors.timeZone} hint={t('options.time_zone_hint')}>
        {(id, describedBy) => (
          <>
            <input
              id={id}
              list={`${id}-zones`}
              value={settings.timeZone}
              placeholder={Intl.DateTimeFormat().resolvedOptions().timeZone}
              aria-describedby={describedBy}
              onChange={(e) => set('timeZone', e.target.value.trim())}
            />
            <datalist id={`${id}-zones`}>
              {timeZones.map((zone) => (
                <option key={zone} value={zone} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      <LinesField
        label={t('options.emails')}
        hint={t('options.emails_hint')}
        placeholder="you@example.com"
        value={settings.myEmails}
        error={Object.entries(errors).find(([path]) => path.startsWith('myEmails'))?.[1]}
        onChange={(myEmails) => set('myEmails', myEmails)}
      />
      <Toggle
        label={t('options.count_solo')}
        checked={settings.countSoloEventsAsMeetings}
        onChange={(on) => set('countSoloEventsAsMeetings', on)}
      />
    </Section>
  );
}
