import { lazy } from 'react';
import type { ReactNode } from 'react';
import { useSettingsDisclosure } from '../card/settings-disclosure';

// Loaded on first opening, like the other settings panels: the card must not wait for it.
const JiraSettingsPanel = lazy(() => import('./jira-settings-panel'));

const WORDS = {
  button: 'jiraSettings.button',
  loading: 'jiraSettings.loading',
  loadFailed: 'jiraSettings.loadFailed',
  failure: 'The Jira settings panel could not be loaded.',
  scope: 'jiraSettings',
} as const;

/** The header's "Jira settings" button (only for a card with KPIs, which actions are raised from) and the panel it opens. */
export function useJiraSettingsDisclosure(cardId: string, hasKpis: boolean): { button: ReactNode; panel: ReactNode } {
  return useSettingsDisclosure(cardId, hasKpis, JiraSettingsPanel, WORDS);
}
