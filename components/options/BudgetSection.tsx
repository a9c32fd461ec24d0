/**
 * The weekly meeting budget: off by default; when on, the hours of meetings a week the person
 * accepts, with a value suggested from their own recent weeks.
 */
import { NumberField, Section, Toggle } from '../ui/fields';

/** Used when switching the budget on with no calendar to suggest from. */
const FALLBACK_BUDGET_HOURS = 15;

export function BudgetSection(props: {
  hours: number;
  onChange: (hours: number) => void;
  /** From the last 8 complete weeks (lib/calendar/budget.ts); null when there is nothing to go on. */
  suggestion: number | null;
  error?: string;
}) {
  const on = props.hours > 0;
  const { suggestion } = props;
  return (
    <Section
      id="budget"
      title="Weekly meeting budget"
      description="The popup shows this week’s meetings against it, and the calendar warns when a new meeting would take the week over."
    >
      <Toggle
        label="Keep a weekly meeting budget"
        checked={on}
        onChange={(next) => props.onChange(next ? (suggestion ?? FALLBACK_BUDGET_HOURS) : 0)}
      />
      {on ? (
        <NumberField
          label="Hours of meetings a week"
          value={props.hours}
          min={1}
          max={168}
          step={0.5}
          error={props.error}
          onChange={props.onChange}
        />
      ) : null}
      {suggestion !== null ? (
        <p className="ev-row">
          <span className="ev-muted">Your last 8 weeks suggest {suggestion} h (the middle week, rounded).</span>
          {on && props.hours !== suggestion ? (
            <button type="button" onClick={() => props.onChange(suggestion)}>
              Use {suggestion} h
            </button>
          ) : null}
        </p>
      ) : (
        <p className="ev-muted">Connect a calendar (below) to get a suggestion from your own weeks.</p>
      )}
    </Section>
  );
}
