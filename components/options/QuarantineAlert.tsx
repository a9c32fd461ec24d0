/** The notice shown when stored settings could not be read and were set aside. */

import type { SettingsProblem } from '../../lib/settings';
import { t } from '../i18n';

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
      <strong>{t('options.quarantine')}</strong>
      <ul>
        {props.quarantine.problems.map((problem) => (
          <li key={problem.path + problem.message}>
            <code>{problem.path || 'settings'}</code>: {problem.message}
          </li>
        ))}
      </ul>
      <p>{t('options.quarantine_kept')}</p>
      <div className="ev-actions">
        <button type="button" onClick={props.onDownload}>
          {t('options.quarantine_download')}
        </button>
        <button type="button" onClick={props.onDismiss}>
          {t('options.dismiss')}
        </button>
      </div>
    </div>
  );
}
