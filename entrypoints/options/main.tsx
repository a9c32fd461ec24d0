import { createRoot } from 'react-dom/client';
import '../../components/ui/base.css';
import { applyStoredLanguage } from '../popup/language';
import { OptionsApp } from './App';

void applyStoredLanguage().then(() => createRoot(document.getElementById('root')!).render(<OptionsApp />));
