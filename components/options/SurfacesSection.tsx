/** Which surfaces and which sites Eventually works on, and how each site was recognised. */
import type { ReactNode } from 'react';
import { BUILTIN_SITE_IDS, SITE_LABELS } from '../../lib/sites';
import { Section, Toggle } from '../ui/fields';
import type { SectionProps } from './section-props';

export function SurfacesSection({
  settings,
  set,
  siteHealth,
  siteAccess,
}: Omit<SectionProps, 'errors'> & { siteHealth?: ReactNode; siteAccess?: ReactNode }) {
  return (
    <Section title="Where Eventually helps">
      {siteAccess}
      <Toggle
        label="Calendar: “is this meeting necessary?”"
        checked={settings.surfaces.calendar}
        onChange={(calendar) => set('surfaces', { ...settings.surfaces, calendar })}
      />
      <Toggle
        label="Chat: catch a bare “hi” before it is sent"
        checked={settings.surfaces.chat}
        onChange={(chat) => set('surfaces', { ...settings.surfaces, chat })}
      />
      <Toggle
        label="Weekly meeting stats in the toolbar popup"
        checked={settings.surfaces.stats}
        onChange={(stats) => set('surfaces', { ...settings.surfaces, stats })}
      />
      <fieldset className="ev-grid">
        <legend>Sites</legend>
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
