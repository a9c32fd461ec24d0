import { createRoot } from 'react-dom/client';
import '../../components/ui/base.css';
import './popup.css';
import { PopupApp, readPopupData } from './App';
import { applyStoredLanguage } from './language';

// The summary is read first, so React draws the figures in its first render; the language's
// catalog (when one is chosen in the settings) is read at the same time.
void Promise.all([readPopupData().catch(() => null), applyStoredLanguage()]).then(([initial]) =>
  createRoot(document.getElementById('root')!).render(<PopupApp initial={initial} />),
);
