import { createRoot } from 'react-dom/client';
import { enableTheme, readMacroContext } from '@shared/bridge';
import { ConfigApp } from './config-app';
import '@shared/base.css';
import './config.css';

const firstLoad = { context: readMacroContext(), theme: enableTheme() };

const root = document.getElementById('root');
if (root !== null) createRoot(root).render(<ConfigApp firstLoad={firstLoad} />);
