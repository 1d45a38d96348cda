import { lazy, Suspense, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { LoadingStatus } from '@shared/loading-status';
import { PanelBoundary } from '@shared/panel-boundary';
import { useI18n } from '@shared/i18n/i18n-context';

// Loaded on first opening: most readers never open it, and the card must not wait for it.
const RolesPanel = lazy(() => import('./roles-panel'));

/** The header's "Roles and people" button and the panel it opens under the header. */
export function useRolesDisclosure(cardId: string): { button: ReactNode; panel: ReactNode } {
  const { t } = useI18n();
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const button = (
    <button
      ref={buttonRef}
      type="button"
      className="pc-button pc-header__roles"
      aria-expanded={open}
      aria-controls={panelId}
      onClick={() => setOpen(!open)}
    >
      {t('rolesButton')}
    </button>
  );
  const panel = (
    <div id={panelId} className="pc-no-print">
      {open && (
        <PanelBoundary key={cardId} title={t('rolesLoadFailed')} message="The roles panel could not be loaded." scope="settings">
          <Suspense fallback={<Opening />}>
            <RolesPanel cardId={cardId} onClose={close} />
          </Suspense>
        </PanelBoundary>
      )}
    </div>
  );
  return { button, panel };
}

function Opening() {
  const { t } = useI18n();
  return (
    <LoadingStatus label={t('rolesLoading')} />
  );
}
