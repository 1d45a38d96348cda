import { createRoot } from 'react-dom/client';
import { enableTheme, readPageContext } from '@shared/bridge';
import { ActionPanelApp } from './action-panel-app';
import '@shared/base.css';
import './action-panel.css';

const firstLoad = { context: readPageContext(), theme: enableTheme() };

const root = document.getElementById('root');
if (root !== null) createRoot(root).render(<ActionPanelApp firstLoad={firstLoad} />);
