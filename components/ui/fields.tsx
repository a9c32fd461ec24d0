/** Small, accessible form controls shared by the options page and the popup. */
import { type ReactNode, useId, useState } from 'react';

export function Section(props: { title: string; description?: ReactNode; children: ReactNode; id?: string }) {
  const headingId = useId();
  return (
    <section className="ev-section" aria-labelledby={headingId} id={props.id}>
      <h2 id={headingId}>{props.title}</h2>
      {props.description ? <p className="ev-muted">{props.description}</p> : null}
      {props.children}
    </section>
  );
}

export function Toggle(props: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="ev-row">
      <input
        id={id}
        type="checkbox"
        role="switch"
        aria-checked={props.checked}
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={id}>
        {props.label}
        {props.hint ? <span className="ev-muted"> {props.hint}</span> : null}
      </label>
    </div>
  );
}

export function Field(props: {
  label: string;
  error?: string;
  hint?: string;
  children: (id: string, describedBy?: string) => ReactNode;
}) {
  const id = useId();
  const messageId = `${id}-message`;
  const message = props.error ?? props.hint;
  return (
    <div className="ev-field">
      <label htmlFor={id}>{props.label}</label>
      {props.children(id, message ? messageId : undefined)}
      {message ? (
        <span id={messageId} className={props.error ? 'ev-error' : 'ev-muted'} role={props.error ? 'alert' : undefined}>
          {message}
        </span>
      ) : null}
    </div>
  );
}

/**
 * A number input that keeps what the person types (even while it is not yet a valid number)
 * and reports numbers only; the parent's schema decides what is allowed.
 */
export function NumberField(props: {
  label: string;
  value: number;
  onChange: (value: number) => void;
  error?: string;
  hint?: string;
  min?: number;
  max?: number;
  step?: number;
}) {
  const [text, setText] = useState(String(props.value));
  const shown = Number(text) === props.value ? text : String(props.value);
  return (
    <Field label={props.label} error={props.error} hint={props.hint}>
      {(id, describedBy) => (
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={props.min}
          max={props.max}
          step={props.step ?? 1}
          value={text === '' || text === '-' ? text : shown}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            setText(e.target.value);
            const parsed = Number(e.target.value);
            if (e.target.value.trim() !== '' && Number.isFinite(parsed)) props.onChange(parsed);
          }}
        />
      )}
    </Field>
  );
}

/** One item per line; blank lines are dropped. */
export function LinesField(props: {
  label: string;
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
  hint?: string;
  placeholder?: string;
}) {
  const [text, setText] = useState(props.value.join('\n'));
  const same =
    text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .join('\n') === props.value.join('\n');
  return (
    <Field label={props.label} error={props.error} hint={props.hint}>
      {(id, describedBy) => (
        <textarea
          id={id}
          rows={3}
          placeholder={props.placeholder}
          value={same ? text : props.value.join('\n')}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            setText(e.target.value);
            props.onChange(
              e.target.value
                .split('\n')
                .map((line) => line.trim())
                .filter(Boolean),
            );
          }}
        />
      )}
    </Field>
  );
}
