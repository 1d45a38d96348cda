import { createRoot } from 'react-dom/client';
import { enableTheme, readPageContext } from '@shared/bridge';
import { JiraAdminApp } from './jira-admin-app';
import '@shared/base.css';
import './jira-admin.css';

const firstLoad = { context: readPageContext(), theme: enableTheme() };

const root = document.getElementById('root');
if (root !== null) createRoot(root).render(<JiraAdminApp firstLoad={firstLoad} />);
