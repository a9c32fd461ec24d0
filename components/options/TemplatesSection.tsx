/** The words Eventually offers, each editable and restorable. */

import type { Templates } from '../../lib/settings';
import { DEFAULT_TEMPLATES } from '../../lib/settings-defaults';
import { t } from '../i18n';
import { defaultTemplate, localTemplates } from '../templates';
import { Field, Section } from '../ui/fields';
import type { SectionProps } from './section-props';

/** The template placeholders, never translated: they are what the person types. */
const ASYNC_PLACEHOLDERS = '{title} {purpose} {context} {asks} {deadline} {organizer}';
const TEMPLATE_LABELS: Record<keyof Templates, { label: () => string; hint: () => string }> = {
  agenda: { label: () => t('options.template_agenda'), hint: () => t('options.template_agenda_hint') },
  asyncDoc: {
    label: () => t('options.template_async_doc'),
    hint: () => t('options.template_async_doc_hint', { placeholders: ASYNC_PLACEHOLDERS }),
  },
  asyncStatus: { label: () => t('options.template_async_status'), hint: () => t('options.template_async_status_hint') },
  asyncDecision: {
    label: () => t('options.template_async_decision'),
    hint: () => t('options.template_async_decision_hint'),
  },
  asyncProposal: {
    label: () => t('options.template_async_proposal'),
    hint: () => t('options.template_async_proposal_hint'),
  },
  asyncHandover: {
    label: () => t('options.template_async_handover'),
    hint: () => t('options.template_async_handover_hint'),
  },
  askOrganizer: {
    label: () => t('options.template_ask_organizer'),
    hint: () => t('options.template_ask_organizer_hint', { placeholders: '{organizer} {title}' }),
  },
  chatQuestion: {
    label: () => t('options.template_chat_question'),
    hint: () => t('options.template_chat_question_hint'),
  },
  callToAsync: { label: () => t('options.template_call_to_async'), hint: () => '' },
  callDecision: {
    label: () => t('options.template_call_decision'),
    hint: () => t('options.template_call_decision_hint'),
  },
  callReview: { label: () => t('options.template_call_review'), hint: () => t('options.template_call_review_hint') },
  callHandover: {
    label: () => t('options.template_call_handover'),
    hint: () => t('options.template_call_handover_hint'),
  },
  kindReply: {
    label: () => t('options.template_kind_reply'),
    hint: () => t('options.template_kind_reply_hint'),
  },
};

export function TemplatesSection({ settings, errors, set }: SectionProps) {
  // An unedited template shows (and is used) in the interface's language; "Restore" brings that back.
  const shown = localTemplates(settings.templates);
  return (
    <Section title={t('options.templates_title')} description={t('options.templates_description')}>
      {(Object.keys(TEMPLATE_LABELS) as (keyof Templates)[]).map((key) => (
        <Field
          key={key}
          label={TEMPLATE_LABELS[key].label()}
          hint={TEMPLATE_LABELS[key].hint()}
          error={errors[`templates.${key}`]}
        >
          {(id, describedBy) => (
            <div className="ev-template">
              <textarea
                id={id}
                rows={key.startsWith('async') ? 10 : 5}
                value={shown[key]}
                aria-describedby={describedBy}
                onChange={(e) => set('templates', { ...settings.templates, [key]: e.target.value })}
              />
              {settings.templates[key] !== DEFAULT_TEMPLATES[key] &&
              settings.templates[key] !== defaultTemplate(key) ? (
                <button
                  type="button"
                  className="ev-link"
                  onClick={() => set('templates', { ...settings.templates, [key]: DEFAULT_TEMPLATES[key] })}
                >
                  {t('options.restore')}
                </button>
              ) : null}
            </div>
          )}
        </Field>
      ))}
    </Section>
  );
}
