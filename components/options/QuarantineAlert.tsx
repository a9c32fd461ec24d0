/** The notice shown when stored settings could not be read and were set aside. */
import type { SettingsProblem } from '../../lib/settings';

export interface QuarantineNotice {
  problems: SettingsProblem[];
  at: number;
}

export function QuarantineAlert(props: {
  quarantine: QuarantineNotice;
  onDownload: () => void;
  onDismiss: () => void;
}) {
  return (
    <div className="ev-notice" role="alert">
      <strong>Some saved settings could not be read, so their defaults are in use.</strong>
      <ul>
        {props.quarantine.problems.map((problem) => (
          <li key={problem.path + problem.message}>
            <code>{problem.path || 'settings'}</code>: {problem.message}
          </li>
        ))}
      </ul>
      <p>The old value is kept aside, untouched.</p>
      <div className="ev-actions">
        <button type="button" onClick={props.onDownload}>
          Download the old value
        </button>
        <button type="button" onClick={props.onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
