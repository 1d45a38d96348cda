import { Suspense, useId, useRef, useState } from 'react';
import type { ComponentType, ReactNode } from 'react';
import { LoadingStatus } from '@shared/loading-status';
import { PanelBoundary } from '@shared/panel-boundary';
import { useI18n } from '@shared/i18n/i18n-context';
import type { ErrorScope } from '@shared/error-wording';
import type { MessageKey } from '@shared/i18n/messages-en';

/** What one of the card's settings panels is called and how it fails. */
export interface SettingsDisclosureWords {
  button: MessageKey;
  loading: MessageKey;
  loadFailed: MessageKey;
  /** For the log: the boundary's own message. */
  failure: string;
  scope: ErrorScope;
}

/**
 * A header button and the lazily loaded settings panel it opens (the card must not wait for the
 * panel's code): shown only where `shown`, focus back on the button when the panel closes.
 */
export function useSettingsDisclosure(
  cardId: string,
  shown: boolean,
  Panel: ComponentType<{ cardId: string; onClose: () => void }>,
  words: SettingsDisclosureWords,
): { button: ReactNode; panel: ReactNode } {
  const { t } = useI18n();
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  if (!shown) return { button: null, panel: null };
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const button = (
    <button ref={buttonRef} type="button" className="pc-button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
      {t(words.button)}
    </button>
  );
  const panel = (
    <div id={panelId} className="pc-no-print">
      {open && (
        <PanelBoundary key={cardId} title={t(words.loadFailed)} message={words.failure} scope={words.scope}>
          <Suspense fallback={<LoadingStatus label={t(words.loading)} />}>
            <Panel cardId={cardId} onClose={close} />
          </Suspense>
        </PanelBoundary>
      )}
    </div>
  );
  return { button, panel };
}
