import { createRoot } from 'react-dom/client';
import '../../components/ui/base.css';
import { OptionsApp } from './App';

createRoot(document.getElementById('root')!).render(<OptionsApp />);
