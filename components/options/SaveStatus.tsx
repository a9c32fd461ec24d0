/** Whether the last change was saved (announced politely to screen readers). */
import { t } from '../i18n';
export type SaveState = 'idle' | 'saving' | 'saved' | 'invalid' | 'failed';

export function SaveStatus(props: { state: SaveState }) {
  const text = props.state === 'idle' ? '' : t(`options.${props.state}`);
  return (
    <p className={`ev-save ev-save-${props.state}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
