/** Whether the last change was saved (announced politely to screen readers). */
export type SaveState = 'idle' | 'saving' | 'saved' | 'invalid' | 'failed';

export function SaveStatus(props: { state: SaveState }) {
  const text = {
    idle: '',
    saving: 'Saving…',
    saved: 'Saved',
    invalid: 'Not saved: fix the field marked in red.',
    failed: 'Could not save. Your change is still here; try again.',
  }[props.state];
  return (
    <p className={`ev-save ev-save-${props.state}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
