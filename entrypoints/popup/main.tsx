import { createRoot } from 'react-dom/client';
import '../../components/ui/base.css';
import './popup.css';
import { PopupApp } from './App';
import { applyStoredLanguage } from './language';

void applyStoredLanguage().then(() => createRoot(document.getElementById('root')!).render(<PopupApp />));
