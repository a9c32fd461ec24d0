/** The words Eventually offers, each editable and restorable. */
import { DEFAULT_TEMPLATES, type Templates } from '../../lib/settings';
import { Field, Section } from '../ui/fields';
import type { SectionProps } from './section-props';

const TEMPLATE_LABELS: Record<keyof Templates, { label: string; hint: string }> = {
  agenda: { label: 'Agenda template', hint: 'Inserted into an event description by “Add an agenda”.' },
  asyncDoc: {
    label: 'Async document: general',
    hint: 'Used by “Write it async instead” when no other kind fits. Placeholders: {title} {purpose} {context} {asks} {deadline} {organizer}.',
  },
  asyncStatus: { label: 'Async document: status update', hint: 'For stand-ups, syncs and other status meetings.' },
  asyncDecision: {
    label: 'Async document: decision',
    hint: 'For meetings to decide, approve or choose: options, criteria, recommendation, deadline, who decides.',
  },
  asyncProposal: {
    label: 'Async document: proposal / RFC',
    hint: 'For reviews, RFCs, proposals and designs: problem, proposal, alternatives, open questions, review by.',
  },
  asyncHandover: { label: 'Async document: handover', hint: 'For handovers, onboarding and transitions.' },
  askOrganizer: {
    label: 'Note asking the organizer for an agenda',
    hint: 'Placeholders: {organizer} {title}.',
  },
  chatQuestion: {
    label: 'Chat: text added after a bare greeting',
    hint: 'Left empty, “Add my question” just starts a new line after your greeting.',
  },
  callToAsync: { label: 'Chat: written alternative to “can we hop on a call?”', hint: '' },
  callDecision: { label: 'Chat: written alternative to a call to decide', hint: '“Can we call to decide the vendor?”' },
  callReview: { label: 'Chat: written alternative to a call to review', hint: '“Quick call to review my proposal?”' },
  callHandover: { label: 'Chat: written alternative to a handover call', hint: '“Can we do a call for the handover?”' },
  kindReply: {
    label: 'Chat: kind reply to someone else’s bare “hi”',
    hint: 'The reply chip puts this into your message box; you send it yourself.',
  },
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
                rows={key.startsWith('async') ? 10 : 5}
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
