/** The words Eventually offers, each editable and restorable. */
import { DEFAULT_TEMPLATES, type Templates } from '../../lib/settings';
import { Field, Section } from '../ui/fields';
import type { SectionProps } from './section-props';

const TEMPLATE_LABELS: Record<keyof Templates, { label: string; hint: string }> = {
  agenda: { label: 'Agenda template', hint: 'Inserted into an event description by “Add an agenda”.' },
  asyncDoc: {
    label: 'Async document template',
    hint: 'Used by “Write it async instead”. Placeholders: {title} {purpose} {context} {asks} {deadline}.',
  },
  askOrganizer: {
    label: 'Note asking the organizer for an agenda',
    hint: 'Placeholders: {organizer} {title}.',
  },
  chatQuestion: {
    label: 'Chat: text added after a bare greeting',
    hint: 'Left empty, “Add my question” just starts a new line after your greeting.',
  },
  callToAsync: { label: 'Chat: written alternative to “can we hop on a call?”', hint: '' },
};

export function TemplatesSection({ settings, errors, set }: SectionProps) {
  return (
    <Section title="Templates" description="Edit the words Eventually offers; your version is used everywhere.">
      {(Object.keys(TEMPLATE_LABELS) as (keyof Templates)[]).map((key) => (
        <Field
          key={key}
          label={TEMPLATE_LABELS[key].label}
          hint={TEMPLATE_LABELS[key].hint}
          error={errors[`templates.${key}`]}
        >
          {(id, describedBy) => (
            <div className="ev-template">
              <textarea
                id={id}
                rows={key === 'asyncDoc' ? 10 : 5}
                value={settings.templates[key]}
                aria-describedby={describedBy}
                onChange={(e) => set('templates', { ...settings.templates, [key]: e.target.value })}
              />
              {settings.templates[key] !== DEFAULT_TEMPLATES[key] ? (
                <button
                  type="button"
                  className="ev-link"
                  onClick={() => set('templates', { ...settings.templates, [key]: DEFAULT_TEMPLATES[key] })}
                >
                  Restore the default
                </button>
              ) : null}
            </div>
          )}
        </Field>
      ))}
    </Section>
  );
}
