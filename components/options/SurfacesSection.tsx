/** Which surfaces and which sites Eventually works on, and how each site was recognised. */

import type { ReactNode } from 'react';
import { BUILTIN_SITE_IDS, SITE_LABELS } from '../../lib/sites';
import { t } from '../i18n';
import { Section, Toggle } from '../ui/fields';
import type { SectionProps } from './section-props';

export function SurfacesSection({
  settings,
  set,
  siteHealth,
  siteAccess,
}: Omit<SectionProps, 'errors'> & { siteHealth?: ReactNode; siteAccess?: ReactNode }) {
  return (
    <Section title={t('options.surfaces_title')}>
      {siteAccess}
      <Toggle
        label={t('options.surface_calendar')}
        checked={settings.surfaces.calendar}
        onChange={(calendar) => set('surfaces', { ...settings.surfaces, calendar })}
      />
      <Toggle
        label={t('options.surface_chat')}
        checked={settings.surfaces.chat}
        onChange={(chat) => set('surfaces', { ...settings.surfaces, chat })}
      />
      <Toggle
        label={t('options.surface_stats')}
        checked={settings.surfaces.stats}
        onChange={(stats) => set('surfaces', { ...settings.surfaces, stats })}
      />
      <fieldset className="ev-grid">
        <legend>{t('options.sites')}</legend>
        {BUILTIN_SITE_IDS.map((site) => (
          <Toggle
            key={site}
            label={SITE_LABELS[site]}
            checked={settings.sites[site]}
            onChange={(on) => set('sites', { ...settings.sites, [site]: on })}
          />
        ))}
      </fieldset>
      {siteHealth}
    </Section>
  );
}
