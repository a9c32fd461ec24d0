import { createRoot } from 'react-dom/client';
import '../../components/ui/base.css';
import './popup.css';
import { PopupApp, readPopupData } from './App';

// The summary is read first, so React draws the figures in its first render.
void readPopupData()
  .catch(() => null)
  .then((initial) => createRoot(document.getElementById('root')!).render(<PopupApp initial={initial} />));
