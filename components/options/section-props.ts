/** What every section of the options page receives. */
import type { Settings } from '../../lib/settings';

export interface SectionProps {
  settings: Settings;
  /** Validation messages by dotted path. */
  errors: Record<string, string>;
  /** Change one top-level setting. */
  set: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
}
