import { createRoot } from 'react-dom/client';
import { enableTheme, readPageContext } from '@shared/bridge';
import { SiteSettingsApp } from './site-settings-app';
import '@shared/base.css';
import './site-settings.css';

const firstLoad = { context: readPageContext(), theme: enableTheme() };

const root = document.getElementById('root');
if (root !== null) createRoot(root).render(<SiteSettingsApp firstLoad={firstLoad} />);
