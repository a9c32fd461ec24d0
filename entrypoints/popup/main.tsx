import { createRoot } from 'react-dom/client';
import '../../components/ui/base.css';
import './popup.css';
import { PopupApp } from './App';

createRoot(document.getElementById('root')!).render(<PopupApp />);
