import { lazy, Suspense, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { LoadingStatus } from '@shared/loading-status';
import { PanelBoundary } from '@shared/panel-boundary';
import { useI18n } from '@shared/i18n/i18n-context';

// Loaded on first opening, like the other settings panels: the card must not wait for it.
const JiraSettingsPanel = lazy(() => import('./jira-settings-panel'));

/** The header's "Jira settings" button (only for a card with KPIs, which actions are raised from) and the panel it opens. */
export function useJiraSettingsDisclosure(cardId: string, hasKpis: boolean): { button: ReactNode; panel: ReactNode } {
  const { t } = useI18n();
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  if (!hasKpis) return { button: null, panel: null };
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const button = (
    <button ref={buttonRef} type="button" className="pc-button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
      {t('jiraSettings.button')}
    </button>
  );
  const panel = (
    <div id={panelId} className="pc-no-print">
      {open && (
        <PanelBoundary key={cardId} title={t('jiraSettings.loadFailed')} message="The Jira settings panel could not be loaded." scope="jiraSettings">
          <Suspense fallback={<LoadingStatus label={t('jiraSettings.loading')} />}>
            <JiraSettingsPanel cardId={cardId} onClose={close} />
          </Suspense>
        </PanelBoundary>
      )}
    </div>
  );
  return { button, panel };
}
