/** Working hours and days, the week, the time zone and who you are. */

import { DAY_NAMES } from '../../lib/text/day-names';
import { Field, LinesField, Section, Toggle } from '../ui/fields';
import type { SectionProps } from './section-props';

export function WorkingWeekSection({ settings, errors, set, timeZones }: SectionProps & { timeZones: string[] }) {
  return (
    <Section title="Your working week" description="Used for focus time and for meetings outside your hours.">
      <div className="ev-inline">
        <Field label="Work starts" error={errors['workingHours.start']}>
          {(id) => (
            <input
              id={id}
              type="time"
              value={settings.workingHours.start}
              onChange={(e) => set('workingHours', { ...settings.workingHours, start: e.target.value })}
            />
          )}
        </Field>
        <Field label="Work ends" error={errors['workingHours.end'] ?? errors.workingHours}>
          {(id) => (
            <input
              id={id}
              type="time"
              value={settings.workingHours.end}
              onChange={(e) => set('workingHours', { ...settings.workingHours, end: e.target.value })}
            />
          )}
        </Field>
        <Field label="Week starts on">
          {(id) => (
            <select id={id} value={settings.weekStartsOn} onChange={(e) => set('weekStartsOn', Number(e.target.value))}>
              {DAY_NAMES.map((name, day) => (
                <option key={name} value={day}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <fieldset className="ev-days">
        <legend>Working days</legend>
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
            {name.slice(0, 3)}
          </label>
        ))}
      </fieldset>
      <Field label="Time zone" error={errors.timeZone} hint="Leave empty to use this computer’s time zone.">
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
        label="Your email addresses"
        hint="One per line. Tells which invites are yours and which you declined."
        placeholder="you@example.com"
        value={settings.myEmails}
        error={Object.entries(errors).find(([path]) => path.startsWith('myEmails'))?.[1]}
        onChange={(myEmails) => set('myEmails', myEmails)}
      />
      <Toggle
        label="Count events without other guests as meetings"
        checked={settings.countSoloEventsAsMeetings}
        onChange={(on) => set('countSoloEventsAsMeetings', on)}
      />
    </Section>
  );
}
